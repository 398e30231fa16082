// Axes without drawing: "nice" ticks, value <-> pixel scales, tick labels, hover lookup.
//
// Everything here is pure (no Dear ImGui), so tests pin the arithmetic every chart shares.
// Ticks sit at multiples of a step of 1, 2 or 5 x 10^k, the steps people count in; labels
// come from io::format_value, the one place numbers become text ("$5.0B", "10 GW", "25%").
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <string>

#include "model/fields.hpp"

namespace boomerang::ui::charts {

// More ticks than this never fit a screen; a fixed array keeps ticks off the heap.
inline constexpr int kMaxTicks = 16;

struct Ticks {
    std::array<double, kMaxTicks> values{};
    int count = 0;      // 0: no sane ticks (non-finite input, or a range finer than a double resolves)
    double step = 0.0;  // distance between neighbouring ticks

    bool empty() const { return count == 0; }
    double first() const { return values[0]; }
    double last() const { return values[static_cast<std::size_t>(count - 1)]; }
    std::span<const double> view() const { return {values.data(), static_cast<std::size_t>(count)}; }
};

// A range of zero width, [value, value], widened so a flat series still gets a readable axis
// around its value: value ± a tenth of it, or ± 1 around 0. Charts that pick their own range
// (the distribution's) widen it the same way.
void widen_flat_range(double& low, double& high);

// Ticks covering [min, max]: the first at or below min, the last at or above max, at most
// max_count of them (read as 2..kMaxTicks, and at least 3 for a range across zero, which
// needs a tick below, at and above zero), spaced by the smallest nice step that is at least
// min_step. min > max is read as the range between them; a zero-width range is widened around
// its value so it still gets an axis; NaN or infinite input gives no ticks.
// Examples: [0, 15e9] with 6 -> 0, 5e9, 10e9, 15e9. [0, 1] with 6 -> 0, 0.2, ..., 1.
Ticks nice_ticks(double min, double max, int max_count, double min_step = 0.0);

// Ticks only inside [min, max], for an axis that must start where its data starts (month
// 0, the first year): the smallest nice step (at least min_step) with at most max_count ticks
// inside. Example: [1.85, 3.05] with 2 -> 2, 3 (steps of 1, where nice_ticks would need 5).
Ticks ticks_within(double min, double max, int max_count, double min_step = 0.0);

// How many ticks fit along `length_px` when each label needs `label_px` plus `gap_px`
// between labels: at least 2 (the ends), at most kMaxTicks.
int fitting_tick_count(float length_px, float label_px, float gap_px);

// A linear map between values and pixels; either range may run backwards (y grows downward
// on screen, so a y scale maps value_min to the bottom pixel).
struct Scale {
    double value_min = 0.0;
    double value_max = 1.0;
    float pixel_min = 0.0f;
    float pixel_max = 1.0f;

    // A zero-width value range maps to the middle of the pixel range. Values far outside
    // the range are clamped a screen-size away so Dear ImGui never sees an infinite vertex.
    float to_pixel(double value) const;
    // A zero-width pixel range maps back to value_min.
    double to_value(float pixel) const;
};

// How an axis writes its tick labels.
struct AxisFormat {
    model::Unit unit = model::Unit::usd;
    // "12" instead of "12 months": for a crowded axis whose caption names the unit.
    bool number_only = false;
};

std::string tick_label(double value, const AxisFormat& format);

// The smallest tick step that makes sense for a unit: whole calendar years, otherwise any.
double min_tick_step(model::Unit unit);

// The index of the x nearest to `x` (ties: the first), skipping non-finite xs; -1 when
// there is none or x is NaN. The line chart's hover picks its column with this.
int nearest_index(std::span<const double> xs, double x);

}  // namespace boomerang::ui::charts
