// Compare mode: the book pinned as A beside the one being edited (B). For the selected deal,
// every figure either book shows, side by side with the difference; then the book's totals.
// A figure one side lacks (a block added or removed) reads "—" there.
#pragma once

#include <optional>
#include <string>

#include "model/fields.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

void draw_compare_panel(const BookDocument& pinned, const BookDocument& current, const std::string& deal_id,
                        ViewContext& view);

// "+$3.75B (+25%)", "−0.10× (−15%)", "same": the change from a to b in the unit; "—" when
// either is absent.
std::string difference_text(std::optional<double> a, std::optional<double> b, model::Unit unit);

}  // namespace boomerang::ui
