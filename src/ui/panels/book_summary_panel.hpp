// The book as a whole: how much its deals promise and how much of it is firm, the money that
// moves in the window and the part that goes round in cycles; every deal in a table (parties,
// status, headline, firm, GW, GPUs, $ per GPU-hour); then one row per company: what it
// receives and sends, its outside money, how much of what it sends comes back under each
// attribution rule, its commitments and backlog, and its payments against its outside money.
#pragma once

#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

void draw_book_summary(const BookDocument& document, ViewContext& view);

}  // namespace boomerang::ui
