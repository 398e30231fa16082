// Draft deals read from a headline (parse/headline.hpp) made into book deals once the reader
// accepts them, each value cited with the phrase it was read from; and the reading as JSON
// (boomerang/headline@1) for `boomerang-cli parse` and the app's test API. docs/PARSE.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/book_json.hpp"
#include "io/citation.hpp"
#include "model/book.hpp"
#include "model/result.hpp"
#include "parse/headline.hpp"

namespace boomerang::io {

inline constexpr std::string_view headline_schema = "boomerang/headline@1";

struct AcceptedDraft {
    model::Deal deal;
    std::map<std::string, Citation> sources;  // by book path: "deals.<id>.capacity.capacity_gw"
    std::vector<std::string> left_out;        // what the text says that the deal cannot hold yet, and why
};

// Where the text came from, for the citations: "Pasted text" or "Reuters, “…”, 2026-05-06".
struct HeadlineSource {
    std::string label = "Pasted text";
    std::optional<model::Date> written_on;  // also the start when the text gives none
    std::string written_on_is = "writing";  // what that day is, in citations: "writing", "pasting"
};

// The deal `draft` becomes in `book` (its id unique there), which evaluates; or why it cannot
// be added yet: the party it needs and the text does not name ("The text names no buyer …").
model::Result<AcceptedDraft> accept_draft(const parse::Draft& draft, std::string_view text, const model::Book& book,
                                          const HeadlineSource& source);

// Every draft of `reading` that can be accepted, as a book (window from their dates).
BookFile headline_book(const parse::HeadlineReading& reading, std::string_view text, const HeadlineSource& source);

// The reading as JSON: each draft's fields with their quotes, spans and confidence, and the
// deal it becomes or why it cannot; the phrases with numbers not read; the message.
std::string headline_json(const parse::HeadlineReading& reading, std::string_view text, const HeadlineSource& source);

}  // namespace boomerang::io
