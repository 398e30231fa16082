// Fuzzes io::parse_quantity and io::parse_input, which read every number a user types into a
// field ("15B", "$1.25bn", "90 days"). Each input is tried in every unit and every field.
//
// Invariants beyond "no crash, no sanitizer report":
//   - a parsed quantity is finite; a refusal says why, in valid UTF-8;
//   - parse_input accepts exactly what parse_quantity reads and check_input allows, names the
//     field when it refuses, and what it accepts is within the field's bounds and
//     max_input_magnitude;
//   - the text a field shows for an accepted value (format_value, what quantity_input puts in
//     the box) parses again in that field's unit: pressing Enter on it must not be refused
//     for its syntax.
#include "fuzz_check.hpp"

#include "io/format.hpp"
#include "io/scenario_paths.hpp"
#include "io/units.hpp"
#include "model/fields.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace boomerang;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string shown_text(text);

    // Parsed once per unit; the fields below reuse these.
    std::vector<model::Result<double>> in_unit;
    for (int u = 0; u <= static_cast<int>(model::Unit::calendar_year); ++u) {
        const auto& quantity = in_unit.emplace_back(io::parse_quantity(text, static_cast<model::Unit>(u)));
        if (quantity) {
            require(std::isfinite(*quantity), "a parsed quantity is finite", shown_text);
        } else {
            fuzz::require_showable(quantity.error().message);
        }
    }

    for (const model::InputField& field : model::input_fields()) {
        const std::string path = io::field_path(field.section, field.key);
        const auto input = io::parse_input(text, field);
        const auto& quantity = in_unit[static_cast<std::size_t>(field.unit)];
        require(input.ok() == (quantity.ok() && io::check_input(*quantity, field).ok()),
                "parse_input is parse_quantity then check_input", path + ": " + shown_text);
        if (!input) {
            require(input.error().field == path, "a refused entry names its field", path);
            fuzz::require_showable(input.error().message);
            continue;
        }
        const double value = *input;
        require(field.bounds.contains(value) && std::abs(value) <= io::max_input_magnitude,
                "an accepted entry is within the field's bounds", path + ": " + shown_text);

        const std::string shown = io::format_value(value, field.unit);
        const auto back = io::parse_quantity(shown, field.unit);
        require(back.ok(), "the text shown for an accepted value parses again",
                path + ": " + shown_text + " shows as " + shown + (back.ok() ? "" : ": " + back.error().message));
    }
    return 0;
}
