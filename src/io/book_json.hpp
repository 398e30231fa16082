// Book files: a model::Book with a title, a description and the source of each value.
//
//   {
//     "schema": "boomerang/book@1",
//     "title": "Anthropic → SpaceX: Colossus 1 for $1.25B a month",
//     "window": { "first_year": 2026, "last_year": 2029 },
//     "assumptions": { "pue": 1.2 }, "companies": [ … ], "supply": [ … ],
//     "deals": [ { "id": "anthropic-spacex", "title": "…", "buyer": "Anthropic",
//                  "seller": "SpaceX", "status": "definitive", "start": "2026-05",
//                  "rental": { "monthly_rate_usd": 1.25e9, … }, "exit": { … } } ],
//     "sources": {
//       "deals.anthropic-spacex.rental.monthly_rate_usd": { "source": "TechCrunch, …",
//                                                           "quote": "$1.25 billion per month" },
//       "assumptions.pue": { "assumption": "A new liquid-cooled site" }
//     }
//   }
//
// A value the book lacks is absent from the file and absent (std::nullopt) in the model;
// nothing is filled in. The format, every key and its bounds: docs/BOOK.md; JSON Schema:
// docs/book.schema.json. Nothing here throws: the web build has no exceptions.
//
// Errors name the value by where it is in the file, list items by index, in Error::field:
// "window.first_year", "companies[0].name", "deals[2].capacity.capacity_gw" (the paths
// model::evaluate_book uses). Messages inside a deal name the deal as the model's do:
//   Deal "AMD → OpenAI" (amd-openai): capacity.capacity_gw must be a finite number > 0 (got -3)
// Sources name values by id and name instead, so a citation stays with its deal when deals
// are reordered: "deals.amd-openai.capacity.capacity_gw" (is_book_path).
#pragma once

#include "io/citation.hpp"
#include "model/book.hpp"
#include "model/book_evaluation.hpp"
#include "model/result.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

inline constexpr std::string_view book_schema = "boomerang/book@1";

// Larger files are refused before parsing: a book of a hundred cited deals is ~200 KB.
inline constexpr std::size_t max_book_bytes = 4 * 1024 * 1024;

struct BookFile {
    std::string title;
    std::string description;
    model::Book book;
    // By book path (is_book_path): "deals.amd-openai.capacity.capacity_gw", "assumptions.pue".
    std::map<std::string, Citation> sources;
};

// Same title, description, sources and book, value by value.
bool same_book(const model::Book& a, const model::Book& b);
bool operator==(const BookFile& a, const BookFile& b);

// True when `path` names a value `book` holds (docs/BOOK.md, "Sources"): "window",
// "assumptions.<key>" when set, "companies.<name>[.<key>]", "supply.<vendor>[.<key>]",
// "deals.<id>", "deals.<id>.<key>" when set, "deals.<id>.<block>[.<key>]" when the deal
// has the block (and the value), "deals.<id>.<block>.tranches[<i>]" for an existing tranche.
bool is_book_path(const model::Book& book, std::string_view path);

struct LoadedBook {
    BookFile file;
    // model::evaluate_book(file.book), computed to check the book; with less ratio work than
    // model::all_ratio_work, the fungible ratios may be pending (results.ratios_pending) and
    // the rest of their solve is in pending_ratios, for the app's document to finish.
    model::BookResults results;
    std::optional<model::PendingRatios> pending_ratios;
    // Things that did not stop loading, each a sentence naming its path:
    // "unknown key deals[0].capacity.capcity_gw (did you mean capacity_gw?)".
    std::vector<std::string> warnings;
};

// Moves the citations under `from` ("deals.old-id", "companies.Old name") to `to`: the path
// itself and every path below it ("deals.old-id.capacity.capacity_gw", "….tranches[0]").
void rename_sources(std::map<std::string, Citation>& sources, std::string_view from, std::string_view to);

// A deal's status as book files spell it: "letter_of_intent".
std::string_view status_name(model::DealStatus status);

// Reads a book file. Refuses, naming the path in Error::field and in the message: text over
// max_book_bytes, invalid UTF-8, invalid JSON, a missing or unknown schema, a missing
// required value, values of the wrong type, unknown choices (listing the allowed ones), dates
// that are not "YYYY-MM" or "YYYY-MM-DD", numbers outside their bounds, malformed or
// duplicate deal ids, and books model::evaluate_book rejects. Unknown keys and sources for
// values the book does not hold are warnings. With less than model::all_ratio_work, the
// results may come with ratios_pending (model::start_book_evaluation) and the rest of the
// solve in pending_ratios.
model::Result<LoadedBook> load_book(std::string_view text, double ratio_work = model::all_ratio_work);

// `file` with its results, as load_book gives them, or the model's refusal: for books that
// come from elsewhere than a book file (a converted scenario).
model::Result<LoadedBook> checked_book(BookFile file, std::vector<std::string> warnings,
                                       double ratio_work = model::all_ratio_work);

// load_book's refusal of a file of `bytes` bytes, over max_book_bytes: for a host that checks
// a file's size before reading it.
model::Error book_too_large(std::size_t bytes);

// Every key in docs/BOOK.md's order, two-space indented, ending in a newline; absent values
// are left out. Numbers are written so they read back exactly: load_book(save_book(f)) gives
// f again.
std::string save_book(const BookFile& file);
// The same on one line with no spaces and without sources: the body of a link.
std::string save_book_compact(const BookFile& file);
// One deal as save_book writes it among "deals", on one line: {"id":"amd-openai",…,
// "capacity":{"capacity_gw":6,…},…}, absent values left out. The app's test API shows the
// selected deal's inputs this way (window.boomerang.state().inputs, docs/WEB.md).
std::string save_deal(const model::Deal& deal);

}  // namespace boomerang::io
