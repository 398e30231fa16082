// Index: sections | window | capacity | commitment | circularity | network | supply |
//        sources | book_from_scenario | load_book_or_scenario
#include "io/scenario_conversion.hpp"

#include "io/json_format.hpp"
#include "model/bounds.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace boomerang::io {

namespace {

using model::Date;
using model::Deal;

// Every converted deal starts here: @1 had no dates, and its presets described 2025.
constexpr int start_year = 2025;
constexpr Date start_month{start_year, 1, 0};

// Parties of the section deals: named after the section so they never meet a company of the
// network section.
const std::string capacity_buyer = "Buyer (capacity)", capacity_seller = "Seller (capacity)";
const std::string commitment_buyer = "Buyer (commitment)", commitment_seller = "Seller (commitment)";
const std::string circularity_customer = "Customer (circularity)", circularity_vendor = "Vendor (circularity)";
const std::string demand_buyer = "Buyer (supply)", supply_vendor = "Vendor (supply)";

Deal section_deal(std::string id, std::string title, std::string buyer, std::string seller) {
    Deal deal;
    deal.id = std::move(id);
    deal.title = std::move(title);
    deal.buyer = std::move(buyer);
    deal.seller = std::move(seller);
    deal.status = model::DealStatus::reported;
    deal.start = start_month;
    deal.excluded_from_network = true;
    return deal;
}

// A value @1 stored as 0 meaning "none" is absent in a book.
std::optional<double> unless_zero(double value) {
    if (value == 0.0) return std::nullopt;
    return value;
}

// ---- Window --------------------------------------------------------------------------------

model::Window window_for(const model::Scenario& s, const ScenarioSections& sections) {
    int first = start_year, last = start_year;
    if (sections.commitment) {
        last = std::max(last, start_year + static_cast<int>(std::ceil(s.commitment.term_months / 12.0)) - 1);
    }
    if (sections.supply) {
        const int supply_first =
            std::clamp(static_cast<int>(s.supply.start_year), model::earliest_year, model::latest_year);
        first = std::min(first, supply_first);
        last = std::max(last, supply_first + static_cast<int>(s.supply.horizon_years) - 1);
    }
    last = std::min({last, model::latest_year, first + model::max_window_years - 1});
    return {first, last};
}

// ---- Capacity ------------------------------------------------------------------------------

void convert_capacity(const model::CapacityInputs& c, const model::CapacityResults& r, model::Book& book) {
    book.assumptions.hardware_usd_per_gw = c.hardware_usd_per_gw;
    book.assumptions.facility_usd_per_gw = c.facility_usd_per_gw;
    book.assumptions.pue = c.pue;
    book.assumptions.electricity_usd_per_mwh = c.electricity_usd_per_mwh;
    book.assumptions.utilization_fraction = c.utilization_fraction;
    // @1 drew energy only while busy: idle GPUs drew nothing.
    book.assumptions.idle_power_fraction = 0.0;
    book.assumptions.other_opex_fraction_per_year = c.other_opex_fraction_per_year;
    book.assumptions.it_life_years = c.it_life_years;
    book.assumptions.facility_life_years = c.facility_life_years;
    book.assumptions.cost_of_capital_per_year = c.cost_of_capital_per_year;

    Deal deal = section_deal("capacity", "Capacity", capacity_buyer, capacity_seller);
    model::CapacityBlock block;
    block.power_basis = model::PowerBasis::it_power;  // @1's gigawatts were IT power
    block.gpus_per_gw = c.gpus_per_gw;
    block.pays_for =
        c.deal_scope == model::DealScope::hardware ? model::PaysFor::hardware : model::PaysFor::hardware_and_facility;
    if (c.size_by == model::SizeBy::gpus) {
        block.gpus = c.gpus;
        block.derived = model::CapacityDerived::capacity_gw;
    } else {
        // Sized by its dollars, the deal bought the gigawatts those dollars pay for.
        block.capacity_gw = r.capacity_gw;
        block.derived = model::CapacityDerived::gpus;
    }
    deal.capacity = block;
    book.deals.push_back(std::move(deal));
}

// ---- Commitment ----------------------------------------------------------------------------

void convert_commitment(const model::CommitmentInputs& c, const model::CommitmentResults& r, model::Book& book) {
    Deal deal = section_deal("commitment", "Commitment", commitment_buyer, commitment_seller);
    model::RentalBlock rental;
    rental.monthly_rate_usd = r.monthly_payment_usd;
    rental.term_given = model::TermGiven::term_months;
    rental.term_months = c.term_months;
    rental.ramp_months = unless_zero(c.ramp_months);
    deal.rental = rental;
    model::ExitBlock exit;
    exit.headline_basis = model::HeadlineBasis::rental;
    exit.notice_days = c.notice_days;
    exit.notice_by = model::NoticeBy::either;
    exit.termination_fee_usd = unless_zero(c.termination_fee_usd);
    exit.prepayment_usd = unless_zero(c.prepayment_usd);
    exit.exit_probability_per_year = c.exit_probability_per_year;
    deal.exit = exit;
    book.deals.push_back(std::move(deal));
    book.companies.push_back({commitment_seller, c.seller_annual_revenue_usd, std::nullopt});
}

// ---- Circularity ---------------------------------------------------------------------------

void convert_circularity(const model::CircularityInputs& c, const model::Window& window, model::Book& book) {
    Deal deal = section_deal("circularity", "Circularity", circularity_customer, circularity_vendor);
    deal.investor = circularity_vendor;
    model::CapacityBlock capacity;
    capacity.power_basis = model::PowerBasis::it_power;
    if (c.deployed_gw > 0.0) {
        capacity.capacity_gw = c.deployed_gw;
    } else {
        // Nothing deployed: the milestones' gigawatts, deployed after the window.
        double gw = 1.0;
        for (const auto& t : c.investment_tranches) gw = std::max(gw, t.at_gw);
        for (const auto& t : c.warrant_tranches) gw = std::max(gw, t.vest_at_gw);
        capacity.capacity_gw = gw;
        capacity.deploy_start = Date{std::min(window.last_year + 1, model::latest_year), 12, 0};
    }
    if (c.customer_spend_usd_per_gw > 0.0) {
        capacity.pays_for = model::PaysFor::hardware;
        deal.overrides.hardware_usd_per_gw = c.customer_spend_usd_per_gw;
    } else {
        capacity.pays_for = model::PaysFor::undisclosed;
    }
    deal.capacity = capacity;

    model::FinancingBlock financing;
    for (const auto& t : c.investment_tranches) financing.tranches.push_back({t.at_gw, t.amount_usd});
    financing.investor_gross_margin_fraction = c.gross_margin_fraction;
    deal.financing = financing;

    if (!c.warrant_tranches.empty()) {
        model::WarrantsBlock warrants;
        for (const auto& t : c.warrant_tranches) {
            warrants.tranches.push_back({t.shares, t.vest_at_gw, t.vest_at_share_price_usd});
        }
        warrants.strike_usd_per_share = c.strike_usd_per_share;
        warrants.share_price_usd = c.share_price_usd;
        warrants.shares_outstanding = unless_zero(c.vendor_shares_outstanding);
        deal.warrants = warrants;
    }
    deal.market_cap_change_usd = c.market_cap_change_usd;
    book.deals.push_back(std::move(deal));
}

// ---- Network -------------------------------------------------------------------------------

// One flow as the deal that moves its money at the start.
std::optional<Deal> flow_deal(const model::Flow& flow, std::size_t index) {
    if (flow.amount_usd <= 0.0) return std::nullopt;  // moves nothing, makes no cycle
    Deal deal;
    deal.id = "flow-" + std::to_string(index + 1);
    deal.title = flow.from + " → " + flow.to;
    deal.status = model::DealStatus::reported;
    deal.start = start_month;
    switch (flow.type) {
        case model::FlowType::equity_investment:
            deal.buyer = flow.to;
            deal.investor = flow.from;
            deal.financing = model::FinancingBlock{{{0.0, flow.amount_usd}}, std::nullopt, std::nullopt};
            break;
        case model::FlowType::chip_purchase: {
            deal.buyer = flow.from;
            deal.seller = flow.to;
            model::ExitBlock exit;
            exit.headline_value_usd = flow.amount_usd;
            deal.exit = exit;
            break;
        }
        case model::FlowType::compute_contract: {
            deal.buyer = flow.from;
            deal.seller = flow.to;
            model::RentalBlock rental;
            rental.monthly_rate_usd = flow.amount_usd;
            rental.term_months = 1;
            deal.rental = rental;
            break;
        }
        case model::FlowType::warrants: {
            // @1 entered a warrant as its dollar value: here, that many shares worth $1 each.
            deal.buyer = flow.to;
            deal.seller = flow.from;
            model::WarrantsBlock warrants;
            warrants.tranches = {{flow.amount_usd, 0.0, 0.0}};
            warrants.strike_usd_per_share = 0.0;
            warrants.share_price_usd = 1.0;
            deal.warrants = warrants;
            break;
        }
    }
    return deal;
}

// Under the fungible rule a company passes on outflow / max(inflow + outside, outflow) of what
// reaches it; the outside money that makes this @1's pass_on_fraction is outflow / p − inflow.
// A company that passed on nothing gets the most outside money a book holds.
void convert_network(const model::NetworkInputs& n, const model::Window& window, model::Book& book,
                     std::vector<std::string>& warnings) {
    std::map<std::string, double> inflow, outflow;
    for (std::size_t i = 0; i < n.flows.size(); ++i) {
        const model::Flow& flow = n.flows[i];
        if (flow.from == flow.to) {
            if (flow.amount_usd > 0.0) {
                warnings.push_back("network.flows[" + std::to_string(i) + "] (" + flow.from +
                                   " paying itself) has no deal to become and was left out");
            }
            continue;
        }
        std::optional<Deal> deal = flow_deal(flow, i);
        if (!deal) continue;
        inflow[flow.to] += flow.amount_usd;
        outflow[flow.from] += flow.amount_usd;
        book.deals.push_back(std::move(*deal));
    }
    const double years = window.last_year - window.first_year + 1;
    for (const model::Company& company : n.companies) {
        model::CompanyInfo info{company.name, std::nullopt, std::nullopt};
        const double in = inflow[company.name], out = outflow[company.name];
        if (in > 0.0 && out > 0.0) {
            const double outside =
                company.pass_on_fraction > 0.0 ? out / company.pass_on_fraction - in : model::max_input_magnitude;
            const double per_year = std::min(outside, model::max_input_magnitude) / years;
            if (per_year >= model::min_nonzero_input_magnitude) info.other_funding_usd_per_year = per_year;
        }
        book.companies.push_back(std::move(info));
    }
}

// ---- Supply --------------------------------------------------------------------------------

void convert_supply(const model::SupplyInputs& s, const model::SupplyResults& r, bool demand_from_capacity,
                    model::Book& book, std::vector<std::string>& warnings) {
    const int first = static_cast<int>(s.start_year);
    const int clamped = std::clamp(first, model::earliest_year, model::latest_year);
    if (clamped != first) {
        warnings.push_back("supply.start_year " + std::to_string(first) + " is outside " +
                           std::to_string(model::earliest_year) + "–" + std::to_string(model::latest_year) +
                           "; the supply starts in " + std::to_string(clamped));
    }
    const std::string vendor = demand_from_capacity ? capacity_seller : supply_vendor;
    book.supply.push_back({vendor, double(clamped), r.supply_gw_per_year, s.supply_growth_per_year});
    if (demand_from_capacity || s.demand_gw <= 0.0) return;
    Deal deal = section_deal("supply-demand", "Demand", demand_buyer, supply_vendor);
    model::CapacityBlock demand;
    demand.capacity_gw = s.demand_gw;
    demand.power_basis = model::PowerBasis::it_power;
    demand.pays_for = model::PaysFor::undisclosed;
    deal.capacity = demand;
    book.deals.push_back(std::move(deal));
}

// ---- Sources -------------------------------------------------------------------------------

// Where an @1 source path's value lives in the converted book; "" when nowhere.
std::string book_path(const std::string& path) {
    static const std::map<std::string, std::string> paths = [] {
        std::map<std::string, std::string> m;
        for (const char* key :
             {"hardware_usd_per_gw", "facility_usd_per_gw", "pue", "electricity_usd_per_mwh", "utilization_fraction",
              "other_opex_fraction_per_year", "it_life_years", "facility_life_years", "cost_of_capital_per_year"}) {
            m[std::string("capacity.") + key] = std::string("assumptions.") + key;
        }
        for (const char* key : {"capacity_gw", "gpus", "gpus_per_gw"}) {
            m[std::string("capacity.") + key] = std::string("deals.capacity.capacity.") + key;
        }
        m["commitment.monthly_payment_usd"] = "deals.commitment.rental.monthly_rate_usd";
        m["commitment.term_months"] = "deals.commitment.rental.term_months";
        m["commitment.ramp_months"] = "deals.commitment.rental.ramp_months";
        for (const char* key : {"notice_days", "termination_fee_usd", "prepayment_usd", "exit_probability_per_year"}) {
            m[std::string("commitment.") + key] = std::string("deals.commitment.exit.") + key;
        }
        m["commitment.seller_annual_revenue_usd"] = "companies." + commitment_seller + ".revenue_usd_per_year";
        m["circularity.investment_tranches"] = "deals.circularity.financing.tranches";
        m["circularity.warrant_tranches"] = "deals.circularity.warrants.tranches";
        m["circularity.deployed_gw"] = "deals.circularity.capacity.capacity_gw";
        m["circularity.customer_spend_usd_per_gw"] = "deals.circularity.assumptions.hardware_usd_per_gw";
        m["circularity.gross_margin_fraction"] = "deals.circularity.financing.investor_gross_margin_fraction";
        m["circularity.strike_usd_per_share"] = "deals.circularity.warrants.strike_usd_per_share";
        m["circularity.share_price_usd"] = "deals.circularity.warrants.share_price_usd";
        m["circularity.vendor_shares_outstanding"] = "deals.circularity.warrants.shares_outstanding";
        m["circularity.market_cap_change_usd"] = "deals.circularity.market_cap_change_usd";
        return m;
    }();
    if (const auto it = paths.find(path); it != paths.end()) return it->second;
    for (const auto& [list, target] : {std::pair{std::string("circularity.investment_tranches["),
                                                 std::string("deals.circularity.financing.tranches[")},
                                       std::pair{std::string("circularity.warrant_tranches["),
                                                 std::string("deals.circularity.warrants.tranches[")}}) {
        if (path.rfind(list, 0) == 0) return target + path.substr(list.size());
    }
    const std::string flows = "network.flows[";
    if (path.rfind(flows, 0) == 0 && path.back() == ']') {
        const std::string index = path.substr(flows.size(), path.size() - flows.size() - 1);
        if (!index.empty() && index.size() < 6 && std::all_of(index.begin(), index.end(), ::isdigit)) {
            return "deals.flow-" + std::to_string(std::stoi(index) + 1);
        }
    }
    return "";
}

}  // namespace

