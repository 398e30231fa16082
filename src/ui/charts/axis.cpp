// Index: nice steps | ticks | scale | labels | hover lookup
#include "ui/charts/axis.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "io/format.hpp"

namespace boomerang::ui::charts {

namespace {

// ---- Nice steps -------------------------------------------------------------------------
constexpr std::array<double, 3> kNiceMantissas = {1.0, 2.0, 5.0};
constexpr double kDecade = 10.0;
// Relative slack when comparing a computed quotient with a whole number or a nice mantissa:
// 0.6 / 0.2 is 2.9999999999999996 in doubles, and must count as 3.
constexpr double kSlack = 1e-9;
// A zero-width range [v, v] is widened to v +/- this share of |v| (or +/- 1 around 0), so a
// flat series still gets a readable axis around its value.
constexpr double kFlatRangeFraction = 0.1;
constexpr double kFlatRangeAroundZero = 1.0;
// Each change multiplies the step by at least 2: more changes than this leave the doubles.
constexpr int kMostStepChanges = 2100;

// A step written as mantissa x 10^exponent, so tick values can be computed as k x mantissa
// scaled once by a power of ten: 3 x 0.1 is then exactly the double nearest 0.3.
struct Step {
    double mantissa = 1.0;
    int exponent = 0;

    double value() const { return mantissa * std::pow(kDecade, exponent); }
    double tick(double k) const {
        return exponent < 0 ? k * mantissa / std::pow(kDecade, -exponent) : k * mantissa * std::pow(kDecade, exponent);
    }
};

// The smallest nice step >= x (x > 0 and finite).
Step nice_at_least(double x) {
    int exponent = static_cast<int>(std::floor(std::log10(x)));
    const double mantissa = x / std::pow(kDecade, exponent);
    for (double nice : kNiceMantissas) {
        if (nice >= mantissa * (1.0 - kSlack)) return {nice, exponent};
    }
    return {kNiceMantissas[0], exponent + 1};
}

// The nice step after `step`: 1 -> 2 -> 5 -> 10.
Step next_step(Step step) { return nice_at_least(step.value() * (1.0 + 2 * kSlack)); }

// Range of k with k x step covering [min, max].
struct Multiples {
    double first = 0.0;
    double last = 0.0;
    double count() const { return last - first + 1.0; }
};

Multiples covering(double min, double max, const Step& step) {
    const double size = step.value();
    return {std::floor(min / size + kSlack), std::ceil(max / size - kSlack)};
}

// Range of k with k x step inside [min, max] (count() is 0 or less when none is).
Multiples inside(double min, double max, const Step& step) {
    const double size = step.value();
    return {std::ceil(min / size - kSlack), std::floor(max / size + kSlack)};
}

// ---- Ticks ------------------------------------------------------------------------------
struct Range {
    double min = 0.0;
    double max = 0.0;
};

}  // namespace

void widen_flat_range(double& low, double& high) {
    if (low != high) return;
    const double half = low == 0.0 ? kFlatRangeAroundZero : std::abs(low) * kFlatRangeFraction;
    low -= half;
    high += half;
}

namespace {

// The range to tick, or false for input that has no sane ticks.
bool usable_range(double a, double b, Range& range) {
    if (!std::isfinite(a) || !std::isfinite(b)) return false;
    range = {std::min(a, b), std::max(a, b)};
    if (range.min == range.max) {
        widen_flat_range(range.min, range.max);
    }
    return true;
}

enum class Placement { covering, inside };

// The step for `range` with at most `max_count` ticks placed as asked; false when the range
// is too small for a double step (a width of a few subnormals).
bool choose_step(const Range& range, int max_count, double min_step, Placement placement, Step& step) {
    // Covering ticks span one interval more than the range's n - 1; ticks inside may start up to
    // a step in, so n ticks inside can be a step of range / n apart. Divide before subtracting:
    // max - min overflows for ranges near the largest double.
    const int intervals = placement == Placement::covering ? max_count - 1 : max_count;
    const double raw = std::max(range.max / intervals - range.min / intervals, min_step);
    if (!(raw > 0.0) || !std::isfinite(raw)) return false;
    step = nice_at_least(raw);
    // Covering ticks are consecutive multiples, so a range across zero needs -s, 0, s at least.
    const bool across_zero = range.min < 0.0 && range.max > 0.0;
    const int allowed = placement == Placement::covering && across_zero ? std::max(max_count, 3) : max_count;
    const auto count = [&] {
        return placement == Placement::covering ? covering(range.min, range.max, step).count()
                                                : inside(range.min, range.max, step).count();
    };
    for (int grown = 0; count() > allowed; ++grown) {
        if (grown == kMostStepChanges) return false;
        step = next_step(step);
    }
    return true;
}

// Ticks at k x step for k in `multiples`, keeping those inside [keep_min, keep_max]. Gives no
// ticks when a value overflows or neighbours collapse into one double (the range is finer
// than doubles resolve at its magnitude).
Ticks fill(const Step& step, Multiples multiples, double keep_min, double keep_max) {
    Ticks ticks;
    ticks.step = step.value();
    for (double k = multiples.first; k <= multiples.last && ticks.count < kMaxTicks; k += 1.0) {
        const double value = step.tick(k);
        if (!std::isfinite(value)) return {};
        if (value < keep_min || value > keep_max) continue;
        if (ticks.count > 0 && value <= ticks.last()) return {};
        ticks.values[static_cast<std::size_t>(ticks.count++)] = value;
    }
    return ticks;
}

int clamp_count(int max_count) { return std::clamp(max_count, 2, kMaxTicks); }

double sane_min_step(double min_step) { return std::isfinite(min_step) && min_step > 0.0 ? min_step : 0.0; }

}  // namespace

Ticks nice_ticks(double min, double max, int max_count, double min_step) {
    Range range;
    if (!usable_range(min, max, range)) return {};
    Step step;
    if (!choose_step(range, clamp_count(max_count), sane_min_step(min_step), Placement::covering, step)) return {};
    constexpr double kAll = std::numeric_limits<double>::infinity();
    return fill(step, covering(range.min, range.max, step), -kAll, kAll);
}

Ticks ticks_within(double min, double max, int max_count, double min_step) {
    Range range;
    if (!usable_range(min, max, range)) return {};
    Step step;
    if (!choose_step(range, clamp_count(max_count), sane_min_step(min_step), Placement::inside, step)) return {};
    // Ticks a rounding error outside the range still count: 0.1 x 3 must not lose its 0.3.
    const double tolerance = step.value() * kSlack;
    return fill(step, covering(range.min, range.max, step), range.min - tolerance, range.max + tolerance);
}

int fitting_tick_count(float length_px, float label_px, float gap_px) {
    const float pitch = label_px + gap_px;
    if (!(length_px > 0.0f) || !(pitch > 0.0f)) return 2;
    const float fitting = std::floor((length_px + gap_px) / pitch);
    return static_cast<int>(std::clamp(fitting, 2.0f, static_cast<float>(kMaxTicks)));
}

// ---- Scale ------------------------------------------------------------------------------

// Far enough off any screen to be invisible, small enough for float vertex maths.
constexpr double kOffscreenPixels = 1e6;

float Scale::to_pixel(double value) const {
    const double pixels = static_cast<double>(pixel_max) - static_cast<double>(pixel_min);
    const double span = value_max - value_min;
    if (span == 0.0 || !std::isfinite(span)) return pixel_min + static_cast<float>(pixels / 2);
    const double pixel = pixel_min + (value - value_min) / span * pixels;
    const double low = std::min<double>(pixel_min, pixel_max) - kOffscreenPixels;
    const double high = std::max<double>(pixel_min, pixel_max) + kOffscreenPixels;
    if (std::isnan(pixel)) return pixel_min;
    return static_cast<float>(std::clamp(pixel, low, high));
}

double Scale::to_value(float pixel) const {
    const double pixels = static_cast<double>(pixel_max) - static_cast<double>(pixel_min);
    if (pixels == 0.0) return value_min;
    return value_min + (static_cast<double>(pixel) - pixel_min) / pixels * (value_max - value_min);
}

// ---- Labels -----------------------------------------------------------------------------

std::string tick_label(double value, const AxisFormat& format) {
    return format.number_only ? io::format_number(value) : io::format_value(value, format.unit);
}

double min_tick_step(model::Unit unit) { return unit == model::Unit::calendar_year ? 1.0 : 0.0; }

// ---- Hover lookup -----------------------------------------------------------------------

int nearest_index(std::span<const double> xs, double x) {
    if (std::isnan(x)) return -1;
    int best = -1;
    double best_distance = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < xs.size(); ++i) {
        if (!std::isfinite(xs[i])) continue;
        const double distance = std::abs(xs[i] - x);
        if (best < 0 || distance < best_distance) {
            best = static_cast<int>(i);
            best_distance = distance;
        }
    }
    return best;
}

}  // namespace boomerang::ui::charts
