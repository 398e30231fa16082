// Index: commitment | supply | capacity | sensitivity | network
#include "ui/charts/from_model.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "io/format.hpp"

namespace boomerang::ui::charts {

namespace {

// Enough bins to show the shape of 20,000 draws, few enough to stay bars on a phone.
constexpr std::size_t kHistogramBins = 30;

}  // namespace

// ---- Commitment -------------------------------------------------------------------------

LineChartData commitment_schedule_data(const model::CommitmentResults& results) {
    LineChartData data;
    data.x_format = {model::Unit::months, true};
    data.y_format = {model::Unit::usd, false};
    data.x_caption = "months after signing";
    data.series = {
        {"Paid to date", {}, kBlue, SeriesStyle::area},
        {"Still committed", {}, kOrange, SeriesStyle::line},
        {"Firm", {}, kGreen, SeriesStyle::step},
        {"Expected", {}, kPurple, SeriesStyle::dashed},
    };
    for (LineSeries& series : data.series) series.values.reserve(results.schedule.size());
    data.x.reserve(results.schedule.size());
    for (const model::CommitmentMonth& month : results.schedule) {
        data.x.push_back(month.month);
        data.series[0].values.push_back(month.paid_cumulative_usd);
        data.series[1].values.push_back(month.committed_usd);
        data.series[2].values.push_back(month.firm_usd);
        data.series[3].values.push_back(month.expected_usd);
    }
    return data;
}

// ---- Supply -----------------------------------------------------------------------------

LineChartData supply_demand_data(const model::SupplyResults& results) {
    LineChartData data;
    data.x_format = {model::Unit::calendar_year, false};
    data.y_format = {model::Unit::gw, false};
    data.series = {
        {"Delivered to date", {}, kBlue, SeriesStyle::area},
        {"Delivered that year", {}, kGreen, SeriesStyle::step},
        {"Demand", {}, kRed, SeriesStyle::dashed},
        {"Target pace to date", {}, kOrange, SeriesStyle::line},
    };
    for (LineSeries& series : data.series) series.values.reserve(results.series.size());
    data.x.reserve(results.series.size());
    for (const model::SupplyYear& year : results.series) {
        data.x.push_back(year.year);
        data.series[0].values.push_back(year.cumulative_supply_gw);
        data.series[1].values.push_back(year.supply_gw);
        data.series[2].values.push_back(year.demand_gw);
        data.series[3].values.push_back(year.target_cumulative_gw);
    }
    return data;
}

// ---- Capacity ---------------------------------------------------------------------------

WaterfallData annual_cost_data(const model::CapacityResults& results) {
    WaterfallData data;
    data.unit = model::Unit::usd_per_year;
    // The field labels without "per year": every value already ends in "/yr".
    data.segments = {
        {"Capital cost", results.capital_cost_usd_per_year, kBlue},
        {"Energy cost", results.energy_cost_usd_per_year, kOrange},
        {"Other opex", results.other_opex_usd_per_year, kGreen},
    };
    data.total_label = "Break-even revenue";
    return data;
}

// ---- Sensitivity ------------------------------------------------------------------------

TornadoData tornado_data(std::span<const model::TornadoBar> bars, const model::OutputField& output,
                         const model::ScenarioResults& base, double change_fraction) {
    TornadoData data;
    data.base_output = output.get(base);
    data.output_unit = output.unit;
    const std::string change = io::format_percent(change_fraction);
    data.low_label = "Input −" + change;
    data.high_label = "Input +" + change;
    data.rows.reserve(bars.size());
    for (const model::TornadoBar& bar : bars) {
        if (bar.input == nullptr) continue;
        data.rows.push_back({std::string(bar.input->label), bar.low_output, bar.high_output, bar.low_input,
                             bar.high_input, bar.input->unit});
    }
    return data;
}

DistributionData monte_carlo_data(const model::MonteCarloResults& results, const model::OutputField& output) {
    return monte_carlo_data(results, output.label, output.unit);
}

DistributionData monte_carlo_data(const model::MonteCarloResults& results, std::string_view label, model::Unit unit) {
    DistributionData data;
    data.label = std::string(label);
    data.p10 = results.p10;
    data.p50 = results.p50;
    data.p90 = results.p90;
    data.mean = results.mean;
    data.histogram = make_histogram(results.sorted_values, kHistogramBins);
    data.unit = unit;
    return data;
}

// ---- Network ----------------------------------------------------------------------------

NetworkDiagramData network_data(const model::NetworkInputs& inputs, const model::NetworkResults& results) {
    using model::FlowType;
    NetworkDiagramData data;
    constexpr std::array kTypes = {FlowType::equity_investment, FlowType::chip_purchase, FlowType::compute_contract,
                                   FlowType::warrants};
    for (FlowType type : kTypes) {
        std::string name(model::flow_type_name(type));
        std::replace(name.begin(), name.end(), '_', ' ');  // "chip_purchase" reads "chip purchase"
        data.type_names.push_back(std::move(name));
    }

    for (const model::CompanyResult& company : results.companies) {
        data.nodes.push_back({company.name, std::max(company.inflow_usd, company.outflow_usd), company.inflow_usd,
                              company.outflow_usd, company.boomerang_ratio});
    }
    const auto index_of = [&](const std::string& name) {
        const auto found = std::find_if(data.nodes.begin(), data.nodes.end(),
                                        [&](const NetworkNode& node) { return node.name == name; });
        return static_cast<std::size_t>(found - data.nodes.begin());  // nodes.size() if absent: skipped when drawn
    };
    for (const model::Flow& flow : inputs.flows) {
        data.edges.push_back(
            {index_of(flow.from), index_of(flow.to), flow.amount_usd, static_cast<std::size_t>(flow.type), false});
    }
    for (const model::Cycle& cycle : results.cycles) {
        for (std::size_t flow : cycle.flow_indices) {
            if (flow < data.edges.size()) data.edges[flow].on_cycle = true;
        }
    }
    return data;
}

}  // namespace boomerang::ui::charts
