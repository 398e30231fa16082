#include "ui/panels/compare_panel.hpp"

#include <cmath>

#include <imgui.h>

#include "io/format.hpp"
#include "model/deal_figures.hpp"

namespace boomerang::ui {

namespace {

// Figures are many; the table scrolls inside this height (in text lines).
constexpr float kTableHeightLines = 14.0f;
constexpr const char* kAbsent = "—";

std::string shown(std::optional<double> value, model::Unit unit) {
    return value ? io::format_value(*value, unit) : kAbsent;
}

void row(const std::string& label, std::optional<double> a, std::optional<double> b, model::Unit unit,
         ViewContext& view) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(label.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(shown(a, unit).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(shown(b, unit).c_str());
    ImGui::TableNextColumn();
    const bool same = a == b;
    if (same) ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextUnformatted(difference_text(a, b, unit).c_str());
    if (same) ImGui::PopStyleColor();
}

}  // namespace

std::string difference_text(std::optional<double> a, std::optional<double> b, model::Unit unit) {
    if (!a || !b || !std::isfinite(*a) || !std::isfinite(*b)) return kAbsent;
    if (*a == *b) return "same";
    const double change = *b - *a;
    std::string out = change > 0 ? "+" : "";
    out += io::format_value(change, unit);
    if (*a != 0.0 && unit != model::Unit::calendar_year) {
        const double relative = change / std::fabs(*a);
        out += " (" + std::string(relative > 0 ? "+" : "") + io::format_percent(relative) + ")";
    }
    return out;
}

void draw_compare_panel(const BookDocument& pinned, const BookDocument& current, const std::string& deal_id,
                        ViewContext& view) {
    ImGui::PushFont(view.fonts.title);
    ImGui::TextUnformatted("Compare: A (pinned) and B (being edited)");
    ImGui::PopFont();
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                       ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetTextLineHeightWithSpacing() * kTableHeightLines;
    if (!ImGui::BeginTable("compare", 4, kFlags, {0.0f, height})) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Figure", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("A", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("B", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("B − A", ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableHeadersRow();
    const model::DealResults* a = pinned.deal_results(deal_id);
    const model::DealResults* b = current.deal_results(deal_id);
    for (const model::DealFigure& figure : model::deal_figures()) {
        const std::optional<double> in_a = a ? figure.get(*a) : std::nullopt;
        const std::optional<double> in_b = b ? figure.get(*b) : std::nullopt;
        if (in_a || in_b) row(std::string(figure.label), in_a, in_b, figure.unit, view);
    }
    const model::BookTotals& ta = pinned.results().totals;
    const model::BookTotals& tb = current.results().totals;
    row("Book: headline value", ta.headline_usd, tb.headline_usd, model::Unit::usd, view);
    row("Book: firm value", ta.firm_usd, tb.firm_usd, model::Unit::usd, view);
    row("Book: money moving", ta.flow_usd, tb.flow_usd, model::Unit::usd, view);
    row("Book: circular share", ta.circular_share_fraction, tb.circular_share_fraction, model::Unit::fraction, view);
    ImGui::EndTable();
    view.widgets.record_last_item("compare.table");
}

}  // namespace boomerang::ui
