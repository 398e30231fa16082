#include "ui/panels/deal_list_panel.hpp"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>

#include "model/book.hpp"
#include "model/book_rules.hpp"
#include "ui/visible_rows.hpp"

namespace boomerang::ui {

namespace {

constexpr const char* kTemplateKeys[] = {"chip_purchase", "vendor_financed_purchase", "compute_rental",
                                         "warrants_deal"};

std::size_t index_of(const model::Book& book, const std::string& id) {
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        if (book.deals[i].id == id) return i;
    }
    return book.deals.size();
}

std::string parties_text(const model::Deal& deal) {
    std::string text = deal.buyer;
    if (!deal.seller.empty()) text += " buys from " + deal.seller;
    if (!deal.investor.empty()) text += "; " + deal.investor + " invests";
    return text;
}

void deal_row(const model::Deal& deal, DealListState& state, ViewContext& view) {
    const std::string id = "deal.select." + deal.id;
    const std::string title = deal.title.empty() ? deal.id : deal.title;
    ImGui::PushID(deal.id.c_str());
    const float height = std::max(ImGui::GetTextLineHeightWithSpacing() * 2, view.tap_row_height());
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float right = top.x + ImGui::GetContentRegionAvail().x;  // the text's margin, inside the highlight
    if (ImGui::Selectable("##deal", state.selected == deal.id, ImGuiSelectableFlags_None, {0.0f, height})) {
        state.selected = deal.id;
    }
    view.widgets.record_last_item(id);
    std::string detail = parties_text(deal) + " · " + std::string(model::status_label(deal.status));
    if (deal.excluded_from_network) detail += " · left out of the network";
    // A line too long for the row (a phone) ends in "…"; hovering (a long press) shows it all.
    const float line = ImGui::GetTextLineHeightWithSpacing();
    bool cut = false;
    const auto draw_line = [&](float y, const std::string& text, ImU32 color) {
        cut |= top.x + ImGui::CalcTextSize(text.c_str()).x > right;
        ImGui::PushStyleColor(ImGuiCol_Text, color);
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), {top.x, y}, {right, y + line}, right, right, text.c_str(),
                                  nullptr, nullptr);
        ImGui::PopStyleColor();
    };
    draw_line(top.y, title, ImGui::GetColorU32(ImGuiCol_Text));
    draw_line(top.y + line, detail, view.colors.muted_text);
    if (cut && ImGui::IsItemHovered(ImGuiHoveredFlags_DelayNormal)) {
        ImGui::SetTooltip("%s\n%s", title.c_str(), detail.c_str());
    }
    ImGui::PopID();
}

void add_menu(BookDocument& document, DealListState& state, ViewContext& view) {
    if (ImGui::Button("+ Deal")) ImGui::OpenPopup("add_deal");
    view.widgets.record_last_item("deal.add");
    if (!ImGui::BeginPopup("add_deal")) return;
    // A deal read from a sentence (ui/panels/headline_panel.hpp), or one from a template.
    if (view.list_item("Paste a headline…")) state.headline_asked = true;
    view.widgets.record_last_item("deal.headline");
    ImGui::Separator();
    const auto templates = model::deal_templates();
    for (std::size_t i = 0; i < templates.size(); ++i) {
        const std::string label(templates[i].label);
        if (view.list_item(label.c_str())) {
            const model::Book& book = document.book();
            const model::Date start{book.window.first_year, 1, 0};
            state.error =
                document.apply(model::add_deal_from_template(book, templates[i].kind, "Buyer", "Seller", start));
            if (state.error.empty() && !document.book().deals.empty()) state.selected = document.book().deals.back().id;
        }
        view.widgets.record_last_item(std::string("deal.template.") + kTemplateKeys[i % std::size(kTemplateKeys)]);
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
            ImGui::SetTooltip("%s", std::string(templates[i].example_note).c_str());
        }
    }
    ImGui::EndPopup();
}

// A button that stays visible but does nothing while `enabled` is false.
bool list_button(const char* label, const char* id, bool enabled, ViewContext& view) {
    ImGui::SameLine();
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label);
    ImGui::EndDisabled();
    view.widgets.record_last_item(id);
    return pressed;
}

}  // namespace

void keep_selection_valid(const BookDocument& document, DealListState& state) {
    const model::Book& book = document.book();
    if (index_of(book, state.selected) < book.deals.size()) return;
    state.selected = book.deals.empty() ? std::string() : book.deals.front().id;
}

void draw_deal_list(BookDocument& document, DealListState& state, ViewContext& view) {
    keep_selection_valid(document, state);
    const auto& deals = document.book().deals;
    draw_visible_rows(deals.size(), [&](std::size_t i) { deal_row(deals[i], state, view); });
    if (document.book().deals.empty()) ImGui::TextWrapped("This book has no deals yet. Add one:");

    const std::size_t at = index_of(document.book(), state.selected);
    const bool has = at < document.book().deals.size();
    add_menu(document, state, view);
    if (list_button("Duplicate", "deal.duplicate", has, view)) {
        state.error = document.apply(model::duplicate_deal(document.book(), state.selected));
        if (state.error.empty()) state.selected = document.book().deals[at + 1].id;
    }
    if (list_button("Remove", "deal.remove", has, view)) {
        state.error = document.apply(model::remove_deal(document.book(), state.selected));
        if (state.error.empty()) {
            const auto& deals = document.book().deals;
            state.selected = deals.empty() ? std::string() : deals[std::min(at, deals.size() - 1)].id;
        }
    }
    if (list_button("↑", "deal.up", has && at > 0, view)) {
        state.error = document.apply(model::move_deal(document.book(), state.selected, at - 1));
    }
    if (list_button("↓", "deal.down", has && at + 1 < document.book().deals.size(), view)) {
        state.error = document.apply(model::move_deal(document.book(), state.selected, at + 1));
    }
    if (!state.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", state.error.c_str());
        ImGui::PopStyleColor();
    }
}

}  // namespace boomerang::ui
