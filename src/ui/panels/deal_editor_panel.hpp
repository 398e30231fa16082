// The selected deal's terms: its title, parties, status and dates, then one section per term
// block it has (with that block's choices, numbers and tranches), buttons to add the blocks it
// lacks (asking first for the value a block starts with, when it needs one: "+ Capacity bought"
// asks for the gigawatts), and the assumptions it may override. Reads the document, proposes
// edits to it.
#pragma once

#include <string>

#include "ui/panels/deal_row.hpp"

namespace boomerang::ui {

void draw_deal_editor(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id);

}  // namespace boomerang::ui
