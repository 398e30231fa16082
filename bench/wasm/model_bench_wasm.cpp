// model_bench_wasm: the models in WebAssembly, driven from a bench page (bench/wasm/index.html,
// run by bench/browser_models.mjs) that times the same work in plain JavaScript
// (bench/js/capacity_model.mjs) beside it. bench/CMakeLists.txt builds it twice: with the
// models compiled as the app compiles them (-O2 outside link-time optimisation) and at -O3.
//
// The page times every batch itself with performance.now(), so wasm and JavaScript are
// measured by one clock; these functions only do the work and return a checksum derived
// from every output, so no evaluation can be optimised away.
//
// Varied inputs: evaluation i reads capacity_inputs(i), which walks every sizing mode, both
// deal scopes and a zero cost of capital (the straight-line branch). The JavaScript twin,
// capacityInputs(i) in bench/js/capacity_model.mjs, computes the same doubles with the same
// operations; bench_capacity_output() lets the page check that both give the same outputs.
#include "../random_book.hpp"
#include "../random_network.hpp"
#include "model/book_evaluation.hpp"
#include "model/capacity.hpp"
#include "model/fields.hpp"
#include "model/network.hpp"
#include "model/scenario.hpp"
#include "model/sensitivity.hpp"

#include <emscripten/emscripten.h>

#include <cmath>
#include <limits>

using namespace boomerang::model;

namespace {

CapacityInputs capacity_inputs(int i) {
    CapacityInputs in;
    in.size_by = static_cast<SizeBy>(i % 3);
    in.deal_scope = static_cast<DealScope>((i / 3) % 2);
    in.deal_size_usd = 50e9 + (i % 101) * 1e9;
    in.capacity_gw = 0.5 + (i % 97) * 0.1;
    in.gpus = 1e5 + (i % 89) * 5e4;
    in.gpus_per_gw = 400'000.0 + (i % 13) * 10'000.0;
    in.hardware_usd_per_gw = 15e9 + (i % 17) * 1e9;
    in.facility_usd_per_gw = 8e9 + (i % 5) * 1e9;
    in.pue = 1.1 + (i % 7) * 0.05;
    in.utilization_fraction = 0.5 + (i % 9) * 0.05;
    in.electricity_usd_per_mwh = 40.0 + (i % 11) * 5.0;
    in.other_opex_fraction_per_year = 0.02 + (i % 4) * 0.005;
    in.it_life_years = 4.0 + (i % 3);
    in.facility_life_years = 15.0 + (i % 4) * 5.0;
    in.cost_of_capital_per_year = (i % 8) * 0.02;  // 0 takes the straight-line branch
    return in;
}

// The outputs in CapacityResults' order; bench/js/capacity_model.mjs lists the same keys.
constexpr double CapacityResults::*capacity_outputs[] = {
    &CapacityResults::deal_size_usd,
    &CapacityResults::capacity_gw,
    &CapacityResults::facility_power_gw,
    &CapacityResults::gpus,
    &CapacityResults::hardware_usd_per_gpu,
    &CapacityResults::hardware_capex_usd,
    &CapacityResults::facility_capex_usd,
    &CapacityResults::total_capex_usd,
    &CapacityResults::energy_twh_per_year,
    &CapacityResults::energy_cost_usd_per_year,
    &CapacityResults::capital_cost_usd_per_year,
    &CapacityResults::other_opex_usd_per_year,
    &CapacityResults::breakeven_revenue_usd_per_year,
    &CapacityResults::cost_usd_per_gpu_hour,
    &CapacityResults::total_capex_usd_per_gw,
    &CapacityResults::breakeven_revenue_usd_per_gw_year,
};
constexpr int capacity_output_count = sizeof capacity_outputs / sizeof capacity_outputs[0];

// A scale-free digest of one evaluation: outputs span 1e-1 to 1e12, so a plain sum would
// be decided by the largest alone.
double digest(const CapacityResults& out) {
    return out.cost_usd_per_gpu_hour + out.capacity_gw + out.breakeven_revenue_usd_per_year * 1e-12;
}

}  // namespace

