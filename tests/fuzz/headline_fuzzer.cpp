// Fuzzes the headline parser (parse::read_headline) and what the app and the CLI do with its
// drafts (io::accept_draft, io::headline_json): the text a reader pastes.
//
// Invariants beyond "no crash, no sanitizer report":
//   - every span lies inside the text, and every number read is finite;
//   - nothing read leaves a message-less empty result: no drafts means a message saying why;
//   - a draft accepted into a book evaluates (accept_draft checks it), and a refusal names the
//     party it needs, in valid UTF-8;
//   - the JSON the CLI prints is JSON.
#include "fuzz_check.hpp"

#include "io/headline_deals.hpp"
#include "model/book_evaluation.hpp"
#include "parse/headline.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace boomerang;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string shown(text.substr(0, 200));
    const io::HeadlineSource source{"Pasted text", model::Date{2026, 5, 20}};
    const parse::HeadlineReading reading = parse::read_headline(text, source.written_on);
    require(!reading.drafts.empty() || !reading.message.empty(), "no drafts comes with a message", shown);
    for (const parse::Span& s : reading.unread)
        require(s.begin <= s.end && s.end <= text.size(), "spans lie in the text", shown);

    model::Book book;
    book.window = {2026, 2030};
    for (const parse::Draft& draft : reading.drafts) {
        for (const parse::DraftField& f : draft.fields) {
            require(f.span.begin <= f.span.end && f.span.end <= text.size(), "spans lie in the text", shown);
            require(std::isfinite(f.number) && (!f.high || std::isfinite(*f.high)), "numbers read are finite", shown);
        }
        const auto accepted = io::accept_draft(draft, text, book, source);
        if (!accepted) {
            require(accepted.error().field == "buyer" || accepted.error().field == "seller",
                    "a refused draft names the party it needs", accepted.error().message);
            fuzz::require_showable(accepted.error().message);
            continue;
        }
        book.deals.push_back(accepted->deal);
        require(model::evaluate_book(book).ok(), "accepted drafts evaluate together", shown);
    }
    const std::string json = io::headline_json(reading, text, source);
    require(nlohmann::json::accept(json), "the CLI's JSON is JSON", shown);
    return 0;
}
