// Scenario: every model's inputs in one value, evaluated together.
//
// Sections are evaluated independently except that the supply check's demand follows the
// capacity section when supply.demand_source is DemandSource::capacity. An Error from
// evaluate() names the field as "section.key" (e.g. "capacity.capacity_gw"), the spelling
// of the field registry (fields.hpp) and of scenario files.
#pragma once

#include "model/capacity.hpp"
#include "model/circularity.hpp"
#include "model/commitment.hpp"
#include "model/network.hpp"
#include "model/result.hpp"
#include "model/supply.hpp"

#include <optional>
#include <string_view>

namespace boomerang::model {

enum class Section { capacity, commitment, circularity, network, supply };

// The section's key in scenario files: "capacity", "commitment", ...
std::string_view section_name(Section section);

struct Scenario {
    CapacityInputs capacity;
    CommitmentInputs commitment;
    CircularityInputs circularity;
    NetworkInputs network;
    SupplyInputs supply;
};

struct ScenarioResults {
    CapacityResults capacity;
    CommitmentResults commitment;
    CircularityResults circularity;
    NetworkResults network;
    SupplyResults supply;
};

Result<ScenarioResults> evaluate(const Scenario& scenario);

// Evaluates only `section` and the sections it reads (supply reads capacity) into `results`,
// leaving the other sections as they were. Sensitivity analysis calls it thousands of times
// with one reused ScenarioResults to stay fast. Errors are named as by evaluate().
std::optional<Error> evaluate_section(const Scenario& scenario, Section section, ScenarioResults& results);

}  // namespace boomerang::model
