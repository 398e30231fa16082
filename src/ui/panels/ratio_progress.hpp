// The place of a large book's fungible boomerang ratios while they are solved across frames
// (BookDocument::advance_ratios): a progress bar saying what is being worked out.
#pragma once

#include <string>

#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

// "Working out the fungible boomerang ratios of 1,000 companies: 45%", or "" when none are
// pending.
std::string ratio_progress_text(const BookDocument& document);
// Draws the bar with that text; nothing when no ratios are pending. True if it drew.
bool draw_ratio_progress(const BookDocument& document, ViewContext& view);

}  // namespace boomerang::ui