// ---- book_from_scenario --------------------------------------------------------------------

namespace {
bool contains(const std::vector<std::string>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}
}  // namespace

ScenarioSections sections_in(std::string_view scenario_text) {
    const std::vector<std::string> keys = json::root_keys(scenario_text);
    ScenarioSections sections;
    sections.capacity = contains(keys, "capacity");
    sections.commitment = contains(keys, "commitment");
    sections.circularity = contains(keys, "circularity");
    sections.network = contains(keys, "network");
    sections.supply = contains(keys, "supply");
    return sections;
}

BookFile book_from_scenario(const ScenarioFile& file, const ScenarioSections& written,
                            std::vector<std::string>& warnings) {
    const model::Scenario& s = file.scenario;
    ScenarioSections sections = written;
    // The supply check read the capacity section's gigawatts, written or not.
    const bool demand_from_capacity = s.supply.demand_source == model::DemandSource::capacity;
    if (sections.supply && demand_from_capacity) sections.capacity = true;

    BookFile out;
    out.title = file.title;
    out.description = file.description;
    model::Book& book = out.book;
    book.window = window_for(s, sections);
    // The file was checked when it loaded, so every section evaluates.
    const model::Result<model::ScenarioResults> results = model::evaluate(s);
    if (!results) return out;
    if (sections.capacity) convert_capacity(s.capacity, results->capacity, book);
    if (sections.commitment) convert_commitment(s.commitment, results->commitment, book);
    if (sections.circularity) convert_circularity(s.circularity, book.window, book);
    if (sections.network) convert_network(s.network, book.window, book, warnings);
    if (sections.supply) convert_supply(s.supply, results->supply, demand_from_capacity, book, warnings);

    for (const auto& [path, citation] : file.sources) {
        const std::string target = book_path(path);
        if (!target.empty() && is_book_path(book, target)) out.sources[target] = citation;
    }
    return out;
}

