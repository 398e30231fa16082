// The charts below the results, one tab each: the commitment schedule, the annual cost,
// sensitivity (tornado and Monte Carlo), the deal network and supply vs demand.
//
// Chart data is rebuilt only when the document's revision changes. Sensitivity runs the
// model thousands of times, so it is computed only while its tab is open, and not while
// the user is dragging a value (it catches up when the drag ends).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "ui/charts/distribution_chart.hpp"
#include "ui/charts/line_chart.hpp"
#include "ui/charts/network_diagram.hpp"
#include "ui/charts/tornado_chart.hpp"
#include "ui/charts/waterfall_chart.hpp"
#include "ui/state/document.hpp"
#include "ui/view_context.hpp"

namespace boomerang::ui {

struct SensitivitySettings {
    std::size_t output = 0;              // index into sensitivity_outputs()
    double change_fraction = 0.2;        // tornado: each input −20% and +20%
    double spread_fraction = 0.25;       // Monte Carlo: each input within ±25%
    bool operator==(const SensitivitySettings&) const = default;
};

struct ChartsState {
    std::optional<std::size_t> selected_company;  // chosen in the network diagram
    SensitivitySettings sensitivity;

    // Chart data of the document revision `built_revision`.
    unsigned built_revision = ~0u;
    charts::LineChartData schedule;
    charts::LineChartData supply;
    charts::WaterfallData annual_cost;
    charts::NetworkDiagramData network;

    // Sensitivity results and what they were computed for.
    unsigned sensitivity_revision = ~0u;
    SensitivitySettings sensitivity_computed;
    charts::TornadoData tornado;
    charts::DistributionData distribution;
    std::string sensitivity_error;
};

void draw_charts_panel(const Document& document, ChartsState& state, ViewContext& view);

}  // namespace boomerang::ui
