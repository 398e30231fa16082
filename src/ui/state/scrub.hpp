// Dragging a field's label changes its value ("scrubbing"), as in design tools.
//
// Amounts that span orders of magnitude (dollars, GW, GPUs) change by a constant factor
// per pixel, so a drag feels the same at $1B and at $1T; shares and rates (fractions)
// change by a constant step. The result stays inside the field's bounds.
#pragma once

#include "model/fields.hpp"

namespace boomerang::ui {

// Relative change per CSS pixel of drag for amounts: 100 px ≈ ×1.65.
inline constexpr double scrub_factor_per_px = 0.005;
// Absolute change per CSS pixel for fractions: 100 px = 10 percentage points.
inline constexpr double scrub_fraction_per_px = 0.001;

// `value` after a horizontal drag of `dx_css_px` (positive = right = larger).
double scrubbed_value(double value, double dx_css_px, model::Unit unit, const model::Bounds& bounds);
double scrubbed_value(double value, double dx_css_px, const model::InputField& field);

}  // namespace boomerang::ui
