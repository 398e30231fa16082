// One input on screen: label (drag it to scrub the value), the typed field, the source or
// assumption behind the value, a reset-to-preset button, and the message if an entry was
// refused.
#pragma once

#include "model/fields.hpp"
#include "ui/panels/inputs_panel.hpp"

namespace boomerang::ui {

void draw_input_row(Document& document, InputsState& state, ViewContext& view, const model::InputField& field);
void draw_choice_row(Document& document, ViewContext& view, const model::ChoiceField& field);

// The tooltip for an input: what it means, then its source or assumption in the document.
void input_tooltip(const Document& document, std::string_view path, std::string_view help);

}  // namespace boomerang::ui
