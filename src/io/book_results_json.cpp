#include "io/book_results_json.hpp"

#include "model/deal_figures.hpp"

#include <nlohmann/json.hpp>

namespace boomerang::io {

namespace {

using Json = nlohmann::ordered_json;
using model::Block;

Json figures_json(const model::Deal& deal, const model::DealResults& results) {
    Json figures = Json::object();
    for (const model::DealFigure& figure : model::deal_figures()) {
        if (!model::has_block(deal, figure.block)) continue;
        const std::optional<double> value = figure.get(results);
        if (!value) continue;
        figures[std::string(model::block_name(figure.block))][std::string(figure.key)] = *value;
    }
    return figures;
}

Json deal_json(const model::Deal& deal, const model::DealResults& results) {
    Json out = {{"id", deal.id}, {"title", deal.title}, {"buyer", deal.buyer}};
    if (!deal.seller.empty()) out["seller"] = deal.seller;
    if (!deal.investor.empty()) out["investor"] = deal.investor;
    out["status"] = status_name(deal.status);
    if (deal.status_as_of) out["status_as_of"] = model::date_text(*deal.status_as_of);
    if (!deal.superseded_by.empty()) out["superseded_by"] = deal.superseded_by;
    out["in_network"] = !deal.excluded_from_network && !model::is_withdrawn(deal.status);
    out["figures"] = figures_json(deal, results);
    Json years = Json::array();
    for (const model::YearAmount& year : results.payments_by_year)
        years.push_back({{"year", year.year}, {"usd", year.value}});
    out["payments_by_year"] = years;
    return out;
}

template <typename T>
void put(Json& object, const char* key, const std::optional<T>& value) {
    if (value) object[key] = *value;
}

// A fungible ratio still being solved is null (the results say ratios_pending).
Json company_json(const model::BookCompany& c, bool ratios_pending) {
    Json out = {{"name", c.name},
                {"inflow_usd", c.inflow_usd},
                {"outflow_usd", c.outflow_usd},
                {"outside_money_usd", c.outside_money_usd},
                {"boomerang_fungible_ratio", ratios_pending ? Json() : Json(c.boomerang_fungible_ratio)},
                {"boomerang_earmarked_ratio", c.boomerang_earmarked_ratio},
                {"commitments_headline_usd", c.commitments_headline_usd},
                {"commitments_firm_usd", c.commitments_firm_usd},
                {"payments_in_window_usd", c.payments_in_window_usd},
                {"backlog_in_window_usd", c.backlog_in_window_usd}};
    put(out, "cycle_index", c.cycle_index);
    put(out, "outside_money_usd_per_year", c.outside_money_usd_per_year);
    put(out, "commitments_to_outside_money_ratio", c.commitments_to_outside_money_ratio);
    return out;
}

Json timeline_json(const model::VendorTimeline& t) {
    Json out = {{"vendor", t.vendor}, {"deals_it_gw", t.deals_it_gw}, {"it_power_complete", t.it_power_complete}};
    put(out, "years_to_deliver", t.years_to_deliver);
    put(out, "first_short_year", t.first_short_year);
    Json years = Json::array();
    for (std::size_t i = 0; i < t.deployed_it_gw.size(); ++i) {
        Json year = {{"year", t.deployed_it_gw[i].year}, {"deployed_it_gw", t.deployed_it_gw[i].value}};
        if (i < t.supply_it_gw.size()) year["supply_it_gw"] = t.supply_it_gw[i].value;
        years.push_back(year);
    }
    out["years"] = years;
    return out;
}

}  // namespace

std::string_view attribution_rule_text(model::AttributionRule rule) {
    switch (rule) {
        case model::AttributionRule::fungible:
            return "Fungible: a company pays for everything it buys with all its money in proportion, "
                   "outside revenue and funding included, so an investor's dollar comes back only in "
                   "the share it makes of the company's money.";
        case model::AttributionRule::earmarked:
            return "Earmarked: every dollar a company receives from another is spent back with that "
                   "one, as far as it pays it; an upper bound on the direct round trip.";
    }
    return "";
}

std::string book_results_json(const BookFile& file, const model::BookResults& results) {
    const model::Book& book = file.book;
    Json out = {{"schema", book_results_schema},
                {"title", file.title},
                {"window", {{"first_year", book.window.first_year}, {"last_year", book.window.last_year}}}};
    Json deals = Json::array();
    for (std::size_t i = 0; i < book.deals.size(); ++i) deals.push_back(deal_json(book.deals[i], results.deals[i]));
    out["deals"] = deals;
    out["attribution_rules"] = {{"fungible", attribution_rule_text(model::AttributionRule::fungible)},
                                {"earmarked", attribution_rule_text(model::AttributionRule::earmarked)}};
    Json companies = Json::array();
    for (const model::BookCompany& c : results.companies) companies.push_back(company_json(c, results.ratios_pending));
    out["companies"] = companies;
    if (results.ratios_pending) out["ratios_pending"] = true;
    Json flows = Json::array();
    for (const model::BookFlow& f : results.flows) {
        flows.push_back({{"from", f.from},
                         {"to", f.to},
                         {"type", model::book_flow_type_name(f.type)},
                         {"amount_usd", f.amount_usd},
                         {"deal_id", book.deals[f.deal_index].id}});
    }
    out["flows"] = flows;
    Json cycles = Json::array();
    for (const model::BookCycle& cycle : results.cycles) {
        Json names = Json::array();
        for (std::size_t index : cycle.company_indices) names.push_back(results.companies[index].name);
        cycles.push_back({{"companies", names}, {"flow_usd", cycle.flow_usd}});
    }
    out["cycles"] = cycles;
    Json timelines = Json::array();
    for (const model::VendorTimeline& t : results.timelines) timelines.push_back(timeline_json(t));
    out["timelines"] = timelines;
    const model::BookTotals& t = results.totals;
    out["totals"] = {{"headline_usd", t.headline_usd},
                     {"firm_usd", t.firm_usd},
                     {"flow_usd", t.flow_usd},
                     {"circular_flow_usd", t.circular_flow_usd},
                     {"circular_share_fraction", t.circular_share_fraction}};
    return out.dump(2) + "\n";
}

}  // namespace boomerang::io
