// Capacity & cost: the articles' sizing rules and the cost formulas of docs/models/capacity.md.
#include "model/capacity.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace boomerang::model;
using doctest::Approx;

namespace {

CapacityResults evaluated(const CapacityInputs& inputs) {
    const auto result = evaluate_capacity(inputs);
    REQUIRE(result.ok());
    return result.value();
}

// Only the hardware and its straight-line write-off: cost per GPU-hour reduces to
// hardware $ per GPU / (life in hours).
CapacityInputs hardware_only() {
    CapacityInputs in;
    in.facility_usd_per_gw = 0.0;
    in.electricity_usd_per_mwh = 0.0;
    in.other_opex_fraction_per_year = 0.0;
    in.cost_of_capital_per_year = 0.0;
    in.utilization_fraction = 1.0;
    return in;
}

}  // namespace

TEST_CASE("a gigawatt is about 500,000 GPUs and $20B of hardware") {
    // Tencent Technology: "a 1GW data center requires approximately 500,000 GPUs ... the
    // hardware cost alone exceeds $20 billion".
    CapacityInputs in;
    in.capacity_gw = 1.0;
    const CapacityResults out = evaluated(in);
    CHECK(out.gpus == Approx(500'000.0));
    CHECK(out.hardware_capex_usd == Approx(20e9));
    CHECK(out.hardware_usd_per_gpu == Approx(40'000.0));  // $20B / 500,000
}

TEST_CASE("AMD–OpenAI's 6 GW is about 3 million GPUs and $120B of hardware") {
    // The defaults: "6GW corresponds to approximately 3 million GPUs, and the total hardware
    // investment is expected to exceed $120 billion (excluding data center infrastructure)".
    const CapacityResults out = evaluated(CapacityInputs{});
    CHECK(out.capacity_gw == Approx(6.0));
    CHECK(out.gpus == Approx(3e6));
    CHECK(out.hardware_capex_usd == Approx(120e9));
    CHECK(out.deal_size_usd == Approx(120e9));      // hardware-only deal scope
    CHECK(out.facility_capex_usd == Approx(60e9));  // 6 GW x $10B/GW assumption
    CHECK(out.total_capex_usd == Approx(180e9));
    CHECK(out.facility_power_gw == Approx(7.2));  // 6 GW x PUE 1.2
    CHECK(out.total_capex_usd_per_gw == Approx(30e9));
}

TEST_CASE("a deal is sized by one figure and the other two follow") {
    CapacityInputs in;

    SUBCASE("OpenAI's $1T of hardware at $20B per GW is 50 GW") {
        // Tencent Technology: "OpenAI's computing power agreements exceed $1 trillion ...
        // the hardware cost of a 1GW data center is $20 billion ... a 50GW data center".
        in.size_by = SizeBy::deal_size;
        in.deal_size_usd = 1e12;
        const CapacityResults out = evaluated(in);
        CHECK(out.capacity_gw == Approx(50.0));
        CHECK(out.gpus == Approx(25e6));  // 50 GW x 500,000
    }
    SUBCASE("a deal that also pays for the facility buys fewer gigawatts") {
        in.size_by = SizeBy::deal_size;
        in.deal_scope = DealScope::hardware_and_facility;
        in.deal_size_usd = 1e12;
        CHECK(evaluated(in).capacity_gw == Approx(1e12 / 30e9));  // $20B + $10B per GW
    }
    SUBCASE("Nvidia's 6.75M GPUs of 2025 are 13.5 GW") {
        // Tencent Technology: 6.75 million GPUs at 500,000 per GW, "nearly 14GW".
        in.size_by = SizeBy::gpus;
        in.gpus = 6.75e6;
        const CapacityResults out = evaluated(in);
        CHECK(out.capacity_gw == Approx(13.5));
        CHECK(out.deal_size_usd == Approx(270e9));  // 13.5 GW x $20B
    }
    SUBCASE("deal size -> GW -> deal size gives back the deal size") {
        in.size_by = SizeBy::deal_size;
        in.deal_scope = DealScope::hardware_and_facility;
        in.deal_size_usd = 100e9;
        const double gw = evaluated(in).capacity_gw;
        in.size_by = SizeBy::capacity;
        in.capacity_gw = gw;
        CHECK(evaluated(in).deal_size_usd == Approx(100e9));
    }
    SUBCASE("figures not sized by are ignored") {
        in.deal_size_usd = 1.0;
        in.gpus = 1.0;
        CHECK(evaluated(in).hardware_capex_usd == Approx(120e9));  // sized by the 6 GW
    }
}

TEST_CASE("capital recovery is straight line at 0% and an annuity above") {
    CHECK(capital_recovery_factor(0.0, 5.0) == Approx(0.2));  // 1 / 5 years
    // Annuity tables: 10% over 5 years = 0.263797, over 20 years = 0.117460.
    CHECK(capital_recovery_factor(0.10, 5.0) == Approx(0.263797).epsilon(1e-6));
    CHECK(capital_recovery_factor(0.10, 20.0) == Approx(0.117460).epsilon(1e-6));
    // A vanishing rate joins the straight line without a jump.
    CHECK(capital_recovery_factor(1e-12, 5.0) == Approx(0.2).epsilon(1e-9));
}

TEST_CASE("energy is facility power x utilization x 8760 hours") {
    const CapacityResults out = evaluated(CapacityInputs{});
    // 6 GW x PUE 1.2 x 80% x 8760 h = 50,457.6 GWh = 50.4576 TWh; at $60/MWh: $3.027B.
    CHECK(out.energy_twh_per_year == Approx(50.4576));
    CHECK(out.energy_cost_usd_per_year == Approx(50.4576e6 * 60.0));
}

TEST_CASE("cost per GPU-hour of the default 6 GW, by hand") {
    const CapacityResults out = evaluated(CapacityInputs{});
    // Capital: $120B x CRF(10%, 5) + $60B x CRF(10%, 20) = $31.656B + $7.048B = $38.703B.
    CHECK(out.capital_cost_usd_per_year == Approx(38.703275e9));
    CHECK(out.other_opex_usd_per_year == Approx(5.4e9));  // 3% of $180B
    // $38.703B + $3.027B energy + $5.4B other = $47.131B a year to break even.
    CHECK(out.breakeven_revenue_usd_per_year == Approx(47.130731e9));
    CHECK(out.breakeven_revenue_usd_per_gw_year == Approx(47.130731e9 / 6.0));
    // / (3M GPUs x 8760 h x 80%) = $2.2418 per GPU-hour.
    CHECK(out.cost_usd_per_gpu_hour == Approx(2.241759).epsilon(1e-6));

    SUBCASE("with only hardware, straight line, it is $ per GPU / life in hours") {
        // $40,000 / (5 years x 8760 h) = $0.9132 per GPU-hour.
        CHECK(evaluated(hardware_only()).cost_usd_per_gpu_hour == Approx(40'000.0 / 43'800.0));
    }
}

TEST_CASE("costs move the way a reader expects") {
    const CapacityInputs base;
    const CapacityResults before = evaluated(base);

    SUBCASE("more gigawatts cost more per year, the same per GPU-hour") {
        CapacityInputs in = base;
        in.capacity_gw = 12.0;
        const CapacityResults after = evaluated(in);
        CHECK(after.breakeven_revenue_usd_per_year == Approx(2.0 * before.breakeven_revenue_usd_per_year));
        CHECK(after.cost_usd_per_gpu_hour == Approx(before.cost_usd_per_gpu_hour));
    }
    SUBCASE("a higher cost of capital raises the yearly cost") {
        CapacityInputs in = base;
        in.cost_of_capital_per_year = 0.15;
        CHECK(evaluated(in).capital_cost_usd_per_year > before.capital_cost_usd_per_year);
    }
    SUBCASE("a longer GPU life lowers the yearly cost") {
        CapacityInputs in = base;
        in.it_life_years = 6.0;
        CHECK(evaluated(in).capital_cost_usd_per_year < before.capital_cost_usd_per_year);
    }
    SUBCASE("higher utilization spreads the cost over more GPU-hours") {
        CapacityInputs in = base;
        in.utilization_fraction = 0.95;
        CHECK(evaluated(in).cost_usd_per_gpu_hour < before.cost_usd_per_gpu_hour);
    }
}

TEST_CASE("capacity inputs that make no sense are rejected, naming the field") {
    CapacityInputs in;

    SUBCASE("a negative capacity") {
        in.capacity_gw = -3.0;
        const auto result = evaluate_capacity(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "capacity_gw");
        CHECK(result.error().message == "capacity_gw must be a finite number > 0 (got -3)");
    }
    SUBCASE("a utilization that is not a number") {
        in.utilization_fraction = std::numeric_limits<double>::quiet_NaN();
        const auto result = evaluate_capacity(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "utilization_fraction");
        CHECK(result.error().message == "utilization_fraction must be a finite number > 0 and ≤ 1 (got nan)");
    }
    SUBCASE("a PUE below 1, which would make cooling produce power") {
        in.pue = 0.9;
        const auto result = evaluate_capacity(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "pue");
    }
    SUBCASE("an infinite electricity price") {
        in.electricity_usd_per_mwh = std::numeric_limits<double>::infinity();
        const auto result = evaluate_capacity(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "electricity_usd_per_mwh");
    }
}
