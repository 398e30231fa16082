// The report `boomerang-cli eval` prints for people: every output of every model, labelled
// and formatted by io/format.hpp, one block per section.
#pragma once

#include "model/scenario.hpp"

#include <string>

namespace boomerang::cli {

std::string results_report(const model::ScenarioResults& results);

}  // namespace boomerang::cli