model::Result<LoadedBook> load_book_or_scenario(std::string_view text, double ratio_work) {
    if (text.size() > max_book_bytes) return load_book(text);  // refused there, with its message
    const std::string schema = json::schema_of(text);
    // Any scenario schema goes to the scenario reader, which names a later version as such.
    if (!schema.starts_with("boomerang/scenario@")) return load_book(text, ratio_work);
    // Read without a tree: parse_file's guard against hostile objects has not run yet.
    const std::vector<std::string> keys = json::root_keys(text);
    if (schema == scenario_schema && (contains(keys, "deals") || contains(keys, "window"))) {
        return model::Error{"schema", "schema says " + std::string(scenario_schema) +
                                          ", but the file holds a book's deals and window: a book's schema is \"" +
                                          std::string(book_schema) + "\""};
    }
    model::Result<LoadedScenario> loaded = load_scenario(text);
    if (!loaded) return loaded.error();
    std::vector<std::string> warnings = loaded->warnings;
    BookFile file = book_from_scenario(loaded->file, sections_in(text), warnings);
    warnings.insert(warnings.begin(), "converted from " + std::string(scenario_schema) + " to " +
                                          std::string(book_schema) + " (docs/BOOK.md, \"Conversion from scenario@1\")");
    return checked_book(std::move(file), std::move(warnings), ratio_work);
}

}  // namespace boomerang::io
