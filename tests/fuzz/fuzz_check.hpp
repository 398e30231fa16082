// What the fuzz targets share: an invariant check that stops the fuzzer with a reason, and
// the checks every user-facing message must pass.
#pragma once

#include "io/units.hpp"
#include "parse/utf8.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace boomerang::fuzz {

// Stops the run so libFuzzer saves the input as a crash. Not assert(): it must also hold in
// builds with NDEBUG, and it says which invariant broke.
inline void require(bool holds, const char* invariant, std::string_view detail = {}) {
    if (holds) return;
    std::fprintf(stderr, "\ninvariant broken: %s\n%.*s\n", invariant, static_cast<int>(detail.size()), detail.data());
    std::abort();
}

// The UI shows messages verbatim and the web build hands them to JavaScript as UTF-8: a
// message must say something, and must not echo half a character of the user's text.
inline void require_showable(std::string_view message) {
    require(!message.empty(), "a refusal says why");
    require(parse::valid_utf8_length(message) == message.size(), "a message is valid UTF-8", message);
}

}  // namespace boomerang::fuzz
