#include "ui/panels/deal_editor_panel.hpp"

#include <array>

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

constexpr std::array kBlocks = {Block::capacity, Block::rental, Block::exit,
                                Block::financing, Block::project_finance, Block::warrants};

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

void draw_add_blocks(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    const model::Deal& deal = *model::find_deal(document.book(), deal_id);
    bool any = false;
    for (Block block : kBlocks) {
        if (model::has_block(deal, block)) continue;
        if (!any) ImGui::TextUnformatted("Add terms:");
        any = true;
        const std::string id = "block.add." + std::string(model::block_name(block));
        ImGui::SameLine();
        if (ImGui::GetContentRegionAvail().x < ImGui::CalcTextSize(model::block_title(block).data()).x + 20) ImGui::NewLine();
        const std::string label = "+ " + std::string(model::block_title(block));
        if (view.small_button(label.c_str())) {
            state.editors["block.add"].error = document.apply(model::add_block(document.book(), deal_id, block));
        }
        view.widgets.record_last_item(id);
    }
    draw_error(state, view, "block.add");
}

}  // namespace

void draw_deal_editor(BookDocument& document, DealEditorState& state, ViewContext& view, const std::string& deal_id) {
    if (!model::find_deal(document.book(), deal_id)) return;
    ImGui::PushID(deal_id.c_str());
    draw_parties(document, state, view, deal_id);
    status_row(document, state, view, deal_id);
    date_row(document, state, view, deal_id, "deal.announced", "Announced", &model::Deal::announced);
    date_row(document, state, view, deal_id, "deal.start", "Start (first payment and deployment)", &model::Deal::start);
    if (const model::DealInputField* field = model::find_deal_input_field(Block::deal, "market_cap_change_usd")) {
        draw_deal_number_row(document, state, view, deal_id, *field);
    }
    ImGui::Spacing();
    for (Block block : kBlocks) {
        if (model::has_block(*model::find_deal(document.book(), deal_id), block)) {
            draw_block(document, state, view, deal_id, block);
        }
    }
    draw_add_blocks(document, state, view, deal_id);
    draw_deal_assumptions(document, state, view, deal_id);
    ImGui::PopID();
}

}  // namespace boomerang::ui
