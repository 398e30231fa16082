// Editable tables for the list inputs: investment tranches, warrant tranches, the
// companies of a deal network and the flows between them.
#pragma once

#include "ui/panels/input_groups.hpp"
#include "ui/panels/inputs_panel.hpp"

namespace boomerang::ui {

void draw_list_editor(Document& document, InputsState& state, ViewContext& view, ListEditor list);

}  // namespace boomerang::ui