extern "C" {

// evaluate_capacity on inputs first .. first + count - 1; returns the sum of the digests.
EMSCRIPTEN_KEEPALIVE double bench_capacity(int first, int count) {
    double sum = 0.0;
    for (int i = first; i < first + count; ++i) {
        const auto out = evaluate_capacity(capacity_inputs(i));
        if (out) sum += digest(*out);
    }
    return sum;
}

EMSCRIPTEN_KEEPALIVE int bench_capacity_output_count() { return capacity_output_count; }

// Output `k` (CapacityResults' order) of evaluate_capacity on input i; NaN if it fails.
EMSCRIPTEN_KEEPALIVE double bench_capacity_output(int i, int k) {
    const auto out = evaluate_capacity(capacity_inputs(i));
    if (!out || k < 0 || k >= capacity_output_count) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return (*out).*capacity_outputs[k];
}

// The whole model, evaluate(Scenario), count times on the default scenario with the
// capacity varied as above; returns a checksum.
EMSCRIPTEN_KEEPALIVE double bench_scenario(int first, int count) {
    Scenario scenario;
    double sum = 0.0;
    for (int i = first; i < first + count; ++i) {
        scenario.capacity = capacity_inputs(i);
        const auto out = evaluate(scenario);
        if (out) sum += digest(out->capacity) + out->supply.years_to_deliver;
    }
    return sum;
}

// The Monte Carlo of bench/model_bench.cpp: 20,000 draws (MonteCarloSettings' default) of
// the cost per GPU-hour over three capacity inputs; returns the P50 (NaN if it fails).
EMSCRIPTEN_KEEPALIVE double bench_monte_carlo() {
    const Scenario base;
    const OutputField& cost = *find_output_field(Section::capacity, "cost_usd_per_gpu_hour");
    const InputRange ranges[] = {
        {find_input_field(Section::capacity, "hardware_usd_per_gw"), 15e9, 30e9, Distribution::triangular},
        {find_input_field(Section::capacity, "utilization_fraction"), 0.5, 0.95, Distribution::uniform},
        {find_input_field(Section::capacity, "cost_of_capital_per_year"), 0.05, 0.15, Distribution::uniform},
    };
    const auto result = monte_carlo(base, ranges, cost, MonteCarloSettings{});
    return result ? result->p50 : std::numeric_limits<double>::quiet_NaN();
}

// evaluate_book on the benchmark book of bench/model_bench.cpp (200 deals, 60 companies),
// built once; returns the book's money in flows as a checksum (NaN if it fails).
EMSCRIPTEN_KEEPALIVE double bench_book() {
    static const Book book = boomerang::bench::random_book(200, 60);
    const auto result = evaluate_book(book);
    return result ? result->totals.flow_usd : std::numeric_limits<double>::quiet_NaN();
}

// Every boomerang ratio of the random web of bench/model_bench.cpp (bench/random_network.hpp,
// pass-on 0.9), built on the first call for its size; returns the sum of the ratios.
EMSCRIPTEN_KEEPALIVE double bench_network(int companies, int flows) {
    static boomerang::bench::RandomNetwork net;
    if (net.companies.size() != static_cast<std::size_t>(companies) ||
        net.flows.size() != static_cast<std::size_t>(flows)) {
        net =
            boomerang::bench::random_network(static_cast<std::size_t>(companies), static_cast<std::size_t>(flows), 0.9);
    }
    const auto result = evaluate_indexed_network(net.companies, net.flows);
    if (!result) return std::numeric_limits<double>::quiet_NaN();
    double sum = 0.0;
    for (const auto& company : result->companies) sum += company.boomerang_ratio;
    return sum;
}

// evaluate_book on a random book of `deals` deals among `companies` companies (built on the
// first call for its size); returns the book's money in flows.
EMSCRIPTEN_KEEPALIVE double bench_large_book(int deals, int companies) {
    static Book book;
    static int built_deals = 0, built_companies = 0;
    if (built_deals != deals || built_companies != companies) {
        book = boomerang::bench::random_book(deals, companies);
        built_deals = deals;
        built_companies = companies;
    }
    const auto result = evaluate_book(book);
    return result ? result->totals.flow_usd : std::numeric_limits<double>::quiet_NaN();
}

EMSCRIPTEN_KEEPALIVE int bench_monte_carlo_sample_count() {
    return static_cast<int>(MonteCarloSettings{}.sample_count);
}

}  // extern "C"
