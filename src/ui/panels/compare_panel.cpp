#include "ui/panels/compare_panel.hpp"

#include <cmath>

#include <imgui.h>

#include "io/format.hpp"
#include "ui/panels/results_panel.hpp"

namespace boomerang::ui {

namespace {

// Outputs per section are many; the table scrolls inside this height (in text lines).
constexpr float kTableHeightLines = 14.0f;

}  // namespace

std::string difference_text(double a, double b, model::Unit unit) {
    if (!std::isfinite(a) || !std::isfinite(b)) return io::not_available;
    if (a == b) return "same";
    const double change = b - a;
    std::string out = change > 0 ? "+" : "";
    out += io::format_value(change, unit);
    if (a != 0.0 && unit != model::Unit::calendar_year) {
        const double relative = change / std::fabs(a);
        out += " (" + std::string(relative > 0 ? "+" : "") + io::format_percent(relative) + ")";
    }
    return out;
}

void draw_compare_panel(const Document& pinned, const Document& current, ViewContext& view) {
    ImGui::PushFont(view.fonts.title);
    ImGui::TextUnformatted("Compare: A (pinned) and B (being edited)");
    ImGui::PopFont();
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetTextLineHeightWithSpacing() * kTableHeightLines;
    if (!ImGui::BeginTable("compare", 4, kFlags, {0.0f, height})) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Output", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("A", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("B", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("B − A", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    for (const model::OutputField& field : model::output_fields()) {
        const double a = field.get(pinned.results());
        const double b = field.get(current.results());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(field.label.data(), field.label.data() + field.label.size());
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
            ImGui::SetTooltip("%s", formula_with_inputs(field, current.scenario()).c_str());
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(io::format_value(a, field.unit).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(io::format_value(b, field.unit).c_str());
        ImGui::TableNextColumn();
        const bool same = a == b;
        if (same) ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
        ImGui::TextUnformatted(difference_text(a, b, field.unit).c_str());
        if (same) ImGui::PopStyleColor();
    }
    ImGui::EndTable();
    view.widgets.record_last_item("compare.table");
}

}  // namespace boomerang::ui
