// Index: scalars | lists | the report
#include "cli/report.hpp"

#include "cli/text_table.hpp"

#include "io/format.hpp"
#include "model/fields.hpp"

#include <algorithm>
#include <vector>

namespace boomerang::cli {

namespace {

using model::Section;

std::string heading(Section section) {
    std::string name(model::section_name(section));
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name + "\n";
}

// ---- Scalars ----------------------------------------------------------------------------
// "  Deal size        $120B  deal_size_usd": label, value, and the key it has in JSON.
std::string scalars(const model::ScenarioResults& results, Section section) {
    std::vector<std::vector<std::string>> rows;
    for (const model::OutputField& f : model::output_fields()) {
        if (f.section != section) continue;
        rows.push_back({std::string(f.label), io::format_value(f.get(results), f.unit), std::string(f.key)});
    }
    return table(rows, true);
}

// ---- Lists ------------------------------------------------------------------------------
std::string schedule(const model::CommitmentResults& c) {
    std::vector<std::vector<std::string>> rows{{"Month", "Paid", "Paid so far", "Committed", "Firm", "Expected"}};
    for (const model::CommitmentMonth& m : c.schedule) {
        rows.push_back({std::to_string(m.month), io::format_usd(m.paid_usd), io::format_usd(m.paid_cumulative_usd),
                        io::format_usd(m.committed_usd), io::format_usd(m.firm_usd), io::format_usd(m.expected_usd)});
    }
    return "\n" + table(rows);
}

std::string tranches(const model::CircularityResults& c) {
    std::string text;
    if (!c.investment_tranches.empty()) {
        std::vector<std::vector<std::string>> rows{{"Investment tranche", "At", "Amount", "Disbursed"}};
        for (std::size_t i = 0; i < c.investment_tranches.size(); ++i) {
            const auto& t = c.investment_tranches[i];
            rows.push_back({std::to_string(i + 1), io::format_gw(t.at_gw), io::format_usd(t.amount_usd),
                            t.disbursed ? "yes" : "no"});
        }
        text += "\n" + table(rows);
    }
    if (!c.warrant_tranches.empty()) {
        std::vector<std::vector<std::string>> rows{
            {"Warrant tranche", "Shares", "Vests at", "Price target", "Vested", "Value"}};
        for (std::size_t i = 0; i < c.warrant_tranches.size(); ++i) {
            const auto& t = c.warrant_tranches[i];
            rows.push_back({std::to_string(i + 1), io::format_count(t.shares), io::format_gw(t.vest_at_gw),
                            io::format_usd(t.vest_at_share_price_usd), t.vested ? "yes" : "no",
                            io::format_usd(t.value_usd)});
        }
        text += "\n" + table(rows);
    }
    return text;
}

std::string companies(const model::NetworkResults& n) {
    std::vector<std::vector<std::string>> rows{{"Company", "Inflow", "Outflow", "Boomerang ratio", "Cycle"}};
    for (const model::CompanyResult& c : n.companies) {
        rows.push_back({c.name, io::format_usd(c.inflow_usd), io::format_usd(c.outflow_usd),
                        io::format_percent(c.boomerang_ratio),
                        c.cycle_index ? std::to_string(*c.cycle_index + 1) : "-"});
    }
    std::string text = "\n" + table(rows);
    for (std::size_t i = 0; i < n.cycles.size(); ++i) {
        std::string names;
        for (std::size_t k : n.cycles[i].company_indices) {
            names += (names.empty() ? "" : ", ") + n.companies[k].name;
        }
        text += "  Cycle " + std::to_string(i + 1) + ": " + names + " (" + io::format_usd(n.cycles[i].flow_usd) +
                " of flows)\n";
    }
    return text;
}

std::string series(const model::SupplyResults& s) {
    std::vector<std::vector<std::string>> rows{{"Year", "Supply", "Supply so far", "Demand", "At target pace"}};
    for (const model::SupplyYear& y : s.series) {
        rows.push_back({std::to_string(y.year), io::format_gw(y.supply_gw), io::format_gw(y.cumulative_supply_gw),
                        io::format_gw(y.demand_gw), io::format_gw(y.target_cumulative_gw)});
    }
    return "\n" + table(rows);
}

}  // namespace

// ---- The report -------------------------------------------------------------------------
std::string results_report(const model::ScenarioResults& r) {
    return heading(Section::capacity) + scalars(r, Section::capacity) + "\n" + heading(Section::commitment) +
           scalars(r, Section::commitment) + schedule(r.commitment) + "\n" + heading(Section::circularity) +
           scalars(r, Section::circularity) + tranches(r.circularity) + "\n" + heading(Section::network) +
           scalars(r, Section::network) + companies(r.network) + "\n" + heading(Section::supply) +
           scalars(r, Section::supply) + series(r.supply);
}

}  // namespace boomerang::cli
