#include "ui/state/scrub.hpp"

#include <algorithm>
#include <cmath>

namespace boomerang::ui {

namespace {

bool is_fraction(model::Unit unit) {
    return unit == model::Unit::fraction || unit == model::Unit::fraction_per_year ||
           unit == model::Unit::fraction_per_month;
}

// The smallest amount a multiplicative drag starts from when the value is 0 (a factor
// cannot move 0): one whole unit, or the lower bound when that is higher.
double scrub_floor(const model::Bounds& bounds) { return std::max(1.0, bounds.min); }

}  // namespace

double scrubbed_value(double value, double dx_css_px, model::Unit unit, const model::Bounds& bounds) {
    if (!std::isfinite(value) || !std::isfinite(dx_css_px)) return value;
    double next = 0.0;
    if (is_fraction(unit)) {
        next = value + dx_css_px * scrub_fraction_per_px;
    } else if (value > 0.0) {
        next = value * std::exp(dx_css_px * scrub_factor_per_px);
    } else if (value < 0.0) {
        next = value * std::exp(-dx_css_px * scrub_factor_per_px);  // right still means larger
    } else {
        next = dx_css_px > 0.0 ? scrub_floor(bounds) : 0.0;
    }
    if (bounds.whole_number) next = std::round(next);
    next = std::clamp(next, bounds.min, bounds.max);
    // A bound that excludes its own value (a life of 0 years) stops the drag just before.
    return bounds.contains(next) ? next : value;
}

double scrubbed_value(double value, double dx_css_px, const model::InputField& field) {
    return scrubbed_value(value, dx_css_px, field.unit, field.bounds);
}

}  // namespace boomerang::ui
