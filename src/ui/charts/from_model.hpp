// The app's charts from model results: which numbers each chart shows, under which labels.
//
// Build these when the results change (the document's revision), keep them, and pass them
// to the chart functions every frame. Labels reuse the model's field labels where a field
// exists, so a chart says what the results panel says.
#pragma once

#include <span>

#include "model/capacity.hpp"
#include "model/commitment.hpp"
#include "model/fields.hpp"
#include "model/network.hpp"
#include "model/scenario.hpp"
#include "model/sensitivity.hpp"
#include "model/supply.hpp"
#include "ui/charts/distribution_chart.hpp"
#include "ui/charts/line_chart.hpp"
#include "ui/charts/network_diagram.hpp"
#include "ui/charts/tornado_chart.hpp"
#include "ui/charts/waterfall_chart.hpp"

namespace boomerang::ui::charts {

// Month by month: paid to date (area), still committed, firm if notice were given that month
// (step), and expected under the exit probability (dashed).
LineChartData commitment_schedule_data(const model::CommitmentResults& results);

// Year by year in GW: delivered to date (area), delivered that year (step), the demand
// (dashed) and the target pace built up to date.
LineChartData supply_demand_data(const model::SupplyResults& results);

// Capital cost, energy and other opex per year, adding up to the break-even revenue.
WaterfallData annual_cost_data(const model::CapacityResults& results);

// The tornado of `output` around its value in `base`, each input moved by change_fraction.
TornadoData tornado_data(std::span<const model::TornadoBar> bars, const model::OutputField& output,
                         const model::ScenarioResults& base, double change_fraction);

// The Monte Carlo spread of `output`, with a histogram of the draws.
DistributionData monte_carlo_data(const model::MonteCarloResults& results, const model::OutputField& output);
// The same for any figure, by its label and unit (a deal's figure).
DistributionData monte_carlo_data(const model::MonteCarloResults& results, std::string_view label, model::Unit unit);

// Companies sized by the dollars through them (the larger of inflow and outflow, so money
// passing straight through counts once), flows coloured by type, cycles from the results.
NetworkDiagramData network_data(const model::NetworkInputs& inputs, const model::NetworkResults& results);

}  // namespace boomerang::ui::charts
