// How the inputs are grouped on screen, and which inputs the model may derive instead.
#pragma once

#include <span>
#include <string_view>

#include "model/fields.hpp"

namespace boomerang::ui {

// A list input (not a scalar) drawn as an editable table inside a group.
enum class ListEditor { none, investment_tranches, warrant_tranches, companies, flows };

struct InputGroup {
    std::string_view title;
    model::Section section;
    // Keys of scalar and choice fields, in display order; empty = every field of the
    // section, in registry order.
    std::span<const std::string_view> keys;
    std::span<const ListEditor> lists;
    bool open_by_default;
};

// Deal; Power & operations; Exit clauses; Vendor financing & warrants; Network; Supply.
std::span<const InputGroup> input_groups();

// A field that is an input only while a choice selects it (the deal sized by GW makes GW
// an input and deal size a result). Typing into it selects it.
struct Alternative {
    model::Section section;
    std::string_view key;
    std::string_view choice_key;
    std::string_view option_key;  // the choice's option that makes `key` an input
};

// The alternative describing `field`, if it has one.
const Alternative* find_alternative(model::Section section, std::string_view key);

// True when the scenario's choice currently makes the model derive `field`.
bool is_derived(const model::Scenario& scenario, const model::InputField& field);

// Makes `field` the input its choice selects (no-op for fields without alternatives).
void select_as_input(model::Scenario& scenario, const model::InputField& field);

}  // namespace boomerang::ui
