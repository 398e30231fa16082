// From boomerang/scenario@1 to a book: every @1 file and every "#s1." link keeps opening, for
// good, with the same numbers for what it held.
//
// A scenario@1 held five independent calculators. Each section the file wrote becomes what it
// described:
//   capacity     → the book's assumptions and a deal "capacity" (Buyer → Seller (capacity))
//   commitment   → a deal "commitment": a monthly rental with its exit terms
//   circularity  → a deal "circularity": capacity deployed at once, financing, warrants
//   network      → one deal per flow ("flow-1" …), and outside money reproducing each
//                  company's pass_on_fraction under the fungible rule
//   supply       → the vendor's supply, set against the capacity deal or a demand deal
// The section deals keep out of the book's money network (excluded_from_network), as the
// sections did: only the network section's flows made the @1 network. Every converted deal
// starts in January 2025, the year the @1 presets described. What has no book equivalent,
// and why: docs/BOOK.md, "Conversion from scenario@1".
#pragma once

#include "io/book_json.hpp"
#include "io/scenario_json.hpp"
#include "model/result.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace boomerang::io {

// The sections a scenario@1 text wrote. A link writes all five.
struct ScenarioSections {
    bool capacity = false;
    bool commitment = false;
    bool circularity = false;
    bool network = false;
    bool supply = false;
};

inline constexpr ScenarioSections all_sections{true, true, true, true, true};

// The top-level section keys of a scenario@1 JSON text; none for text that is not JSON.
ScenarioSections sections_in(std::string_view scenario_text);

// The book `file` describes. Things the book cannot say as @1 did go to `warnings`, each a
// sentence (a flow from a company to itself, a supply start year outside 1990–2100).
BookFile book_from_scenario(const ScenarioFile& file, const ScenarioSections& sections,
                            std::vector<std::string>& warnings);

// Reads a book file, or a scenario@1 file converted to a book (with a warning saying so).
// `ratio_work` as for load_book.
model::Result<LoadedBook> load_book_or_scenario(std::string_view text, double ratio_work = model::all_ratio_work);

}  // namespace boomerang::io
