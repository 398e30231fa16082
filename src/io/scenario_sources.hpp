// Scenarios compared input by input, and the citations that still hold after an edit: a
// permalink carries no sources, and restore_sources takes back the preset's for every value
// the link left as it was.
//
//   io::ScenarioFile opened = …;                   // decoded from a link
//   io::restore_sources(opened, preset_file);      // the preset's citations that still apply
#pragma once

#include "io/scenario_json.hpp"
#include "model/scenario.hpp"

namespace boomerang::io {

// Same inputs, field by field and item by item.
bool same_inputs(const model::Scenario& a, const model::Scenario& b);

// Copies the citations of `from` (usually a preset) that still describe `to`: each field
// whose value is unchanged, each list (and its items) when the list is unchanged item for item.
void restore_sources(ScenarioFile& to, const ScenarioFile& from);

}  // namespace boomerang::io
