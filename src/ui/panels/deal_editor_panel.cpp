#include "ui/panels/deal_editor_panel.hpp"

#include <vector>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "io/book_json.hpp"
#include "io/format.hpp"
#include "model/book.hpp"
#include "model/book_rules.hpp"
#include "model/deal_figures.hpp"
#include "ui/panels/deal_terms.hpp"

namespace boomerang::ui {

namespace {

using model::Block;

void draw_error(DealEditorState& state, ViewContext& view, const std::string& id) {
    quantity_error(state.editors[id], view.colors.error_text);
}

void date_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
              const std::string& id, std::string_view label, std::optional<model::Date> model::Deal::*member) {
    month_row(document, state, view, deal_id, id, label, model::find_deal(document.book(), deal_id)->*member,
              [member](model::Deal& deal, std::optional<model::Date> date) { deal.*member = date; });
}

void status_row(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    const model::Deal& deal = *model::find_deal(document.book(), deal_id);
    ImGui::TextUnformatted("Status");
    ImGui::SetNextItemWidth(-1.0f);
    const std::string current(model::status_label(deal.status));
    if (ImGui::BeginCombo("##status", current.c_str())) {
        for (int i = 0; i <= static_cast<int>(model::DealStatus::cancelled); ++i) {
            const auto status = static_cast<model::DealStatus>(i);
            const std::string label(model::status_label(status));
            if (view.list_item(label.c_str(), status == deal.status) && status != deal.status) {
                edit_deal(document, state, deal_id, "deal.status", [&](model::Deal& edited) {
                    edited.status = status;
                    return std::string();
                });
            }
            view.widgets.record_last_item("deal.status." + std::string(io::status_name(status)));
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item("deal.status");
    draw_error(state, view, "deal.status");
    date_row(document, state, view, deal_id, "deal.status_as_of", "Status as of", &model::Deal::status_as_of);
}

void draw_parties(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    const model::Deal deal = *model::find_deal(document.book(), deal_id);
    struct Party {
        const char* id;
        const char* label;
        std::string model::Deal::*member;
        const char* hint;
    };
    const Party parties[] = {{"deal.title", "Title", &model::Deal::title, ""},
                             {"deal.buyer", "Buyer (pays)", &model::Deal::buyer, "company"},
                             {"deal.seller", "Seller (is paid)", &model::Deal::seller, "none"},
                             {"deal.investor", "Investor in the buyer", &model::Deal::investor, "none"}};
    for (const Party& party : parties) {
        if (auto typed = text_row(view, state, party.id, party.label, deal.*party.member, party.hint)) {
            edit_deal(document, state, deal_id, party.id, [&](model::Deal& edited) {
                edited.*party.member = *typed;
                return std::string();
            });
        }
        draw_error(state, view, party.id);
    }
}

void draw_block(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id,
                Block block) {
    const std::string title(model::block_title(block));
    const std::string name(model::block_name(block));
    ImGui::PushFont(view.fonts.title);
    const bool open = ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    ImGui::PopFont();
    view.widgets.record_last_item("block." + name);
    if (!open) return;
    ImGui::PushID(name.c_str());
    draw_block_choices(document, state, view, deal_id, block);
    for (const model::DealInputField& field : model::deal_input_fields()) {
        if (field.block != block) continue;
        if (is_computed_field(document.book(), deal_id, field)) {
            draw_computed_row(document, view, deal_id, field);
            continue;
        }
        draw_deal_number_row(document, state, view, deal_id, field);
    }
    draw_block_tranches(document, state, view, deal_id, block);
    const std::string remove_id = "block.remove." + name;
    if (view.small_button(("Remove " + title).c_str())) {
        state.editors[remove_id].error = document.apply(model::remove_block(document.book(), deal_id, block));
    }
    view.widgets.record_last_item(remove_id);
    draw_error(state, view, remove_id);
    ImGui::PopID();
    ImGui::Spacing();
}

// "block.start.capacity": the start field's widget id, and its editor's.
std::string start_id(Block block) { return "block.start." + std::string(model::block_name(block)); }

void close_block_start(DealEditorState& state) {
    if (state.block_start) state.editors.erase(start_id(state.block_start->block));
    state.block_start.reset();
}

// "+ <block>": adds the block at once when it can start empty; otherwise asks for its value.
void press_add(BookDocument& document, DealEditorState& state, const std::string& deal_id, Block block) {
    const model::Result<model::Book> added = model::add_block(document.book(), deal_id, block);
    if (!added && model::block_start_field(block)) {
        state.editors["block.add"].error.clear();
        if (state.block_start && state.block_start->block == block) {
            state.block_start->focus = true;
            return;
        }
        close_block_start(state);
        state.block_start = BlockStart{deal_id, block, std::nullopt};
        return;
    }
    state.editors["block.add"].error = document.apply(added);
}

// Adds the block with `value` as one undo step. Without a value the model says what is
// missing; a refusal shows under the field, which keeps the typed text.
void add_started_block(BookDocument& document, DealEditorState& state, std::optional<double> value) {
    const BlockStart start = *state.block_start;
    const std::string refused = document.apply(model::add_block(document.book(), start.deal_id, start.block, value));
    if (refused.empty()) {
        close_block_start(state);
    } else {
        state.editors[start_id(start.block)].error = refused;
    }
}

// The open question "+ <block>" asked: one field for the block's starting value, Add and Cancel.
// Enter in the field adds, Esc cancels; leaving it only keeps the entry for Add.
void draw_block_start(BookDocument& document, DealEditorState& state, ViewContext& view) {
    BlockStart& start = *state.block_start;
    const model::DealInputField& field = *model::block_start_field(start.block);
    const std::string id = start_id(start.block);
    QuantityEditor& editor = state.editors[id];
    ImGui::PushID(id.c_str());
    const std::string label =
        std::string(model::block_title(start.block)) + " starts with: " + std::string(field.label);
    ImGui::TextUnformatted(label.c_str());
    book_value_tooltip(document, "", field.help);
    if (start.focus) ImGui::SetKeyboardFocusHere();
    start.focus = false;
    const QuantityField spec{deal_field_widget_id(field), field.unit, field.bounds};
    const auto entered = quantity_input(spec, start.value, editor);
    const bool left = ImGui::IsItemDeactivated();
    const bool by_enter =
        left && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
    const bool by_escape = left && ImGui::IsKeyPressed(ImGuiKey_Escape, false);
    view.widgets.record_last_text_field(id, keyboard_for(field.unit));
    if (entered && *entered) start.value = **entered;
    // A refused entry stays refused until it is changed: Add does not add the value before it.
    bool add = by_enter && entered && *entered;
    if (view.small_button("Add") && editor.error.empty()) add = true;
    view.widgets.record_last_item("block.start.add");
    ImGui::SameLine();
    const bool cancel = view.small_button("Cancel") || by_escape;
    view.widgets.record_last_item("block.start.cancel");
    // Under the buttons: leaving the field to press one may clear the message, and the button
    // must not move away from the finger meanwhile.
    quantity_error(editor, view.colors.error_text);
    ImGui::PopID();
    if (cancel) {
        close_block_start(state);
    } else if (add) {
        add_started_block(document, state, state.block_start->value);
    }
}

void draw_add_blocks(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    // Copied first: pressing a button replaces the book the deal lives in.
    std::vector<Block> missing;
    for (Block block : model::term_blocks) {
        if (!model::has_block(*model::find_deal(document.book(), deal_id), block)) missing.push_back(block);
    }
    for (Block block : missing) {
        if (block == missing.front()) ImGui::TextUnformatted("Add terms:");
        const std::string id = "block.add." + std::string(model::block_name(block));
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(model::block_title(block).data()).x + 20)
            ImGui::NewLine();
        const std::string label = "+ " + std::string(model::block_title(block));
        if (view.small_button(label.c_str())) press_add(document, state, deal_id, block);
        view.widgets.record_last_item(id);
    }
    draw_error(state, view, "block.add");
    if (state.block_start) draw_block_start(document, state, view);
}

}  // namespace

void draw_deal_editor(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    if (!model::find_deal(document.book(), deal_id)) return;
    // The question of "+ <block>" belongs to its deal, and ends once the deal has the block.
    if (state.block_start &&
        (state.block_start->deal_id != deal_id ||
         model::has_block(*model::find_deal(document.book(), deal_id), state.block_start->block))) {
        close_block_start(state);
    }
    ImGui::PushID(deal_id.c_str());
    draw_parties(document, state, view, deal_id);
    status_row(document, state, view, deal_id);
    date_row(document, state, view, deal_id, "deal.announced", "Announced", &model::Deal::announced);
    date_row(document, state, view, deal_id, "deal.start", "Start (first payment and deployment)", &model::Deal::start);
    if (const model::DealInputField* field = model::find_deal_input_field(Block::deal, "market_cap_change_usd")) {
        draw_deal_number_row(document, state, view, deal_id, *field);
    }
    ImGui::Spacing();
    for (Block block : model::term_blocks) {
        if (model::has_block(*model::find_deal(document.book(), deal_id), block)) {
            draw_block(document, state, view, deal_id, block);
        }
    }
    draw_add_blocks(document, state, view, deal_id);
    draw_deal_assumptions(document, state, view, deal_id);
    ImGui::PopID();
}

}  // namespace boomerang::ui
