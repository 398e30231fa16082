// The parts of a deal's term blocks that are not plain numbers: the choices (power basis,
// which capacity figure is computed, what the price pays for, how the term is given, where the
// headline comes from, who may give notice), deployment and end dates, the tranche tables of
// vendor financing and warrants, and the book's assumptions the deal may override.
#pragma once

#include <string>

#include "model/deal_fields.hpp"
#include "ui/panels/deal_row.hpp"

namespace boomerang::ui {

// True for the number the block computes from the others (GPUs from GW × GPUs per GW, the
// term from an end date): it shows as a result, not as an input.
bool is_computed_field(const model::Book& book, const std::string& deal_id, const model::DealInputField& field);
// The computed number's line: its label and value, marked as computed.
void draw_computed_row(const BookDocument& document, ViewContext& view, const std::string& deal_id,
                       const model::DealInputField& field);

void draw_block_choices(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                        model::Block block);
void draw_block_tranches(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                         model::Block block);
void draw_deal_assumptions(BookDocument& document, DealEditorState& state, ViewContext& view,
                           const std::string& deal_id);

}  // namespace boomerang::ui
