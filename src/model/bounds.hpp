// Bounds: the valid range of one scalar input, and the check that turns a bad value into the
// user-facing Error the UI shows verbatim.
//
// The model's validation and the field registry (fields.hpp) state the same bounds; a test
// (tests/model/scenario_test.cpp) walks the registry and checks that the model rejects every
// value the registry says is out of range, naming the field.
#pragma once

#include "model/result.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace boomerang::model {

inline constexpr double unbounded = std::numeric_limits<double>::infinity();

// No input of a compute deal is larger than this ($1e15 is a thousand times the largest deal)
// or, unless it is 0, smaller than that: values beyond are typing slips, and dividing by a
// denormal or multiplying maxima would turn results into infinities.
inline constexpr double max_input_magnitude = 1e15;
inline constexpr double min_nonzero_input_magnitude = 1e-9;

inline bool sensible_magnitude(double value) {
    const double size = std::abs(value);
    return size <= max_input_magnitude && (size == 0.0 || size >= min_nonzero_input_magnitude);
}

struct Bounds {
    double min = 0.0;
    double max = unbounded;
    bool min_exclusive = false;  // true when min itself is rejected (a life of 0 years)
    bool whole_number = false;   // true for counts of months, years, calendar years

    // Between min and max (and whole, if it must be), before the magnitude check.
    bool within_range(double value) const {
        if (!std::isfinite(value)) return false;
        if (min_exclusive ? value <= min : value < min) return false;
        if (value > max) return false;
        return !whole_number || value == std::floor(value);
    }
    bool contains(double value) const { return within_range(value) && sensible_magnitude(value); }
};

// Every input's bounds are one of these names; the model's validation and the field
// registry both use them, so the two cannot drift apart.
inline constexpr Bounds non_negative{0.0, unbounded, false, false};
inline constexpr Bounds positive{0.0, unbounded, true, false};
inline constexpr Bounds fraction{0.0, 1.0, false, false};
inline constexpr Bounds positive_fraction{0.0, 1.0, true, false};
inline constexpr Bounds any_finite{-unbounded, unbounded, false, false};
// A PUE of 1 spends nothing on cooling; 5 is far beyond any real site.
inline constexpr Bounds pue_bounds{1.0, 5.0, false, false};
// Fifty years of monthly rows is longer than any compute contract.
inline constexpr Bounds term_months_bounds{1.0, 600.0, false, true};
inline constexpr Bounds ramp_months_bounds{0.0, 600.0, false, false};
// Months counted within a term (discounted months, a minimum term): whole, at most a term.
inline constexpr Bounds whole_months_bounds{0.0, 600.0, false, true};
// Notice of at most the longest term, in 30-day months.
inline constexpr Bounds notice_days_bounds{0.0, 600.0 * 30.0, false, false};
inline constexpr Bounds dies_per_gpu_bounds{1.0, unbounded, false, false};
// Up to elevenfold supply a year: beyond any fab ramp, and the series stays finite.
inline constexpr Bounds supply_growth_bounds{0.0, 10.0, false, false};
inline constexpr Bounds start_year_bounds{1900.0, 3000.0, false, true};
inline constexpr Bounds horizon_years_bounds{1.0, 100.0, false, true};

// Up to 15 significant digits, no trailing zeros: "-3", "0.25", "15000000000", "nan".
inline std::string number_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", value);
    return text;
}

// "capacity_gw must be a finite number > 0 (got -3)".
inline std::string bounds_message(std::string_view key, double value, const Bounds& bounds) {
    std::string message(key);
    message += bounds.whole_number ? " must be a whole number" : " must be a finite number";
    if (bounds.min != -unbounded) {
        message += bounds.min_exclusive ? " > " : " ≥ ";
        message += number_text(bounds.min);
    }
    if (bounds.max != unbounded) {
        message += bounds.min != -unbounded ? " and ≤ " : " ≤ ";
        message += number_text(bounds.max);
    }
    message += " (got " + number_text(value) + ")";
    return message;
}

inline std::optional<Error> check_bounds(std::string_view key, double value, const Bounds& bounds) {
    if (bounds.contains(value)) return std::nullopt;
    if (bounds.within_range(value)) {
        const bool large = std::abs(value) > max_input_magnitude;
        return Error{std::string(key),
                     std::string(key) +
                         (large ? " must be a finite number of at most " + number_text(max_input_magnitude) +
                                      " in size; larger values are typing slips, not deals (got "
                                : " must be 0 or at least " + number_text(min_nonzero_input_magnitude) +
                                      " in size; smaller values are typing slips (got ") +
                         number_text(value) + ")"};
    }
    return Error{std::string(key), bounds_message(key, value, bounds)};
}

}  // namespace boomerang::model
