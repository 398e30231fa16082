// The preset menu: an index.json lists the preset files of its folder in the order they are
// offered, so the web build (which cannot list a folder) and the desktop app show the same
// menu. assets/books/index.json lists the preset books (presets::offered_presets reads it for
// the app and the CLI), assets/scenarios/index.json the scenario@1 presets kept for old files.
// Each entry is a file name in that folder:
//   { "schema": "boomerang/presets@1", "presets": ["nvidia-openai-v1.json", ...] }
#pragma once

#include "model/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

inline constexpr std::string_view presets_schema = "boomerang/presets@1";

// The file names, in menu order. Refuses anything but plain names of .json files in the
// folder ("amd-openai.json"; no paths, no duplicates), naming the entry: "presets[2]".
model::Result<std::vector<std::string>> load_preset_index(std::string_view text);

}  // namespace boomerang::io
