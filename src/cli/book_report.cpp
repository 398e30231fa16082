// Index: a deal | the book | the report
#include "cli/book_report.hpp"

#include "cli/text_table.hpp"
#include "io/book_results_json.hpp"
#include "io/format.hpp"
#include "model/deal_figures.hpp"

#include <array>

namespace boomerang::cli {

namespace {

using model::Block;

constexpr std::array blocks{Block::capacity,        Block::rental,   Block::exit, Block::financing,
                            Block::project_finance, Block::warrants, Block::deal};

// ---- A deal --------------------------------------------------------------------------------

std::string parties(const model::Deal& deal) {
    std::string text = deal.buyer;
    if (!deal.seller.empty()) text += " buys from " + deal.seller;
    if (!deal.investor.empty()) text += ", funded by " + deal.investor;
    return text;
}

std::string status(const model::Deal& deal) {
    std::string text(model::status_label(deal.status));
    if (!deal.superseded_by.empty()) text += " by " + deal.superseded_by;
    if (deal.status_as_of) text += " (as of " + model::date_text(*deal.status_as_of) + ")";
    if (model::is_withdrawn(deal.status))
        text += "; moves no money in the book";
    else if (deal.excluded_from_network)
        text += "; left out of the book's network";
    return text;
}

std::string deal_report(std::size_t index, const model::Deal& deal, const model::DealResults& results) {
    std::string text = std::to_string(index + 1) + ". " + deal.title + "  [" + deal.id + "]\n";
    text += "  " + parties(deal) + "; " + status(deal) + "\n";
    for (Block block : blocks) {
        if (!model::has_block(deal, block)) continue;
        std::vector<std::vector<std::string>> rows;
        for (const model::DealFigure& figure : model::deal_figures()) {
            if (figure.block != block) continue;
            const std::optional<double> value = figure.get(results);
            if (!value) continue;
            rows.push_back(
                {"  " + std::string(figure.label), io::format_value(*value, figure.unit), std::string(figure.key)});
        }
        if (rows.empty()) continue;
        text += "  " + std::string(model::block_title(block)) + "\n" + table(rows, true);
    }
    if (!results.payments_by_year.empty()) {
        std::vector<std::vector<std::string>> rows;
        for (const model::YearAmount& year : results.payments_by_year) {
            rows.push_back({"  " + std::to_string(year.year), io::format_usd(year.value)});
        }
        text += "  Payments by year, " + deal.buyer + " to " + deal.seller + "\n" + table(rows);
    }
    return text;
}

// ---- The book ------------------------------------------------------------------------------

std::string totals(const model::BookTotals& t) {
    return table({{"Headline value of the deals", io::format_usd(t.headline_usd), "headline_usd"},
                  {"Firm value", io::format_usd(t.firm_usd), "firm_usd"},
                  {"Money moving in the window", io::format_usd(t.flow_usd), "flow_usd"},
                  {"Of it, in cycles", io::format_usd(t.circular_flow_usd), "circular_flow_usd"},
                  {"Circular share", io::format_percent(t.circular_share_fraction), "circular_share_fraction"}},
                 true);
}

std::string companies(const model::BookResults& r) {
    std::vector<std::vector<std::string>> rows{
        {"Company", "In", "Out", "Outside money", "Back: fungible", "Back: earmarked", "Pays", "Is paid", "Cycle"}};
    for (const model::BookCompany& c : r.companies) {
        rows.push_back({c.name, io::format_usd(c.inflow_usd), io::format_usd(c.outflow_usd),
                        c.outside_money_usd_per_year
                            ? io::format_value(*c.outside_money_usd_per_year, model::Unit::usd_per_year)
                            : "-",
                        io::format_percent(c.boomerang_fungible_ratio), io::format_percent(c.boomerang_earmarked_ratio),
                        io::format_usd(c.payments_in_window_usd), io::format_usd(c.backlog_in_window_usd),
                        c.cycle_index ? std::to_string(*c.cycle_index + 1) : "-"});
    }
    std::string text = table(rows);
    text += "  " + std::string(io::attribution_rule_text(model::AttributionRule::fungible)) + "\n";
    text += "  " + std::string(io::attribution_rule_text(model::AttributionRule::earmarked)) + "\n";
    for (std::size_t i = 0; i < r.cycles.size(); ++i) {
        std::string names;
        for (std::size_t k : r.cycles[i].company_indices) names += (names.empty() ? "" : ", ") + r.companies[k].name;
        text += "  Cycle " + std::to_string(i + 1) + ": " + names + " (" + io::format_usd(r.cycles[i].flow_usd) + ")\n";
    }
    return text;
}

std::string timelines(const model::BookResults& r) {
    std::string text;
    for (const model::VendorTimeline& t : r.timelines) {
        text += "  " + t.vendor + ": " + io::format_gw(t.deals_it_gw) + " of IT power in its deals";
        if (t.years_to_deliver) text += ", " + io::format_years(*t.years_to_deliver) + " of its supply";
        if (t.first_short_year) text += "; short of supply from " + std::to_string(*t.first_short_year);
        if (!t.it_power_complete) text += " (a deal in grid power has no PUE: left out)";
        text += "\n";
        std::vector<std::vector<std::string>> rows{{"  Year", "Deployed", "Supply"}};
        for (std::size_t i = 0; i < t.deployed_it_gw.size(); ++i) {
            rows.push_back({"  " + std::to_string(t.deployed_it_gw[i].year), io::format_gw(t.deployed_it_gw[i].value),
                            i < t.supply_it_gw.size() ? io::format_gw(t.supply_it_gw[i].value) : "-"});
        }
        text += table(rows);
    }
    return text;
}

}  // namespace

// ---- The report ----------------------------------------------------------------------------

std::string book_report(const io::BookFile& file, const model::BookResults& results) {
    const model::Book& book = file.book;
    std::string text;
    if (!file.title.empty()) text += file.title + "\n";
    text +=
        "Read over " + std::to_string(book.window.first_year) + "–" + std::to_string(book.window.last_year) + "\n\n";
    for (std::size_t i = 0; i < book.deals.size(); ++i) text += deal_report(i, book.deals[i], results.deals[i]) + "\n";
    text += "The book\n" + totals(results.totals) + "\nCompanies\n" + companies(results);
    if (!results.timelines.empty()) text += "\nGigawatts against supply (IT power)\n" + timelines(results);
    return text;
}

}  // namespace boomerang::cli
