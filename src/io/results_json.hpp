// Results as JSON: every output of every model, for scripts and the CLI's --json.
//
//   { "schema": "boomerang/results@1",
//     "capacity": { "deal_size_usd": ..., "total_capex_usd": ..., ... },
//     "commitment": { ..., "schedule": [ { "month": 0, "paid_usd": ..., ... } ] },
//     "circularity": { ..., "investment_tranches": [ ... ], "warrant_tranches": [ ... ] },
//     "network": { ..., "companies": [ ... ], "components": [ [0, 1] ], "cycles": [ ... ] },
//     "supply": { ..., "series": [ { "year": 2025, "supply_gw": ..., ... } ] } }
//
// Scalar keys are the field registry's output keys (model/fields.hpp), units in the name;
// list items use the model's member names. Values that are not finite are written as null.
// Every key is listed in docs/SCENARIO.md.
#pragma once

#include "model/scenario.hpp"

#include <string>
#include <string_view>

namespace boomerang::io {

inline constexpr std::string_view results_schema = "boomerang/results@1";

// Two-space indented, ending in a newline.
std::string results_json(const model::ScenarioResults& results);

}  // namespace boomerang::io
