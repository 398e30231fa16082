// "Paste a headline…": a sentence about a deal, read into draft deals (parse/headline.hpp)
// shown beside it, each understood phrase marked with the field it filled; the reader adds a
// draft to the book, typing a party the text does not name. Nothing changes the book until
// then (docs/PARSE.md, "In the app").
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "io/headline_deals.hpp"
#include "parse/headline.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct HeadlineState {
    bool open = false;
    std::string text;
    // What was read from `text`, and for each draft the parties the reader typed (buyer,
    // seller) and what adding it would give: cached until the text, a party or the book changes.
    std::string read_text;
    parse::HeadlineReading reading;
    std::vector<std::array<std::string, 2>> typed;
    std::vector<std::optional<std::string>> added;  // the deal id each draft became
    std::vector<model::Result<io::AcceptedDraft>> accepted;
    unsigned accepted_for_revision = ~0u;
    bool focus_text = false;  // put the cursor in the text on the next frame
};

// What the panel reads from `text`, as boomerang-cli parse prints it (for the page's test API
// and benchmarks): dated today, as a paste is.
std::string headline_reading_json(std::string_view text);

// Opens the panel with `text` (a paste outside any field), or as it was.
void open_headline_panel(HeadlineState& state, std::optional<std::string> text = std::nullopt);

// Draws the panel while it is open. Returns the id of a deal just added, to select it.
std::optional<std::string> draw_headline_panel(HeadlineState& state, BookDocument& document, ViewContext& view);

}  // namespace boomerang::ui
