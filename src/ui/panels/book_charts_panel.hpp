// The charts below the figures, one tab each: the selected deal's payments (and what of them
// is firm), its annual cost, the sensitivity of one of its figures (tornado and Monte Carlo),
// the book's money network under either attribution rule, and each vendor's gigawatts against
// its supply.
//
// Chart data is rebuilt only when the book's revision or the selected deal changes.
// Sensitivity evaluates the deal thousands of times, so it runs only while its tab is open,
// and not during a drag (it catches up when the drag ends).
#pragma once

#include <optional>
#include <string>

#include "model/book_evaluation.hpp"
#include "ui/charts/distribution_chart.hpp"
#include "ui/charts/line_chart.hpp"
#include "ui/charts/network_diagram.hpp"
#include "ui/charts/tornado_chart.hpp"
#include "ui/charts/waterfall_chart.hpp"
#include "ui/state/book_document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct BookSensitivity {
    std::string figure_key;         // the deal figure ("exit.firm_value_usd"); "" = the first one
    double change_fraction = 0.2;   // tornado: each number −20% and +20%
    double spread_fraction = 0.25;  // Monte Carlo: each number within ±25%
    bool operator==(const BookSensitivity&) const = default;
};

struct BookChartsState {
    std::string tab;  // the open tab's key: "schedule", "annual_cost", ...
    model::AttributionRule rule = model::AttributionRule::fungible;
    std::optional<std::size_t> selected_company;
    std::size_t vendor = 0;
    BookSensitivity sensitivity;

    // What the chart data was built for.
    unsigned built_revision = ~0u;
    std::string built_deal;
    model::AttributionRule built_rule = model::AttributionRule::fungible;
    charts::LineChartData schedule;
    std::optional<charts::WaterfallData> annual_cost;
    charts::NetworkDiagramData network;

    unsigned sensitivity_revision = ~0u;
    std::string sensitivity_deal;
    BookSensitivity sensitivity_computed;
    charts::TornadoData tornado;
    charts::DistributionData distribution;
    std::string sensitivity_error;  // the tornado could not be made
    std::string monte_carlo_error;  // the tornado was made, the Monte Carlo not
    std::size_t monte_carlo_refused = 0;
};

void draw_book_charts(const BookDocument& document, BookChartsState& state, const std::string& deal_id,
                      ViewContext& view);

}  // namespace boomerang::ui
