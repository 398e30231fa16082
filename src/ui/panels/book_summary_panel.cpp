#include "ui/panels/book_summary_panel.hpp"

#include <algorithm>

#include <imgui.h>

#include "io/book_results_json.hpp"
#include "io/format.hpp"
#include "model/deal_figures.hpp"
#include "ui/panels/ratio_progress.hpp"
#include "ui/visible_rows.hpp"

namespace boomerang::ui {

namespace {

constexpr float kTitleColumnCssPx = 300.0f;

void total_line(const char* label, const std::string& value, const char* id, ViewContext& view) {
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.accent);
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopStyleColor();
    view.widgets.record_last_item(id);
}

void cell(const std::string& text) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(text.c_str());
}

// A deal's figure as the table shows it: formatted, or "—" where the deal lacks it.
std::string figure_text(const model::DealResults& results, model::Block block, std::string_view key) {
    const model::DealFigure* figure = model::find_deal_figure(block, key);
    const std::optional<double> value = figure ? figure->get(results) : std::nullopt;
    return value ? io::format_value(*value, figure->unit) : "—";
}

// Price per GPU-hour: what a rental charges, else what owning the capacity costs.
std::string gpu_hour_text(const model::DealResults& results) {
    const std::string rental = figure_text(results, model::Block::rental, "usd_per_gpu_hour");
    return rental != "—" ? rental : figure_text(results, model::Block::capacity, "cost_usd_per_gpu_hour");
}

// A table that scrolls sideways on a narrow screen is as tall as its rows: without a height,
// Dear ImGui gives it all the room left in the window.
ImVec2 table_size(std::size_t rows) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row = ImGui::GetTextLineHeight() + style.CellPadding.y * 2;
    return {0.0f, row * static_cast<float>(rows + 1) + style.ScrollbarSize + style.CellPadding.y * 2};
}

void deals_table(const BookDocument& document, ViewContext& view) {
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX |
                                       ImGuiTableFlags_SizingFixedFit;
    const auto& deals = document.book().deals;
    if (deals.empty() || !ImGui::BeginTable("deals", 8, kFlags, table_size(deals.size()))) return;
    // Long titles are cut at the column's edge (the full title is in the deal list).
    ImGui::TableSetupColumn("Deal", ImGuiTableColumnFlags_WidthFixed, view.px(kTitleColumnCssPx));
    for (const char* heading : {"Parties", "Status", "Headline", "Firm", "GW", "GPUs", "$/GPU-hour"}) {
        ImGui::TableSetupColumn(heading);
    }
    ImGui::TableHeadersRow();
    draw_visible_rows(std::min(deals.size(), document.results().deals.size()), [&](std::size_t i) {
        const model::Deal& deal = deals[i];
        const model::DealResults& results = document.results().deals[i];
        ImGui::TableNextRow();
        cell(deal.title.empty() ? deal.id : deal.title);
        view.widgets.record_last_item("book.deal." + deal.id);
        cell(deal.buyer + (deal.seller.empty() ? "" : " → " + deal.seller));
        cell(std::string(model::status_label(deal.status)));
        cell(figure_text(results, model::Block::exit, "headline_value_usd"));
        cell(figure_text(results, model::Block::exit, "firm_value_usd"));
        cell(figure_text(results, model::Block::capacity, "capacity_gw"));
        cell(figure_text(results, model::Block::capacity, "gpus"));
        cell(gpu_hour_text(results));
    });
    ImGui::EndTable();
    view.widgets.record_last_item("book.deals");
}

}  // namespace

void draw_book_summary(const BookDocument& document, ViewContext& view) {
    const model::BookResults& results = document.results();
    const model::BookTotals& totals = results.totals;
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextWrapped("Read over %d–%d, every deal of the book together.", document.book().window.first_year,
                       document.book().window.last_year);
    ImGui::PopStyleColor();
    total_line("Headline value of the deals:", io::format_usd(totals.headline_usd), "book.headline_usd", view);
    total_line("Firm value:", io::format_usd(totals.firm_usd), "book.firm_usd", view);
    total_line("Money moving in the window:", io::format_usd(totals.flow_usd), "book.flow_usd", view);
    total_line(
        "Of it, going round in cycles:",
        io::format_usd(totals.circular_flow_usd) + " (" + io::format_percent(totals.circular_share_fraction) + ")",
        "book.circular_flow_usd", view);

    ImGui::Spacing();
    deals_table(document, view);
    ImGui::Spacing();
    draw_ratio_progress(document, view);

    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollX |
                                       ImGuiTableFlags_SizingFixedFit;
    if (results.companies.empty() ||
        !ImGui::BeginTable("companies", 10, kFlags, table_size(results.companies.size()))) {
        return;
    }
    for (const char* heading : {"Company", "Receives", "Sends", "Outside money", "Back: fungible", "Back: earmarked",
                                "Commits (headline)", "Commits (firm)", "Backlog", "Pays ÷ outside money"}) {
        ImGui::TableSetupColumn(heading);
    }
    ImGui::TableHeadersRow();
    draw_visible_rows(results.companies.size(), [&](std::size_t i) {
        const model::BookCompany& company = results.companies[i];
        ImGui::TableNextRow();
        cell(company.name);
        view.widgets.record_last_item("book.company." + company.name);
        cell(io::format_usd(company.inflow_usd));
        cell(io::format_usd(company.outflow_usd));
        cell(company.outside_money_usd_per_year ? io::format_usd(*company.outside_money_usd_per_year) + "/yr" : "—");
        cell(results.ratios_pending ? "…" : io::format_percent(company.boomerang_fungible_ratio));
        cell(io::format_percent(company.boomerang_earmarked_ratio));
        cell(io::format_usd(company.commitments_headline_usd));
        cell(io::format_usd(company.commitments_firm_usd));
        cell(io::format_usd(company.backlog_in_window_usd));
        cell(company.commitments_to_outside_money_ratio
                 ? io::format_value(*company.commitments_to_outside_money_ratio, model::Unit::ratio)
                 : "—");
    });
    ImGui::EndTable();
    view.widgets.record_last_item("book.companies");
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    for (auto rule : {model::AttributionRule::fungible, model::AttributionRule::earmarked}) {
        ImGui::TextWrapped("%s", std::string(io::attribution_rule_text(rule)).c_str());
    }
    ImGui::PopStyleColor();
}

}  // namespace boomerang::ui
