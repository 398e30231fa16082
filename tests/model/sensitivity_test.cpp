// Sensitivity: tornado and Monte Carlo over the field registry (docs/models/sensitivity.md).
#include "model/sensitivity.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace boomerang::model;
using doctest::Approx;

namespace {

const InputField& input(Section section, std::string_view key) {
    const InputField* field = find_input_field(section, key);
    REQUIRE(field != nullptr);
    return *field;
}

const OutputField& output(Section section, std::string_view key) {
    const OutputField* field = find_output_field(section, key);
    REQUIRE(field != nullptr);
    return *field;
}

}  // namespace

TEST_CASE("the random stream is xoshiro256** seeded by splitmix64") {
    // First outputs for seed 1, from an independent Python transcription of the authors'
    // reference code (prng.di.unimi.it).
    Rng rng(1);
    CHECK(rng.next() == 12966619160104079557u);
    CHECK(rng.next() == 9600361134598540522u);
    CHECK(rng.next() == 10590380919521690900u);

    SUBCASE("uniform() is the top 53 bits scaled into [0, 1)") {
        Rng again(1);
        CHECK(again.uniform() == (12966619160104079557u >> 11) * 0x1.0p-53);  // 0.70292...
    }
}

TEST_CASE("tornado: each input moved by ±X%, bars sorted by swing") {
    const Scenario base;
    const OutputField& cost = output(Section::capacity, "cost_usd_per_gpu_hour");
    const auto bars = tornado(base, cost, 0.10);
    REQUIRE(bars.ok());
    REQUIRE(!bars->empty());

    SUBCASE("bars are sorted by swing, largest first") {
        const auto larger = [](const TornadoBar& a, const TornadoBar& b) { return a.swing > b.swing; };
        CHECK(std::is_sorted(bars->begin(), bars->end(), larger));
    }
    SUBCASE("GPUs per GW leads: cost per GPU-hour is inversely proportional to it") {
        // $2.2418 x (1/0.9 - 1/1.1) = $0.4529: nothing else moves the cost as much.
        const TornadoBar& top = bars->front();
        CHECK(top.input->key == "gpus_per_gw");
        CHECK(top.low_input == Approx(450'000.0));
        CHECK(top.high_input == Approx(550'000.0));
        CHECK(top.swing == Approx(2.241759 * (1.0 / 0.9 - 1.0 / 1.1)).epsilon(1e-5));
    }
    SUBCASE("inputs of other sections do not move it") {
        const auto notice = std::find_if(bars->begin(), bars->end(),
                                         [](const TornadoBar& bar) { return bar.input->key == "notice_days"; });
        REQUIRE(notice != bars->end());
        CHECK(notice->swing == 0.0);
    }
    SUBCASE("moves stay inside an input's bounds") {
        // Utilization 0.8 + 30% would be 1.04; it stops at 100%.
        const auto wide = tornado(base, cost, 0.30);
        REQUIRE(wide.ok());
        const auto utilization = std::find_if(
            wide->begin(), wide->end(), [](const TornadoBar& b) { return b.input->key == "utilization_fraction"; });
        REQUIRE(utilization != wide->end());
        CHECK(utilization->high_input == 1.0);
    }
}

TEST_CASE("tornado leaves out inputs whose moved value the model rejects") {
    // With a ramp as long as the term, a shorter term or a longer ramp is invalid.
    Scenario base;
    base.commitment.ramp_months = 12.0;
    const auto bars = tornado(base, output(Section::commitment, "firm_value_usd"), 0.10);
    REQUIRE(bars.ok());
    for (const TornadoBar& bar : *bars) {
        CHECK(bar.input->key != "term_months");
        CHECK(bar.input->key != "ramp_months");
    }
    CHECK(bars->size() == input_fields().size() - 2);
}

TEST_CASE("tornado rejects a change of 0% or of more than 100%") {
    const auto bars = tornado(Scenario{}, output(Section::capacity, "total_capex_usd"), 0.0);
    REQUIRE_FALSE(bars.ok());
    CHECK(bars.error().field == "change_fraction");
    CHECK(bars.error().message == "change_fraction must be a finite number > 0 and ≤ 1 (got 0)");
}

TEST_CASE("Monte Carlo: percentiles of an output over random inputs") {
    const Scenario base;
    const OutputField& hardware = output(Section::capacity, "hardware_capex_usd");
    const InputField& capacity = input(Section::capacity, "capacity_gw");
    MonteCarloSettings settings;  // 20,000 draws

    SUBCASE("uniform 1..11 GW: hardware at $20B/GW has P10/P50/P90 near 3/6/9 GW") {
        // Quantiles of U(1, 11): 1 + 10p. Sampling error of a quantile with 20,000 draws is
        // about 0.03 GW, well inside 1%.
        const InputRange ranges[] = {{&capacity, 1.0, 11.0, Distribution::uniform}};
        const auto mc = monte_carlo(base, ranges, hardware, settings);
        REQUIRE(mc.ok());
        CHECK(mc->p10 == Approx(20e9 * 2.0).epsilon(0.01));
        CHECK(mc->p50 == Approx(20e9 * 6.0).epsilon(0.01));
        CHECK(mc->p90 == Approx(20e9 * 10.0).epsilon(0.01));
        CHECK(mc->mean == Approx(20e9 * 6.0).epsilon(0.01));
        CHECK(mc->sorted_values.size() == 20'000);
        CHECK(std::is_sorted(mc->sorted_values.begin(), mc->sorted_values.end()));
    }
    SUBCASE("triangular 2..10 GW peaking at the base 6 GW") {
        // P10 solves (x - 2)^2 / (8 x 4) = 0.1: x = 2 + sqrt(3.2) = 3.789 GW.
        const InputRange ranges[] = {{&capacity, 2.0, 10.0, Distribution::triangular}};
        const auto mc = monte_carlo(base, ranges, hardware, settings);
        REQUIRE(mc.ok());
        CHECK(mc->p10 == Approx(20e9 * 3.7888544).epsilon(0.01));
        CHECK(mc->p50 == Approx(20e9 * 6.0).epsilon(0.01));
    }
    SUBCASE("the same seed gives the same draws, another seed others") {
        const InputRange ranges[] = {{&capacity, 1.0, 11.0, Distribution::uniform}};
        settings.sample_count = 100;
        const auto first = monte_carlo(base, ranges, hardware, settings);
        const auto second = monte_carlo(base, ranges, hardware, settings);
        settings.seed = 2;
        const auto other = monte_carlo(base, ranges, hardware, settings);
        REQUIRE((first.ok() && second.ok() && other.ok()));
        CHECK(first->sorted_values == second->sorted_values);
        CHECK(first->sorted_values != other->sorted_values);
    }
    SUBCASE("without ranges every draw is the base scenario") {
        const auto mc = monte_carlo(base, {}, hardware, settings);
        REQUIRE(mc.ok());
        CHECK(mc->p10 == Approx(120e9));
        CHECK(mc->p90 == Approx(120e9));
    }
}

TEST_CASE("Monte Carlo rounds whole-number inputs and counts rejected draws") {
    const Scenario base;
    const OutputField& headline = output(Section::commitment, "headline_value_usd");
    MonteCarloSettings settings;
    settings.sample_count = 2'000;

    SUBCASE("a term drawn from 6..18 months gives whole monthly payments") {
        const InputRange ranges[] = {{&input(Section::commitment, "term_months"), 6.0, 18.0, Distribution::uniform}};
        const auto mc = monte_carlo(base, ranges, headline, settings);
        REQUIRE(mc.ok());
        for (double value : mc->sorted_values) {
            CHECK(std::fmod(value, 1.25e9) == 0.0);
        }
        CHECK(mc->rejected_count == 0);
    }
    SUBCASE("a ramp drawn from 0..24 months is longer than the 12-month term half the time") {
        const InputRange ranges[] = {{&input(Section::commitment, "ramp_months"), 0.0, 24.0, Distribution::uniform}};
        const auto mc = monte_carlo(base, ranges, headline, settings);
        REQUIRE(mc.ok());
        CHECK(mc->rejected_count + mc->sorted_values.size() == 2'000);
        CHECK(static_cast<double>(mc->rejected_count) == Approx(1'000.0).epsilon(0.1));
    }
}

TEST_CASE("Monte Carlo rejects ranges it cannot draw from") {
    const Scenario base;
    const OutputField& hardware = output(Section::capacity, "hardware_capex_usd");
    const InputField& utilization = input(Section::capacity, "utilization_fraction");

    SUBCASE("low above high") {
        const InputRange ranges[] = {{&utilization, 0.9, 0.5, Distribution::uniform}};
        const auto mc = monte_carlo(base, ranges, hardware, {});
        REQUIRE_FALSE(mc.ok());
        CHECK(mc.error().field == "capacity.utilization_fraction");
        CHECK(mc.error().message ==
              "the range for utilization_fraction must have low ≤ high, both within its bounds "
              "(got 0.9 to 0.5)");
    }
    SUBCASE("an end outside the input's bounds") {
        const InputRange ranges[] = {{&utilization, 0.5, 1.5, Distribution::uniform}};
        CHECK(monte_carlo(base, ranges, hardware, {}).error().field == "capacity.utilization_fraction");
    }
    SUBCASE("no draws") {
        MonteCarloSettings settings;
        settings.sample_count = 0;
        CHECK(monte_carlo(base, {}, hardware, settings).error().field == "sample_count");
    }
    SUBCASE("every draw rejected") {
        const InputRange ranges[] = {{&input(Section::commitment, "ramp_months"), 13.0, 24.0, Distribution::uniform}};
        const OutputField& firm = output(Section::commitment, "firm_value_usd");
        const auto mc = monte_carlo(base, ranges, firm, {});
        REQUIRE_FALSE(mc.ok());
        CHECK(mc.error().field == "ranges");
    }
}
