// The inputs column: every model input, grouped (Deal; Power & operations; Exit clauses;
// Vendor financing & warrants; Network; Supply). Reads the document, proposes edits to it.
#pragma once

#include <map>
#include <string>

#include "ui/quantity_input.hpp"
#include "ui/state/document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct InputsState {
    std::map<std::string, QuantityEditor> editors;  // by input path, e.g. "capacity.capacity_gw"
    std::map<std::string, QuantityEditor> name_edits;  // company names being typed, by path
};

void draw_inputs_panel(Document& document, InputsState& state, ViewContext& view);

}  // namespace boomerang::ui
