// Chart data from model results: each chart shows the model's numbers, unchanged.
#include "ui/charts/from_model.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace boomerang::ui::charts;
namespace model = boomerang::model;
using doctest::Approx;

namespace {

const model::ScenarioResults& defaults() {
    static const model::ScenarioResults results = model::evaluate(model::Scenario{}).value();
    return results;
}

const model::OutputField& output(model::Section section, std::string_view key) {
    const model::OutputField* field = model::find_output_field(section, key);
    REQUIRE(field != nullptr);
    return *field;
}

}  // namespace

TEST_CASE("the schedule chart shows paid, committed, firm and expected for every month") {
    const model::CommitmentResults& commitment = defaults().commitment;
    const LineChartData data = commitment_schedule_data(commitment);
    REQUIRE(data.x.size() == commitment.schedule.size());
    REQUIRE(data.series.size() == 4);
    for (std::size_t i = 0; i < commitment.schedule.size(); ++i) {
        const model::CommitmentMonth& month = commitment.schedule[i];
        CHECK(data.x[i] == month.month);
        CHECK(data.series[0].values[i] == month.paid_cumulative_usd);
        CHECK(data.series[1].values[i] == month.committed_usd);
        CHECK(data.series[2].values[i] == month.firm_usd);
        CHECK(data.series[3].values[i] == month.expected_usd);
    }
    CHECK(data.y_format.unit == model::Unit::usd);
}

TEST_CASE("the supply chart shows supply against demand in GW by calendar year") {
    const model::SupplyResults& supply = defaults().supply;
    const LineChartData data = supply_demand_data(supply);
    REQUIRE(data.x.size() == supply.series.size());
    CHECK(data.x.front() == supply.series.front().year);
    CHECK(data.series[0].values.back() == supply.series.back().cumulative_supply_gw);
    CHECK(data.series[2].values.front() == supply.demand_gw);
    CHECK(data.x_format.unit == model::Unit::calendar_year);
    CHECK(data.y_format.unit == model::Unit::gw);
}

TEST_CASE("the cost breakdown adds up to the break-even revenue") {
    // breakeven = capital cost + energy + other opex (src/model/fields.cpp's formula).
    const model::CapacityResults& capacity = defaults().capacity;
    const WaterfallData data = annual_cost_data(capacity);
    double sum = 0.0;
    for (const WaterfallSegment& segment : data.segments) sum += segment.value;
    CHECK(sum == Approx(capacity.breakeven_revenue_usd_per_year));
    CHECK(data.unit == model::Unit::usd_per_year);
}

TEST_CASE("the tornado chart keeps the model's order and centres on the base output") {
    const model::OutputField& cost = output(model::Section::capacity, "cost_usd_per_gpu_hour");
    const auto bars = model::tornado(model::Scenario{}, cost, 0.2);
    REQUIRE(bars.ok());
    const TornadoData data = tornado_data(*bars, cost, defaults(), 0.2);
    REQUIRE(data.rows.size() == bars->size());
    CHECK(data.rows.front().label == bars->front().input->label);
    CHECK(data.rows.front().high_output == bars->front().high_output);
    CHECK(data.base_output == defaults().capacity.cost_usd_per_gpu_hour);
    CHECK(data.low_label == "Input −20%");
    CHECK(data.high_label == "Input +20%");
}

TEST_CASE("the distribution chart shows the percentiles and bins every draw") {
    model::MonteCarloResults results;
    results.p10 = 1.0;
    results.p50 = 2.0;
    results.p90 = 3.0;
    results.mean = 2.1;
    results.sorted_values = {0.5, 1.0, 2.0, 2.0, 3.0, 3.5};
    const DistributionData data = monte_carlo_data(results, output(model::Section::capacity, "cost_usd_per_gpu_hour"));
    CHECK(data.p50 == 2.0);
    CHECK(data.unit == model::Unit::usd_per_gpu_hour);
    double drawn = 0.0;
    for (double count : data.histogram.counts) drawn += count;
    CHECK(drawn == 6.0);
}

TEST_CASE("make_histogram counts draws in equal bins") {
    SUBCASE("five draws in four bins of width 1; the top edge joins the last bin") {
        const std::vector<double> draws{0, 1, 2, 3, 4};
        const Histogram histogram = make_histogram(draws, 4);
        CHECK(histogram.min == 0.0);
        CHECK(histogram.max == 4.0);
        CHECK(histogram.counts == std::vector<double>{1, 1, 1, 2});
        CHECK(histogram.bin_of(2.5) == 2);
        CHECK(histogram.bin_of(-1) == -1);
    }
    SUBCASE("draws that are not numbers are not counted") {
        const std::vector<double> draws{1, std::nan(""), 3};
        const Histogram histogram = make_histogram(draws, 2);
        CHECK(histogram.counts == std::vector<double>{1, 1});
    }
    SUBCASE("equal draws land in the middle of a narrow range around them") {
        const std::vector<double> draws{5, 5, 5};
        const Histogram histogram = make_histogram(draws, 3);
        CHECK(histogram.min < 5.0);
        CHECK(histogram.max > 5.0);
        CHECK(histogram.counts == std::vector<double>{0, 3, 0});
    }
    SUBCASE("no draws or no bins: no histogram") {
        CHECK(make_histogram({}, 10).counts.empty());
        const std::vector<double> draws{1, 2};
        CHECK(make_histogram(draws, 0).counts.empty());
    }
}

TEST_CASE("the network diagram: Nvidia, OpenAI and AMD on one loop, CoreWeave off it") {
    const model::NetworkInputs inputs;
    const model::NetworkResults& results = defaults().network;
    const NetworkDiagramData data = network_data(inputs, results);
    REQUIRE(data.nodes.size() == 4);
    REQUIRE(data.edges.size() == inputs.flows.size());
    // Nvidia receives $200B of chip purchases and sends $104B: its size is the larger.
    CHECK(data.nodes[0].name == "Nvidia");
    CHECK(data.nodes[0].size_usd == Approx(200e9));
    CHECK(data.nodes[0].boomerang_ratio == results.companies[0].boomerang_ratio);
    for (std::size_t i = 0; i < data.edges.size(); ++i) {
        CAPTURE(i);
        const bool to_coreweave = inputs.flows[i].to == "CoreWeave";
        CHECK(data.edges[i].on_cycle == !to_coreweave);
        CHECK(data.nodes[data.edges[i].to].name == inputs.flows[i].to);
        CHECK(data.edges[i].type == static_cast<std::size_t>(inputs.flows[i].type));
        CHECK(data.edges[i].amount_usd == inputs.flows[i].amount_usd);
    }
    CHECK(data.type_names[static_cast<std::size_t>(model::FlowType::chip_purchase)] == "chip purchase");
}
