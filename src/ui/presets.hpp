// The presets of assets/scenarios, compiled into the app in index.json's order.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "io/scenario_json.hpp"

namespace boomerang::ui {

struct EmbeddedPreset {
    const char* id;    // file name without .json, e.g. "anthropic-spacex"
    const char* json;  // the scenario file's text
};

// Generated at build time by cmake/embed_presets.cmake.
std::span<const EmbeddedPreset> embedded_presets();

struct Preset {
    std::string id;
    io::ScenarioFile file;
};

// Parses every embedded preset. A preset that fails to load is left out and its
// message added to `errors` (tests/io/presets_test.cpp keeps that from happening).
std::vector<Preset> load_presets(std::vector<std::string>& errors);

}  // namespace boomerang::ui
