// A book's results as JSON: every deal's figures and the book's network, commitments and
// timelines, for scripts and `boomerang-cli eval --json`.
//
//   { "schema": "boomerang/book-results@1", "title": …, "window": { … },
//     "deals": [ { "id", "title", "buyer", "seller", "investor", "status", "in_network",
//                  "figures": { "rental": { "total_usd": 45e9, … }, "exit": { … } },
//                  "payments_by_year": [ { "year": 2026, "usd": … } ] } ],
//     "attribution_rules": { "fungible": "…", "earmarked": "…" },
//     "companies": [ … ], "flows": [ … ], "cycles": [ … ], "timelines": [ … ], "totals": { … } }
//
// A deal lists only the blocks it has and, in each, only the figures its inputs give
// (model/deal_figures.hpp): a figure that is absent is left out, never written as 0.
// Every key: docs/BOOK.md, "Results".
#pragma once

#include "io/book_json.hpp"
#include "model/book_evaluation.hpp"

#include <string>
#include <string_view>

namespace boomerang::io {

inline constexpr std::string_view book_results_schema = "boomerang/book-results@1";

// What each attribution rule means, in one sentence a reader can quote.
std::string_view attribution_rule_text(model::AttributionRule rule);

// Two-space indented, ending in a newline.
std::string book_results_json(const BookFile& file, const model::BookResults& results);

}  // namespace boomerang::io
