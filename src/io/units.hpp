// Numbers typed by people: "15B", "$1.25bn", "6000 MW", "40%", "$20B/GW", "3 months".
//
// parse_quantity() reads one such text for a field of a given model::Unit and returns the
// value in that unit's base (dollars, GW, days, a fraction for "40%"). It reads the same
// on every platform and in every locale: the decimal point is always '.', and ',' or '_'
// only group thousands ("1,250M", "500_000"). When it cannot read the text it says why in
// a sentence the UI shows as is, with examples that do parse:
//   “15Bx” is not a dollar amount: unexpected “x” after “15B”. Try 15B, $1.25bn or 500M.
//
// Accepted forms, for a field of unit U:
//   [-] [$] number [magnitude] [unit] [per-unit]
//   number     digits with an optional fraction and exponent: 15, 1.25, .5, 1e9, 1,250.5
//   magnitude  k thousand | M m mn mm million | B b bn billion | T t tn trillion
//   unit       $ USD dollars | GW MW kW | TWh GWh MWh kWh | GPUs | wafers | dies | shares |
//              % percent | x × | days weeks months years (d wk mo yr y)
//   per-unit   "/", "per", "a", "an", "each" or "every", then a unit, e.g. "/GW", "a month"
// A text without units is in U's base unit ("0.4" in a fraction field is 40%). Units
// convert within their family (6000 MW = 6 GW, "$1.25B a month" = $15B a year); a month
// is the commitment model's 30 days (model::days_per_month), a year 12 months or 365 days.
#pragma once

#include "model/fields.hpp"
#include "model/result.hpp"

#include <string>
#include <string_view>

namespace boomerang::io {

// Inputs beyond this magnitude (in their base unit: $1,000 trillion, 10^15 GW, ...) are
// typing slips, not deals; rejecting them keeps every result finite. Scenario files use the
// same limit.
inline constexpr double max_input_magnitude = model::max_input_magnitude;

// What a field of this unit holds, for messages: "a dollar amount", "a power in GW".
std::string_view unit_noun(model::Unit unit);

// Three texts that parse for this unit, for hints: "15B, $1.25bn or 500M".
std::string_view unit_examples(model::Unit unit);

// The value of `text` in `unit`'s base unit, or why it is not one. Error::field is empty:
// the caller knows which field it is parsing.
model::Result<double> parse_quantity(std::string_view text, model::Unit unit);

// parse_quantity for one input field, then the field's bounds and max_input_magnitude.
// Error::field is "section.key", e.g. "capacity.capacity_gw".
model::Result<double> parse_input(std::string_view text, const model::InputField& field);

// parse_quantity, then `bounds` and max_input_magnitude; errors name the value by `path`
// ("capacity.capacity_gw"). For fields described by unit and bounds alone (a deal's inputs).
model::Result<double> parse_bounded(std::string_view text, model::Unit unit, const model::Bounds& bounds,
                                    std::string_view path);

// Checks a value against the field's bounds and max_input_magnitude; the message names the
// field by its path: "capacity.capacity_gw must be a finite number > 0 (got -3)".
model::Result<double> check_input(double value, const model::InputField& field);

// Checks that a value is finite and within max_input_magnitude, naming it by `path`.
model::Result<double> check_magnitude(double value, std::string_view path);

}  // namespace boomerang::io
