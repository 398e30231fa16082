// Recently opened and saved files, most recent first, as the desktop app remembers them:
//
//   { "schema": "boomerang/recent-files@1", "paths": ["/home/ann/deal.json", ...] }
//
// kept in $XDG_CONFIG_HOME/boomerang/recent.json (~/.config/boomerang/recent.json when
// XDG_CONFIG_HOME is not set). The list is a convenience: a damaged file costs the user the
// list, never the start of the app.
#pragma once

#include "model/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

inline constexpr std::string_view recent_files_schema = "boomerang/recent-files@1";
inline constexpr std::size_t max_recent_files = 8;
// Eight paths of a few hundred bytes each; anything much larger is not ours.
inline constexpr std::size_t max_recent_files_bytes = 64 * 1024;

// `path` moved (or added) to the front; the list keeps each path once and at most
// max_recent_files of them. A path that is not UTF-8 is left out (the list unchanged): the
// list is stored as JSON, whose strings are UTF-8, and a Linux file name need not be.
std::vector<std::string> add_recent(std::vector<std::string> list, const std::string& path);

std::string recent_files_json(const std::vector<std::string>& list);

// Refuses text that is not a recent-files object (the message says what is wrong); within a
// good object, entries that are not non-empty strings are skipped and the list is cleaned
// up as add_recent would leave it.
model::Result<std::vector<std::string>> parse_recent_files(std::string_view text);

// Where the list is kept, from the environment only: $XDG_CONFIG_HOME when absolute, on
// Windows then %APPDATA%, then ~/.config; "" when none is set (then nothing is remembered).
std::string recent_files_path();

// The list stored at `path`; an empty list when there is no file yet.
model::Result<std::vector<std::string>> read_recent_files(const std::string& path);

// Stores the list at `path` (atomically, creating its folder). "" or why not.
std::string write_recent_files(const std::string& path, const std::vector<std::string>& list);

}  // namespace boomerang::io
