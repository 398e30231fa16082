// The headline parser's corpus (tests/parse/README.md), read once for every test that scores
// against it.
#pragma once

#include <nlohmann/json.hpp>

#include "../support.hpp"

namespace boomerang::testing {

inline const nlohmann::json& parse_corpus() {
    static const nlohmann::json parsed =
        nlohmann::json::parse(read_bytes(BOOMERANG_SOURCE_DIR "/tests/parse/corpus.json"));
    return parsed;
}

}  // namespace boomerang::testing
