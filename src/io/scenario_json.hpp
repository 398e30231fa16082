// Scenario files: a model::Scenario with a title, a description and the source of each value.
//
//   {
//     "schema": "boomerang/scenario@1",
//     "title": "AMD ↔ OpenAI: 6 GW of orders for warrants",
//     "description": "...",
//     "capacity": { "size_by": "capacity", "capacity_gw": 6, ... },
//     "commitment": { ... }, "circularity": { ..., "investment_tranches": [ ... ] },
//     "network": { "companies": [ ... ], "flows": [ ... ] }, "supply": { ... },
//     "sources": {
//       "capacity.capacity_gw": { "source": "Su Yang, Tencent Technology, “...”",
//                                 "quote": "a total capacity of 6GW" },
//       "capacity.pue": { "assumption": "a new liquid-cooled site" }
//     }
//   }
//
// Keys are the model's field names (model/fields.hpp); a missing key keeps the model's
// default. The format, every key and the versioning policy: docs/SCENARIO.md; JSON Schema:
// docs/scenario.schema.json. Nothing here throws: the web build has no exceptions. How paths
// name inputs: scenario_paths.hpp; comparing scenarios and keeping citations after an edit:
// scenario_sources.hpp.
#pragma once

#include "io/citation.hpp"
#include "model/result.hpp"
#include "model/scenario.hpp"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

inline constexpr std::string_view scenario_schema = "boomerang/scenario@1";

// Larger files are refused before parsing: a scenario with hundreds of flows is ~100 KB.
inline constexpr std::size_t max_scenario_bytes = 1024 * 1024;

struct ScenarioFile {
    std::string title;
    std::string description;
    model::Scenario scenario;
    // By input path (scenario_paths.hpp): "capacity.capacity_gw" for a field, a list as
    // "network.flows", one of its items as "network.flows[0]" (counted from 0).
    std::map<std::string, Citation> sources;
};

// Same title, description, sources and inputs (same_inputs, scenario_sources.hpp).
bool operator==(const ScenarioFile& a, const ScenarioFile& b);

struct LoadedScenario {
    ScenarioFile file;
    // model::evaluate(file.scenario), computed to check the scenario.
    model::ScenarioResults results;
    // Things that did not stop loading, each a sentence naming its path:
    // "unknown key capacity.capcity_gw (did you mean capacity_gw?)".
    std::vector<std::string> warnings;
};

// Reads a scenario file. Refuses, naming the path in Error::field and in the message: text
// over max_scenario_bytes, invalid UTF-8, invalid JSON, a missing or unknown schema, values
// of the wrong type, values outside their field's bounds, and scenarios the model rejects.
model::Result<LoadedScenario> load_scenario(std::string_view text);

// Every section and key in a fixed order, two-space indented, ending in a newline. Numbers
// are written so they read back exactly: load_scenario(save_scenario(f)) gives f again.
std::string save_scenario(const ScenarioFile& file);
// The same on one line with no spaces: the body of a permalink (io/permalink.hpp).
std::string save_scenario_compact(const ScenarioFile& file);

}  // namespace boomerang::io
