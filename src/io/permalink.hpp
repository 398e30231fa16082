// Permalinks: a whole scenario in the URL fragment, so a link opens the same numbers anywhere.
//
//   https://…/#s1.eyJzY2hlbWEiOiJib29tZXJhbmcvc2NlbmFyaW9AMSIsInRpdGxlIjoi…
//
// "s1." names the link format; the rest is base64url (RFC 4648 §5, no padding) of the
// scenario file on one line (save_scenario_compact) without its sources: citations are long
// and belong to the presets, which restore_sources() (scenario_sources.hpp) puts back. Every
// value is written, none left to defaults, so a link made today opens the same scenario after
// the defaults change.
// Decoding goes through load_scenario(), so a link is checked exactly like a file.
// A later format gets a new prefix ("s2."); decode_permalink keeps reading "s1." for good.
#pragma once

#include "io/scenario_json.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <string>
#include <string_view>

namespace boomerang::io {

inline constexpr std::string_view permalink_prefix = "s1.";

// Longer fragments are refused before decoding (a big scenario is ~20 KB).
inline constexpr std::size_t max_permalink_chars = 256 * 1024;

// The fragment for `file`, without the leading '#'.
std::string encode_permalink(const ScenarioFile& file);

// Reads a fragment, with or without its leading '#'. A damaged, truncated or foreign
// fragment is refused with a message that says what is wrong; it never yields a
// half-read scenario.
model::Result<LoadedScenario> decode_permalink(std::string_view fragment);

// Why a link's data that decoded to bytes other than UTF-8 text is refused (scenario and
// book links alike).
inline constexpr std::string_view link_not_text =
    "The link is damaged: what it holds is not text (was it cut short or changed?)";

// base64url without padding; decoding refuses any other character and impossible lengths.
std::string base64url_encode(std::string_view bytes);
model::Result<std::string> base64url_decode(std::string_view text);

}  // namespace boomerang::io
