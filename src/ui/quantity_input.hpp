// A number field that speaks people's units: shows "$1.25B", accepts "15B", "$1.25bn",
// "500k", "90 days", "6 GW", "40%". Enter (or leaving the field) commits, Esc cancels.
//
// The widget only proposes a value; the caller decides whether it is acceptable (the
// model validates it) and, if not, hands back the message to show under the field.
#pragma once

#include <optional>
#include <string>

#include "model/fields.hpp"

namespace boomerang::ui {

// The on-screen keyboard an entry needs on a phone: digits and a point where a bare number
// means the field's unit ("18.2" in a GW field), the full keyboard where entries need a
// magnitude or a sign ("$1.25B", "450k", "40%"), and for names and dates.
enum class Keyboard { text, decimal };

Keyboard keyboard_for(model::Unit unit);

// What a field remembers between frames while the user types.
struct QuantityEditor {
    std::string text;      // the text being edited
    std::string error;     // why the last entry was refused; empty when it was fine
    bool editing = false;  // the field had keyboard focus in the last frame
};

// A number field as the widget needs it: where errors point, its unit and its bounds.
struct QuantityField {
    std::string path;  // "capacity.capacity_gw": the widget's id and the messages' subject
    model::Unit unit;
    model::Bounds bounds;
    bool may_be_empty = false;  // an empty entry clears the value (a deal's optional input)
};

// Draws the field showing `value` (empty when absent). Returns what the user committed: a
// parsed value within bounds, or nullopt inside when they emptied a field that may be empty.
// A refused entry's reason goes to `editor.error`, and nothing is returned.
std::optional<std::optional<double>> quantity_input(const QuantityField& field, std::optional<double> value,
                                                    QuantityEditor& editor);

// Draws the field for `field` showing `value` (full available width). Returns the value
// when the user commits an entry that parses and lies within the field's bounds; otherwise
// the reason is stored in `editor.error`.
std::optional<double> quantity_input(const model::InputField& field, double value, QuantityEditor& editor);

// Draws `editor.error` (if any) in the theme's error colour, wrapped to the column.
void quantity_error(const QuantityEditor& editor, unsigned error_color);

}  // namespace boomerang::ui
