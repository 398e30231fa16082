// The place of a large book's fungible boomerang ratios while they are solved across frames
// (BookDocument::advance_ratios): a progress bar saying what is being worked out.
#pragma once

#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

// Draws the bar ("Working out the fungible boomerang ratios of 1000 companies: 45%");
// nothing when no ratios are pending. True if it drew.
bool draw_ratio_progress(const BookDocument& document, ViewContext& view);

}  // namespace boomerang::ui
