// A sentence about a deal, read into draft deals: the top layer of the headline parser
// (docs/PARSE.md). Deterministic, with no network and no model weights: quantities
// (quantities.hpp), companies and status words (mentions.hpp) and dates (dates.hpp) are
// given roles and fields by the words between them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/calendar.hpp"
#include "parse/quantities.hpp"

namespace boomerang::parse {

// How sure the reading is. `sure`: the words say it ("Nvidia will invest … in OpenAI").
// `likely`: inferred (who buys in "a deal with Oracle" from what each company usually does),
// shown as a guess for the reader to check.
enum class Confidence { likely, sure };

// One field of a draft, named as in the book format (docs/BOOK.md): "buyer",
// "capacity.capacity_gw", "rental.end". Numbers are in the book's units (dollars, GW,
// counts, months, days); names, dates, statuses and `notice_by` are text.
struct DraftField {
    std::string key;
    double number = 0.0;
    std::string text;  // for names, dates ("2029-05"), statuses, notice_by
    Bound bound = Bound::exact;
    std::optional<double> high;  // a range's high end
    Span span;                   // the phrase it was read from: the field's source quote
    Confidence confidence = Confidence::sure;

    bool is_text() const { return !text.empty(); }
};

struct Draft {
    std::vector<DraftField> fields;

    const DraftField* find(std::string_view key) const;
};

struct HeadlineReading {
    std::vector<Draft> drafts;
    std::vector<Span> unread;  // phrases with numbers that filled no field
    std::string message;       // why nothing was read, for the reader; empty when drafts were
};

// The longest text read; longer text is refused with a message (a paragraph is ~1 KB).
inline constexpr std::size_t kMaxHeadlineBytes = 64 * 1024;

// Reads `text`: one draft per deal it describes. `written_on` (the day the text was
// written, when known) resolves "this year" and "within the month".
HeadlineReading read_headline(std::string_view text, std::optional<model::Date> written_on = std::nullopt);

}  // namespace boomerang::parse
