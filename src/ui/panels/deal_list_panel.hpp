// The book's deals, one row each (title, parties, status), with the selected one highlighted,
// and the buttons that change the list: add a deal from a template, duplicate, remove, move up
// and down. Every change is one undo step.
#pragma once

#include <string>

#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct DealListState {
    std::string selected;         // the deal id whose terms and figures show
    std::string error;            // why the last change was refused
    bool headline_asked = false;  // "Paste a headline…" was chosen in the "+ Deal" menu
};

// Keeps `selected` on a deal of the book: the first one when it names none.
void keep_selection_valid(const BookDocument& document, DealListState& state);

void draw_deal_list(BookDocument& document, DealListState& state, ViewContext& view);

}  // namespace boomerang::ui
