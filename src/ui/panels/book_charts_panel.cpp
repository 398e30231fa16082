#include "ui/panels/book_charts_panel.hpp"

#include <algorithm>

#include <imgui.h>

#include "io/format.hpp"
#include "model/book.hpp"
#include "model/deal_sensitivity.hpp"
#include "ui/charts/from_book.hpp"
#include "ui/charts/from_model.hpp"
#include "ui/charts/style.hpp"
#include "ui/flow_layout.hpp"
#include "ui/panels/ratio_progress.hpp"

namespace boomerang::ui {

namespace {

constexpr float kChartHeightCssPx = 280.0f;
constexpr float kNetworkHeightCssPx = 380.0f;
constexpr std::size_t kSensitivityNumbers = 8;
constexpr model::MonteCarloSettings kMonteCarlo{20'000, 1};

std::size_t deal_index(const model::Book& book, const std::string& id) {
    for (std::size_t i = 0; i < book.deals.size(); ++i) {
        if (book.deals[i].id == id) return i;
    }
    return book.deals.size();
}

std::string figure_path(const model::DealFigure& figure) {
    return std::string(model::block_name(figure.block)) + "." + std::string(figure.key);
}

// The deal's figures sensitivity can be asked about: those it shows.
std::vector<const model::DealFigure*> shown_figures(const model::DealResults& results) {
    std::vector<const model::DealFigure*> figures;
    for (const model::DealFigure& figure : model::deal_figures()) {
        if (figure.get(results)) figures.push_back(&figure);
    }
    return figures;
}

void rebuild(const BookDocument& document, BookChartsState& state, const std::string& deal_id) {
    state.built_revision = document.revision();
    state.built_deal = deal_id;
    state.built_rule = state.rule;
    const model::DealResults* results = document.deal_results(deal_id);
    state.schedule = results ? charts::deal_schedule_data(*results) : charts::LineChartData{};
    state.annual_cost = results && results->capacity ? charts::deal_annual_cost_data(*results->capacity) : std::nullopt;
    state.network = charts::book_network_data(document.results(), state.rule);
    if (state.selected_company && *state.selected_company >= state.network.nodes.size()) state.selected_company.reset();
}

void compute_sensitivity(const BookDocument& document, BookChartsState& state, const std::string& deal_id,
                         const model::DealFigure& figure) {
    state.sensitivity_revision = document.revision();
    state.sensitivity_deal = deal_id;
    state.sensitivity_computed = state.sensitivity;
    state.sensitivity_error.clear();
    const model::Book& book = document.book();
    const std::size_t index = deal_index(book, deal_id);
    auto bars = model::deal_tornado(book, index, figure, state.sensitivity.change_fraction);
    if (!bars) {
        state.sensitivity_error = bars.error().message;
        return;
    }
    std::vector<model::DealTornadoBar> moving(
        bars.value().begin(), bars.value().begin() + std::min(bars.value().size(), kSensitivityNumbers));
    const double value = figure.get(*document.deal_results(deal_id)).value_or(0.0);
    state.tornado = charts::deal_tornado_data(moving, figure, value, state.sensitivity.change_fraction);
    if (moving.empty()) {
        state.sensitivity_error = "None of this deal's numbers moves this figure.";
        return;
    }
    std::vector<model::DealRange> ranges;
    const double spread = state.sensitivity.spread_fraction;
    for (const model::DealTornadoBar& bar : moving) {
        const double at = bar.parameter.value(book.deals[index], book).value_or(0.0);
        const model::Bounds& bounds = bar.parameter.bounds();
        const double a = at * (1.0 - spread), b = at * (1.0 + spread);
        ranges.push_back({bar.parameter, std::clamp(std::min(a, b), bounds.min, bounds.max),
                          std::clamp(std::max(a, b), bounds.min, bounds.max), model::Distribution::triangular});
    }
    auto spread_results = model::deal_monte_carlo(book, index, ranges, figure, kMonteCarlo);
    if (!spread_results) {
        state.monte_carlo_error = spread_results.error().message;
        return;
    }
    state.monte_carlo_error.clear();
    state.distribution = charts::monte_carlo_data(spread_results.value(), figure.label, figure.unit);
    state.monte_carlo_refused = spread_results.value().rejected_count;
}

void percent_slider(const char* label, double& fraction, const char* id) {
    float percent = static_cast<float>(fraction * 100.0);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    if (ImGui::SliderFloat(id, &percent, 1.0f, 50.0f, "±%.0f%%")) fraction = percent / 100.0;
    ImGui::SameLine();
    ImGui::TextUnformatted(label);
}

void draw_sensitivity(const BookDocument& document, BookChartsState& state, const std::string& deal_id,
                      ViewContext& view, const charts::ChartStyle& style) {
    const model::DealResults* results = document.deal_results(deal_id);
    const auto figures = results ? shown_figures(*results) : std::vector<const model::DealFigure*>{};
    if (figures.empty()) {
        ImGui::TextWrapped("This deal shows no figure to test.");
        return;
    }
    const model::DealFigure* current = figures.front();
    for (const model::DealFigure* figure : figures) {
        if (figure_path(*figure) == state.sensitivity.figure_key) current = figure;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginCombo("Figure", std::string(current->label).c_str())) {
        for (const model::DealFigure* figure : figures) {
            if (view.list_item(std::string(figure->label).c_str(), figure == current)) {
                state.sensitivity.figure_key = figure_path(*figure);
            }
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item("sensitivity.output");
    ImGui::SameLine();
    percent_slider("tornado", state.sensitivity.change_fraction, "##change");
    ImGui::SameLine();
    percent_slider("Monte Carlo ranges", state.sensitivity.spread_fraction, "##spread");

    BookSensitivity wanted = state.sensitivity;
    wanted.figure_key = figure_path(*current);
    const bool stale = state.sensitivity_revision != document.revision() || state.sensitivity_deal != deal_id ||
                       !(state.sensitivity_computed == wanted);
    if (stale && !ImGui::IsAnyItemActive()) {
        state.sensitivity = wanted;
        compute_sensitivity(document, state, deal_id, *current);
    }
    if (!state.sensitivity_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("%s", state.sensitivity_error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    charts::tornado_chart("tornado", state.tornado, style, {0.0f, view.px(kChartHeightCssPx)});
    view.widgets.record_last_item("chart.tornado");
    ImGui::Spacing();
    if (!state.monte_carlo_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("No Monte Carlo: %s", state.monte_carlo_error.c_str());
        ImGui::PopStyleColor();
        return;
    }
    ImGui::TextUnformatted("If every number above varies at random within its range (20,000 draws):");
    charts::distribution_chart("monte_carlo", state.distribution, style, {0.0f, view.px(kChartHeightCssPx * 0.6f)});
    view.widgets.record_last_item("chart.monte_carlo");
    if (state.monte_carlo_refused > 0) {
        ImGui::TextWrapped("%zu draws were left out: the model refused them or the figure was absent.",
                           state.monte_carlo_refused);
    }
}

void draw_network(const BookDocument& document, BookChartsState& state, ViewContext& view,
                  const charts::ChartStyle& style) {
    int rule = static_cast<int>(state.rule);
    ImGui::TextUnformatted("Money that comes back:");
    ImGui::SameLine();
    ImGui::RadioButton("fungible", &rule, static_cast<int>(model::AttributionRule::fungible));
    view.widgets.record_last_item("network.rule.fungible");
    ImGui::SameLine();
    ImGui::RadioButton("earmarked", &rule, static_cast<int>(model::AttributionRule::earmarked));
    view.widgets.record_last_item("network.rule.earmarked");
    state.rule = static_cast<model::AttributionRule>(rule);
    if (state.built_rule != state.rule) rebuild(document, state, state.built_deal);

    const int selected = state.selected_company ? static_cast<int>(*state.selected_company) : -1;
    const auto clicked =
        charts::network_diagram("network", state.network, selected, style, {0.0f, view.px(kNetworkHeightCssPx)});
    view.widgets.record_last_item("chart.network");
    if (clicked.clicked_node >= 0) state.selected_company = static_cast<std::size_t>(clicked.clicked_node);
    if (clicked.clicked_background) state.selected_company.reset();

    const model::BookResults& results = document.results();
    ImGui::TextWrapped("In cycles: %s of %s moving in the window (%s).",
                       io::format_usd(results.totals.circular_flow_usd).c_str(),
                       io::format_usd(results.totals.flow_usd).c_str(),
                       io::format_percent(results.totals.circular_share_fraction).c_str());
    if (!state.selected_company || *state.selected_company >= results.companies.size()) {
        ImGui::TextWrapped("Select a company to see how much of what it sends comes back, and the flows behind it.");
        return;
    }
    const model::BookCompany& company = results.companies[*state.selected_company];
    const double ratio = state.rule == model::AttributionRule::fungible ? company.boomerang_fungible_ratio
                                                                        : company.boomerang_earmarked_ratio;
    if (state.rule == model::AttributionRule::fungible && draw_ratio_progress(document, view)) {
        ImGui::TextWrapped("%s: what comes back of each $1 it sends is still being worked out.", company.name.c_str());
    } else {
        ImGui::TextWrapped("%s: of each $1 it sends, %s comes back (%s).", company.name.c_str(),
                           io::format_usd(ratio).c_str(),
                           std::string(model::attribution_rule_name(state.rule)).c_str());
    }
    for (const model::BookFlow& flow : results.flows) {
        if (flow.from != company.name && flow.to != company.name) continue;
        ImGui::BulletText("%s → %s: %s (%s)", flow.from.c_str(), flow.to.c_str(),
                          io::format_usd(flow.amount_usd).c_str(),
                          std::string(model::book_flow_type_name(flow.type)).c_str());
    }
}

void draw_supply(const BookDocument& document, BookChartsState& state, ViewContext& view,
                 const charts::ChartStyle& style) {
    const auto& timelines = document.results().timelines;
    if (timelines.empty()) {
        ImGui::TextWrapped("No deal of this book buys capacity from a vendor.");
        return;
    }
    state.vendor = std::min(state.vendor, timelines.size() - 1);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12.0f);
    if (ImGui::BeginCombo("Vendor", timelines[state.vendor].vendor.c_str())) {
        for (std::size_t i = 0; i < timelines.size(); ++i) {
            if (view.list_item(timelines[i].vendor.c_str(), i == state.vendor)) state.vendor = i;
        }
        ImGui::EndCombo();
    }
    view.widgets.record_last_item("supply.vendor");
    const model::VendorTimeline& timeline = timelines[state.vendor];
    charts::line_chart("supply", charts::vendor_timeline_data(timeline), style, {0.0f, view.px(kChartHeightCssPx)});
    view.widgets.record_last_item("chart.supply");
    if (timeline.first_short_year) {
        ImGui::TextWrapped("From %d, %s's deals in this book need more than its supply to date.",
                           *timeline.first_short_year, timeline.vendor.c_str());
    }
    if (!timeline.it_power_complete) {
        ImGui::PushStyleColor(ImGuiCol_Text, view.colors.error_text);
        ImGui::TextWrapped("A deal of %s counts grid power with no PUE to turn it into IT power: it is left out here.",
                           timeline.vendor.c_str());
        ImGui::PopStyleColor();
    }
    if (timeline.years_to_deliver) {
        ImGui::TextWrapped("%s's deals in this book: %s of IT power, %s years of its supply.", timeline.vendor.c_str(),
                           io::format_value(timeline.deals_it_gw, model::Unit::gw).c_str(),
                           io::format_value(*timeline.years_to_deliver, model::Unit::years).c_str());
    } else if (timeline.supply_it_gw.empty()) {
        ImGui::TextWrapped("The book gives no supply for %s.", timeline.vendor.c_str());
    }
}

struct Tab {
    const char* key;
    const char* label;
};
constexpr Tab kTabs[] = {{"schedule", "Payments"},
                         {"annual_cost", "Annual cost"},
                         {"sensitivity", "Sensitivity"},
                         {"network", "Money network"},
                         {"supply", "GW vs supply"}};

// The tabs as plain buttons, the open one highlighted, recorded as "tab.<key>". Not Dear
// ImGui's tab bar: its tabs take a click only when the pointer hovered them the frame
// before, so a tap or a quick trackpad click (move, press and release in one frame) on a
// tab did nothing.
void draw_tab_row(BookChartsState& state, ViewContext& view) {
    if (state.tab.empty()) state.tab = kTabs[0].key;
    for (const Tab& tab : kTabs) {
        const bool open = state.tab == tab.key;
        if (&tab != &kTabs[0]) flow_next(tab.label);  // a phone wraps the row
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetColorU32(open ? ImGuiCol_TabActive : ImGuiCol_Tab));
        if (ImGui::Button(tab.label)) state.tab = tab.key;
        ImGui::PopStyleColor();
        view.widgets.record_last_item(std::string("tab.") + tab.key);
    }
    ImGui::Separator();
}

}  // namespace

void draw_book_charts(const BookDocument& document, BookChartsState& state, const std::string& deal_id,
                      ViewContext& view) {
    if (state.built_revision != document.revision() || state.built_deal != deal_id) rebuild(document, state, deal_id);
    const charts::ChartStyle style = charts::chart_style(view.theme);
    const ImVec2 size{0.0f, view.px(kChartHeightCssPx)};
    draw_tab_row(state, view);
    if (state.tab == "schedule") {
        if (state.schedule.series.empty()) {
            ImGui::TextWrapped("This deal moves no money the book can schedule.");
        } else {
            charts::line_chart("schedule", state.schedule, style, size);
            view.widgets.record_last_item("chart.schedule");
        }
    } else if (state.tab == "annual_cost") {
        if (state.annual_cost) {
            charts::waterfall_chart("annual_cost", *state.annual_cost, style, size);
            view.widgets.record_last_item("chart.annual_cost");
        } else {
            ImGui::TextWrapped("Needs a capacity purchase with its costs: this deal has none.");
        }
    } else if (state.tab == "sensitivity") {
        draw_sensitivity(document, state, deal_id, view, style);
    } else if (state.tab == "network") {
        draw_network(document, state, view, style);
    } else if (state.tab == "supply") {
        draw_supply(document, state, view, style);
    }
}

}  // namespace boomerang::ui
