// boomerang_bench_models: how fast the models are, so the UI can re-evaluate on every edit
// and run a Monte Carlo without dropping a frame (16.7 ms at 60 Hz).
//
// Prints evaluations per second for each model and the time of a tornado and of a
// 20,000-draw Monte Carlo; every figure is the median of several runs.
#include "model/book_evaluation.hpp"
#include "model/fields.hpp"
#include "model/network.hpp"
#include "model/scenario.hpp"
#include "model/sensitivity.hpp"

#include "random_book.hpp"
#include "random_network.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

using namespace boomerang::model;

namespace {

constexpr int runs = 9;

// Median wall time of `runs` calls of `work`, in milliseconds.
template <typename Work>
double median_ms(Work&& work) {
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[runs / 2];
}

// Evaluations per second of `evaluate_once`, which must return a number derived from the
// model's output so the compiler cannot skip the work.
template <typename Evaluate>
void report_rate(const char* name, Evaluate&& evaluate_once) {
    constexpr int calls = 20'000;
    double sink = 0.0;
    const double ms = median_ms([&] {
        for (int i = 0; i < calls; ++i) sink += evaluate_once(i);
    });
    std::printf("%-28s %12.0f evaluations/s  (checksum %g)\n", name, calls / ms * 1000.0, sink);
}

}  // namespace

int main() {
    Scenario scenario;

    report_rate("evaluate_capacity", [&](int i) {
        scenario.capacity.capacity_gw = 1.0 + i * 1e-4;
        return evaluate_capacity(scenario.capacity)->cost_usd_per_gpu_hour;
    });
    report_rate("evaluate_commitment", [&](int i) {
        scenario.commitment.notice_days = 30.0 + i * 1e-3;
        return evaluate_commitment(scenario.commitment)->expected_value_usd;
    });
    report_rate("evaluate_supply", [&](int i) {
        scenario.supply.demand_gw = 1.0 + i * 1e-3;
        return evaluate_supply(scenario.supply)->years_to_deliver;
    });
    report_rate("evaluate (whole scenario)", [&](int i) {
        scenario.capacity.capacity_gw = 1.0 + i * 1e-4;
        return evaluate(scenario)->supply.years_to_deliver;
    });

    const Scenario base;
    const OutputField& cost = *find_output_field(Section::capacity, "cost_usd_per_gpu_hour");
    const double tornado_ms = median_ms([&] { (void)tornado(base, cost, 0.10); });
    std::printf("tornado, %zu inputs            %8.3f ms\n", input_fields().size(), tornado_ms);

    const InputRange ranges[] = {
        {find_input_field(Section::capacity, "hardware_usd_per_gw"), 15e9, 30e9, Distribution::triangular},
        {find_input_field(Section::capacity, "utilization_fraction"), 0.5, 0.95, Distribution::uniform},
        {find_input_field(Section::capacity, "cost_of_capital_per_year"), 0.05, 0.15, Distribution::uniform},
    };
    const MonteCarloSettings settings;
    const double monte_carlo_ms = median_ms([&] { (void)monte_carlo(base, ranges, cost, settings); });
    std::printf("Monte Carlo, %zu draws, 3 inputs %8.3f ms\n", settings.sample_count, monte_carlo_ms);

    // A book the size of a year of dealmaking: every deal, the network, both attribution
    // rules, commitments and timelines.
    const Book book = boomerang::bench::random_book(200, 60);
    double checksum = 0.0;
    const double book_ms = median_ms([&] {
        const auto results = evaluate_book(book);
        if (results) checksum += results->totals.flow_usd;
    });
    std::printf("evaluate_book, 200 deals, 60 companies %8.3f ms\n", book_ms);
    std::printf("(book checksum %g)\n", checksum);

    // Boomerang ratios of a large web: every company's ratio from the sparse first-return
    // solver (model/first_return.hpp). 3 min 6 s with the dense solver it replaced.
    for (const auto& [companies, flows] : {std::pair<std::size_t, std::size_t>{1000, 5000}, {10'000, 30'000}}) {
        const auto net = boomerang::bench::random_network(companies, flows, 0.9);
        double ratio_sum = 0.0;
        const double network_ms = median_ms([&] {
            const auto results = evaluate_indexed_network(net.companies, net.flows);
            if (results) ratio_sum += results->companies.front().boomerang_ratio;
        });
        std::printf("boomerang ratios, %zu companies, %zu flows %8.3f ms  (checksum %g)\n", companies, flows,
                    network_ms, ratio_sum);
    }
    for (const auto& [deals, companies] : {std::pair<int, int>{5000, 1000}, {10'000, 10'000}, {10'000, 2'000}}) {
        const Book big = boomerang::bench::random_book(deals, companies);
        double big_checksum = 0.0;
        const double big_ms = median_ms([&] {
            const auto results = evaluate_book(big);
            if (results) big_checksum += results->totals.flow_usd;
        });
        std::printf("evaluate_book, %d deals, %d companies %8.3f ms  (checksum %g)\n", deals, companies, big_ms,
                    big_checksum);
    }
    return 0;
}
