#include "ui/panels/charts_panel.hpp"

#include <algorithm>
#include <array>

#include <imgui.h>

#include "io/format.hpp"
#include "model/sensitivity.hpp"
#include "ui/charts/from_model.hpp"
#include "ui/charts/style.hpp"

namespace boomerang::ui {

namespace {

using model::Section;

constexpr float kChartHeightCssPx = 280.0f;
constexpr float kNetworkHeightCssPx = 380.0f;
// The tornado shows the inputs that move the output most; the Monte Carlo draws them.
constexpr std::size_t kSensitivityInputs = 8;
constexpr model::MonteCarloSettings kMonteCarlo{20'000, 1};

struct OutputRef {
    Section section;
    std::string_view key;
};

// The outputs a reader most often asks "how sure is this?" about.
constexpr std::array kSensitivityOutputs = {
    OutputRef{Section::capacity, "cost_usd_per_gpu_hour"},
    OutputRef{Section::capacity, "breakeven_revenue_usd_per_year"},
    OutputRef{Section::capacity, "total_capex_usd"},
    OutputRef{Section::commitment, "expected_value_usd"},
    OutputRef{Section::commitment, "firm_value_usd"},
    OutputRef{Section::circularity, "round_trip_ratio"},
    OutputRef{Section::circularity, "vendor_net_cash_usd"},
    OutputRef{Section::supply, "years_to_deliver"},
};

const model::OutputField* sensitivity_output(std::size_t index) {
    const OutputRef& ref = kSensitivityOutputs[std::min(index, kSensitivityOutputs.size() - 1)];
    return model::find_output_field(ref.section, ref.key);
}

void rebuild_charts(const Document& document, ChartsState& state) {
    const model::ScenarioResults& results = document.results();
    state.schedule = charts::commitment_schedule_data(results.commitment);
    state.supply = charts::supply_demand_data(results.supply);
    state.annual_cost = charts::annual_cost_data(results.capacity);
    state.network = charts::network_data(document.scenario().network, results.network);
    if (state.selected_company && *state.selected_company >= state.network.nodes.size()) state.selected_company.reset();
    state.built_revision = document.revision();
}

// Tornado of the chosen output, then a Monte Carlo over the inputs that move it most.
void compute_sensitivity(const Document& document, ChartsState& state) {
    state.sensitivity_revision = document.revision();
    state.sensitivity_computed = state.sensitivity;
    state.sensitivity_error.clear();
    const model::OutputField* output = sensitivity_output(state.sensitivity.output);
    auto bars = model::tornado(document.scenario(), *output, state.sensitivity.change_fraction);
    if (!bars) {
        state.sensitivity_error = bars.error().message;
        return;
    }
    std::vector<model::TornadoBar> moving;
    for (const model::TornadoBar& bar : bars.value()) {
        if (bar.swing > 0.0 && moving.size() < kSensitivityInputs) moving.push_back(bar);
    }
    state.tornado = charts::tornado_data(moving, *output, document.results(), state.sensitivity.change_fraction);

    std::vector<model::InputRange> ranges;
    const double spread = state.sensitivity.spread_fraction;
    for (const model::TornadoBar& bar : moving) {
        const double value = bar.input->get(document.scenario());
        const double a = value * (1.0 - spread), b = value * (1.0 + spread);
        ranges.push_back({bar.input, std::clamp(std::min(a, b), bar.input->bounds.min, bar.input->bounds.max),
                          std::clamp(std::max(a, b), bar.input->bounds.min, bar.input->bounds.max),
                          model::Distribution::triangular});
    }
    auto monte_carlo = model::monte_carlo(document.scenario(), ranges, *output, kMonteCarlo);
    if (!monte_carlo) {
        state.sensitivity_error = monte_carlo.error().message;
        return;
    }
    state.distribution = charts::monte_carlo_data(monte_carlo.value(), *output);
}

void percent_slider(const char* label, double& fraction, double max_fraction, const char* id) {
    float percent = static_cast<float>(fraction * 100.0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat(id, &percent, 1.0f, static_cast<float>(max_fraction * 100.0), "±%.0f%%")) {
        fraction = percent / 100.0;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

void draw_sensitivity(const Document& document, ChartsState& state, ViewContext& view, const charts::ChartStyle& style) {
    const model::OutputField* current = sensitivity_output(state.sensitivity.output);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    const std::string preview(current->label);
    if (ImGui::BeginCombo("Output", preview.c_str())) {
        for (std::size_t i = 0; i < kSensitivityOutputs.size(); ++i) {
            const std::string label(sensitivity_output(i)->label);
            if (ImGui::Selectable(label.c_str(), i == state.sensitivity.output)) state.sensitivity.output = i;
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item("sensitivity.output");
    ImGui::SameLine();
    percent_slider("tornado", state.sensitivity.change_fraction, 0.5, "##change");
    ImGui::SameLine();
    percent_slider("Monte Carlo ranges", state.sensitivity.spread_fraction, 0.5, "##spread");

    const bool stale = state.sensitivity_revision != document.revision() || !(state.sensitivity_computed == state.sensitivity);
    if (stale && !ImGui::IsAnyItemActive()) compute_sensitivity(document, state);
    if (!state.sensitivity_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", state.sensitivity_error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    charts::tornado_chart("tornado", state.tornado, style, {0.0f, view.px(kChartHeightCssPx)});
    view.widgets.record_last_item("chart.tornado");
    ImGui::Spacing();
    ImGui::TextUnformatted("If every input above varies at random within its range (20,000 draws):");
    charts::distribution_chart("monte_carlo", state.distribution, style, {0.0f, view.px(kChartHeightCssPx * 0.6f)});
    view.widgets.record_last_item("chart.monte_carlo");
}

void draw_network(const Document& document, ChartsState& state, ViewContext& view, const charts::ChartStyle& style) {
    const int selected = state.selected_company ? static_cast<int>(*state.selected_company) : -1;
    const auto result = charts::network_diagram("network", state.network, selected, style, {0.0f, view.px(kNetworkHeightCssPx)});
    view.widgets.record_last_item("chart.network");
    if (result.clicked_node >= 0) state.selected_company = static_cast<std::size_t>(result.clicked_node);
    if (result.clicked_background) state.selected_company.reset();

    const model::NetworkResults& network = document.results().network;
    ImGui::Text("Circular share of all flow: %s of %s", io::format_percent(network.circular_share_fraction).c_str(),
                io::format_usd(network.total_flow_usd).c_str());
    if (!state.selected_company) {
        ImGui::TextUnformatted("Select a company to see its boomerang ratio and the flows behind it.");
        return;
    }
    const model::CompanyResult& company = network.companies[*state.selected_company];
    ImGui::Text("%s: of each $1 it sends, %s comes back.", company.name.c_str(),
                io::format_usd(company.boomerang_ratio).c_str());
    for (const model::Flow& flow : document.scenario().network.flows) {
        if (flow.from != company.name && flow.to != company.name) continue;
        ImGui::BulletText("%s → %s: %s (%s)", flow.from.c_str(), flow.to.c_str(), io::format_usd(flow.amount_usd).c_str(),
                          std::string(model::flow_type_name(flow.type)).c_str());
    }
}

}  // namespace

void draw_charts_panel(const Document& document, ChartsState& state, ViewContext& view) {
    if (state.built_revision != document.revision()) rebuild_charts(document, state);
    const charts::ChartStyle style = charts::chart_style(view.theme);
    const ImVec2 size{0.0f, view.px(kChartHeightCssPx)};
    // Scrolling tabs keep their full names on a phone instead of shrinking to "Contrac…".
    if (!ImGui::BeginTabBar("charts", ImGuiTabBarFlags_FittingPolicyScroll)) return;
    if (ImGui::BeginTabItem("Contract schedule")) {
        charts::line_chart("schedule", state.schedule, style, size);
        view.widgets.record_last_item("chart.schedule");
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Annual cost")) {
        charts::waterfall_chart("annual_cost", state.annual_cost, style, size);
        view.widgets.record_last_item("chart.annual_cost");
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Sensitivity")) {
        draw_sensitivity(document, state, view, style);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Deal network")) {
        draw_network(document, state, view, style);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Supply vs demand")) {
        charts::line_chart("supply", state.supply, style, size);
        view.widgets.record_last_item("chart.supply");
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace boomerang::ui
