#include "ui/panels/book_summary_panel.hpp"

#include <imgui.h>

#include "io/book_results_json.hpp"
#include "io/format.hpp"

namespace boomerang::ui {

namespace {

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
    total_line("Of it, going round in cycles:",
               io::format_usd(totals.circular_flow_usd) + " (" + io::format_percent(totals.circular_share_fraction) + ")",
               "book.circular_flow_usd", view);

    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    if (results.companies.empty() || !ImGui::BeginTable("companies", 7, kFlags)) return;
    ImGui::TableSetupColumn("Company");
    ImGui::TableSetupColumn("Receives");
    ImGui::TableSetupColumn("Sends");
    ImGui::TableSetupColumn("Outside money");
    ImGui::TableSetupColumn("Back: fungible");
    ImGui::TableSetupColumn("Back: earmarked");
    ImGui::TableSetupColumn("Pays ÷ outside money");
    ImGui::TableHeadersRow();
    for (const model::BookCompany& company : results.companies) {
        ImGui::TableNextRow();
        cell(company.name);
        view.widgets.record_last_item("book.company." + company.name);
        cell(io::format_usd(company.inflow_usd));
        cell(io::format_usd(company.outflow_usd));
        cell(company.outside_money_usd_per_year ? io::format_usd(*company.outside_money_usd_per_year) + "/yr" : "—");
        cell(io::format_percent(company.boomerang_fungible_ratio));
        cell(io::format_percent(company.boomerang_earmarked_ratio));
        cell(company.commitments_to_outside_money_ratio
                 ? io::format_value(*company.commitments_to_outside_money_ratio, model::Unit::ratio)
                 : "—");
    }
    ImGui::EndTable();
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    for (auto rule : {model::AttributionRule::fungible, model::AttributionRule::earmarked}) {
        ImGui::TextWrapped("%s", std::string(io::attribution_rule_text(rule)).c_str());
    }
    ImGui::PopStyleColor();
}

}  // namespace boomerang::ui
