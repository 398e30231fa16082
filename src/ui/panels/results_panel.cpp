#include "ui/panels/results_panel.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>

#include <imgui.h>

#include "io/format.hpp"
#include "io/units.hpp"

namespace boomerang::ui {

using namespace std::string_literals;

namespace {

using model::Section;

// Cards narrower than this (CSS pixels) would wrap their figures: fewer columns instead.
constexpr float kCardMinWidthCssPx = 200.0f;
constexpr float kTooltipWidthEm = 30.0f;

struct FigureCard {
    Section section;
    std::string_view key;
    std::string_view secondary_key;  // a second output shown small under the figure
};

constexpr std::array kCards = {
    FigureCard{Section::capacity, "gpus", "capacity_gw"},
    FigureCard{Section::capacity, "total_capex_usd", "hardware_capex_usd"},
    FigureCard{Section::capacity, "breakeven_revenue_usd_per_year", "energy_cost_usd_per_year"},
    FigureCard{Section::capacity, "cost_usd_per_gpu_hour", "hardware_usd_per_gpu"},
    FigureCard{Section::commitment, "firm_value_usd", "headline_value_usd"},
    FigureCard{Section::commitment, "expected_value_usd", "firm_share_fraction"},
    FigureCard{Section::circularity, "round_trip_ratio", "vendor_net_cash_usd"},
    FigureCard{Section::network, "circular_share_fraction", "circular_flow_usd"},
    FigureCard{Section::supply, "years_to_deliver", "supply_gw_per_year"},
};

struct CardLayout {
    float width;
    int columns;
};

CardLayout card_layout(ViewContext& view) {
    const float available = ImGui::GetContentRegionAvail().x;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const int columns = std::max(1, static_cast<int>((available + spacing) / (view.px(kCardMinWidthCssPx) + spacing)));
    return {(available - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns), columns};
}

// One card: caption, big figure, a small second line. Returns after recording its rect.
void card(ViewContext& view, const std::string& id, float width, std::string_view caption, const std::string& figure,
          const std::string& detail, const std::function<std::string()>& tooltip) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float height = view.fonts.figure->FontSize + ImGui::GetTextLineHeightWithSpacing() * 2 + style.WindowPadding.y * 2;
    ImGui::BeginChild(id.c_str(), {width, height}, ImGuiChildFlags_Border, ImGuiWindowFlags_NoScrollbar);
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextUnformatted(caption.data(), caption.data() + caption.size());
    ImGui::PopStyleColor();
    ImGui::PushFont(view.fonts.figure);
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.accent);
    ImGui::TextUnformatted(figure.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, view.colors.muted_text);
    ImGui::TextUnformatted(detail.c_str());
    ImGui::PopStyleColor();
    ImGui::EndChild();
    view.widgets.record_last_item(id);
    // The tooltip text is built only while it shows, not on every frame for every card.
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort)) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * kTooltipWidthEm);
        ImGui::TextUnformatted(tooltip().c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

std::optional<std::size_t> shown_company(const model::NetworkResults& network, std::optional<std::size_t> selected) {
    if (selected && *selected < network.companies.size()) return selected;
    if (network.companies.empty()) return std::nullopt;
    const auto best = std::max_element(network.companies.begin(), network.companies.end(),
                                       [](const auto& a, const auto& b) { return a.boomerang_ratio < b.boomerang_ratio; });
    return static_cast<std::size_t>(best - network.companies.begin());
}

}  // namespace

namespace {

// True when `formula` names `key` as a whole word: "gpus" is not in "gpus_per_gw".
bool names_input(std::string_view formula, std::string_view key) {
    const auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    for (auto at = formula.find(key); at != std::string_view::npos; at = formula.find(key, at + 1)) {
        const bool starts = at == 0 || !is_word(formula[at - 1]);
        const bool ends = at + key.size() == formula.size() || !is_word(formula[at + key.size()]);
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace

std::string formula_with_inputs(const model::OutputField& output, const model::Scenario& scenario) {
    std::string out(output.formula);
    std::string inputs;
    for (const model::InputField& input : model::input_fields()) {
        if (input.section != output.section || !names_input(output.formula, input.key)) continue;
        inputs += "\n" + std::string(input.key) + " = " + io::format_value(input.get(scenario), input.unit);
    }
    if (!inputs.empty()) out += "\n\nWith:" + inputs;
    return out;
}

std::vector<KeyFigure> key_figures(const Document& document, std::optional<std::size_t> selected_company) {
    std::vector<KeyFigure> figures;
    const model::ScenarioResults& results = document.results();
    for (const FigureCard& spec : kCards) {
        const model::OutputField* field = model::find_output_field(spec.section, spec.key);
        const model::OutputField* secondary = model::find_output_field(spec.section, spec.secondary_key);
        if (!field || !secondary) continue;
        figures.push_back({"figure." + io::field_path(spec.section, spec.key), std::string(field->label),
                           io::format_value(field->get(results), field->unit),
                           std::string(secondary->label) + ": " + io::format_value(secondary->get(results), secondary->unit),
                           field});
    }
    if (const auto company = shown_company(results.network, selected_company)) {
        const model::CompanyResult& shown = results.network.companies[*company];
        figures.push_back({"figure.network.boomerang_ratio", "Boomerang ratio: " + shown.name,
                           io::format_value(shown.boomerang_ratio, model::Unit::ratio),
                           "returns per $1 " + shown.name + " sends", nullptr});
    }
    return figures;
}

void draw_results_panel(const Document& document, std::optional<std::size_t> selected_company, ViewContext& view) {
    const CardLayout layout = card_layout(view);
    int column = 0;
    for (const KeyFigure& figure : key_figures(document, selected_company)) {
        if (column++ % layout.columns != 0) ImGui::SameLine();
        card(view, figure.id, layout.width, figure.caption, figure.figure, figure.detail, [&] {
            if (figure.output) return formula_with_inputs(*figure.output, document.scenario());
            return "Of each dollar the company sends into the network, the expected dollars that come back to "
                   "it: money moves along each company's outgoing flows in proportion to their amounts, and each "
                   "company passes on its pass_on_fraction of what it receives (docs/models/network.md). Select a "
                   "company in the network diagram to see its ratio."s;
        });
    }
}

}  // namespace boomerang::ui
