// The book as a whole: how much its deals promise and how much of it is firm, the money that
// moves in the window and the part that goes round in cycles, then one row per company: what
// it receives and sends, its outside money, how much of what it sends comes back under each
// attribution rule, and its commitments against its outside money.
#pragma once

#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

void draw_book_summary(const BookDocument& document, ViewContext& view);

}  // namespace boomerang::ui
