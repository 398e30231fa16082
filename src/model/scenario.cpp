#include "model/scenario.hpp"

#include "model/bounds.hpp"

#include <optional>
#include <string>
#include <utility>

namespace boomerang::model {

namespace {

// The error with its field named "section.key".
Error in_section(Error error, Section section) {
    error.field = std::string(section_name(section)) + "." + error.field;
    return error;
}

// Stores a section's results, or returns its error.
template <typename T>
std::optional<Error> store(Result<T> result, Section section, T& destination) {
    if (!result) return in_section(result.error(), section);
    destination = std::move(result.value());
    return std::nullopt;
}

// The supply section reads out.capacity, so capacity must be evaluated before it.
std::optional<Error> evaluate_into(const Scenario& in, Section section, ScenarioResults& out) {
    switch (section) {
        case Section::capacity: return store(evaluate_capacity(in.capacity), section, out.capacity);
        case Section::commitment: return store(evaluate_commitment(in.commitment), section, out.commitment);
        case Section::circularity: return store(evaluate_circularity(in.circularity), section, out.circularity);
        case Section::network: return store(evaluate_network(in.network), section, out.network);
        case Section::supply: {
            SupplyInputs supply = in.supply;
            if (supply.demand_source == DemandSource::capacity) {
                // The entered demand is unused but stored, and every stored number is checked.
                if (auto error = check_bounds("demand_gw", supply.demand_gw, non_negative)) {
                    return in_section(*error, section);
                }
                supply.demand_gw = out.capacity.capacity_gw;
            }
            return store(evaluate_supply(supply), section, out.supply);
        }
    }
    return std::nullopt;
}

}  // namespace

std::string_view section_name(Section section) {
    switch (section) {
        case Section::capacity: return "capacity";
        case Section::commitment: return "commitment";
        case Section::circularity: return "circularity";
        case Section::network: return "network";
        case Section::supply: return "supply";
    }
    return "";
}

Result<ScenarioResults> evaluate(const Scenario& scenario) {
    ScenarioResults results;
    // Capacity first: supply may read it.
    for (Section section :
         {Section::capacity, Section::commitment, Section::circularity, Section::network, Section::supply}) {
        if (auto error = evaluate_into(scenario, section, results)) return *error;
    }
    return results;
}

std::optional<Error> evaluate_section(const Scenario& scenario, Section section, ScenarioResults& results) {
    if (section == Section::supply && scenario.supply.demand_source == DemandSource::capacity) {
        if (auto error = evaluate_into(scenario, Section::capacity, results)) return error;
    }
    return evaluate_into(scenario, section, results);
}

}  // namespace boomerang::model
