// Compare mode: the scenario pinned as A beside the one being edited (B), every output
// side by side with the difference.
#pragma once

#include "model/fields.hpp"
#include "ui/state/document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

void draw_compare_panel(const Document& pinned, const Document& current, ViewContext& view);

// "+$3.75B (+25%)", "−0.10× (−15%)", "same": the change from a to b in the field's unit.
std::string difference_text(double a, double b, model::Unit unit);

}  // namespace boomerang::ui
