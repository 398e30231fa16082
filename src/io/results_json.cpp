#include "io/results_json.hpp"

#include "io/csv.hpp"
#include "model/fields.hpp"

#include <nlohmann/json.hpp>

namespace boomerang::io {

namespace {

using Json = nlohmann::ordered_json;
using model::Section;

// The registry's scalar outputs of one section.
Json scalars(const model::ScenarioResults& results, Section section) {
    Json object = Json::object();
    for (const model::OutputField& f : model::output_fields()) {
        if (f.section == section) object[std::string(f.key)] = f.get(results);
    }
    return object;
}

template <typename T, typename F>
Json array_of(const std::vector<T>& items, F to_json) {
    Json array = Json::array();
    for (const T& item : items) array.push_back(to_json(item));
    return array;
}

Json schedule_json(const model::CommitmentResults& commitment) {
    return array_of(commitment.schedule, [](const model::CommitmentMonth& m) {
        Json row = {{"month", m.month}};
        for (const ScheduleColumn& column : schedule_columns) {
            row[std::string(column.key)] = m.*column.value;
        }
        return row;
    });
}

void add_circularity_lists(Json& object, const model::CircularityResults& c) {
    object["investment_tranches"] = array_of(c.investment_tranches, [](const model::InvestmentTrancheStatus& t) {
        return Json{{"at_gw", t.at_gw}, {"amount_usd", t.amount_usd}, {"disbursed", t.disbursed}};
    });
    object["warrant_tranches"] = array_of(c.warrant_tranches, [](const model::WarrantTrancheStatus& t) {
        return Json{{"shares", t.shares},
                    {"vest_at_gw", t.vest_at_gw},
                    {"vest_at_share_price_usd", t.vest_at_share_price_usd},
                    {"deployment_met", t.deployment_met},
                    {"price_met", t.price_met},
                    {"vested", t.vested},
                    {"value_usd", t.value_usd}};
    });
}

void add_network_lists(Json& object, const model::NetworkResults& n) {
    object["companies"] = array_of(n.companies, [](const model::CompanyResult& c) {
        return Json{{"name", c.name},
                    {"inflow_usd", c.inflow_usd},
                    {"outflow_usd", c.outflow_usd},
                    {"boomerang_ratio", c.boomerang_ratio},
                    {"cycle_index", c.cycle_index ? Json(*c.cycle_index) : Json(nullptr)}};
    });
    object["components"] = n.components;
    object["cycles"] = array_of(n.cycles, [](const model::Cycle& c) {
        return Json{{"company_indices", c.company_indices}, {"flow_indices", c.flow_indices}, {"flow_usd", c.flow_usd}};
    });
}

Json series_json(const model::SupplyResults& supply) {
    return array_of(supply.series, [](const model::SupplyYear& y) {
        return Json{{"year", y.year},
                    {"supply_gw", y.supply_gw},
                    {"cumulative_supply_gw", y.cumulative_supply_gw},
                    {"demand_gw", y.demand_gw},
                    {"target_cumulative_gw", y.target_cumulative_gw}};
    });
}

}  // namespace

std::string results_json(const model::ScenarioResults& results) {
    Json root = {{"schema", std::string(results_schema)}};
    root["capacity"] = scalars(results, Section::capacity);
    Json commitment = scalars(results, Section::commitment);
    commitment["schedule"] = schedule_json(results.commitment);
    root["commitment"] = std::move(commitment);
    Json circularity = scalars(results, Section::circularity);
    add_circularity_lists(circularity, results.circularity);
    root["circularity"] = std::move(circularity);
    Json network = scalars(results, Section::network);
    add_network_lists(network, results.network);
    root["network"] = std::move(network);
    Json supply = scalars(results, Section::supply);
    supply["series"] = series_json(results.supply);
    root["supply"] = std::move(supply);
    // Company names come from scenario files, which are checked UTF-8; replace rather than
    // throw should a caller pass anything else.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace boomerang::io
