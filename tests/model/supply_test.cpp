// Supply check: the CoWoS arithmetic of Tencent Technology and Altman's gigawatt a week,
// with the formulas of docs/models/supply.md.
#include "model/supply.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace boomerang::model;
using doctest::Approx;

namespace {

SupplyResults evaluated(const SupplyInputs& inputs) {
    const auto result = evaluate_supply(inputs);
    REQUIRE(result.ok());
    return result.value();
}

}  // namespace

TEST_CASE("CoWoS supply reproduces the article's 6.75M GPUs and 13.5 GW for 2025") {
    // Tencent Technology: 900,000 wafers, Nvidia half, dual-die GB200 -> "6.75 million GPUs"
    // -> at 500,000 GPUs per GW "nearly 14GW".
    const SupplyResults out = evaluated(SupplyInputs{});
    CHECK(out.supply_gpus_per_year == Approx(6.75e6));  // 900,000 x 0.5 x 30 / 2
    CHECK(out.supply_gw_per_year == Approx(13.5));

    SUBCASE("a 90% packaging yield loses a tenth") {
        SupplyInputs in;
        in.packaging_yield_fraction = 0.9;
        CHECK(evaluated(in).supply_gpus_per_year == Approx(6.075e6));
    }
}

TEST_CASE("OpenAI's 50 GW takes years of Nvidia's whole supply") {
    // Tencent Technology: "NVIDIA's annual supply is far from meeting OpenAI's demand".
    SupplyInputs in;
    in.demand_gw = 50.0;
    const SupplyResults out = evaluated(in);
    CHECK(out.years_to_deliver == Approx(50.0 / 13.5));  // 3.7 years
    CHECK(out.demand_gpus == Approx(25e6));              // 50 GW x 500,000

    SUBCASE("at a gigawatt a week it would take under a year") {
        CHECK(out.years_to_deliver_at_target == Approx(50.0 / 52.0));
    }
}

TEST_CASE("a gigawatt a week is 52 GW a year, almost four times 2025's supply") {
    // Altman, quoted in RTZ #854: "a gigawatt of new AI infrastructure every week".
    const SupplyResults out = evaluated(SupplyInputs{});
    CHECK(out.target_gw_per_year == Approx(52.0));
    CHECK(out.supply_to_target_ratio == Approx(13.5 / 52.0));  // 26%
}

TEST_CASE("growing supply shortens delivery") {
    SupplyInputs in;
    in.supply_growth_per_year = 1.0;  // doubling: 13.5, 27, 54 GW ...

    SUBCASE("the closed form agrees with the yearly sums at whole years") {
        in.demand_gw = 13.5 + 27.0;  // exactly two years of supply
        CHECK(evaluated(in).years_to_deliver == Approx(2.0));
    }
    SUBCASE("50 GW in between takes a fractional year") {
        // ln(1 + 50 x 1 / 13.5) / ln 2 = 2.2338 years.
        in.demand_gw = 50.0;
        CHECK(evaluated(in).years_to_deliver == Approx(2.2337972));
    }
    SUBCASE("no demand needs no time") {
        in.demand_gw = 0.0;
        CHECK(evaluated(in).years_to_deliver == 0.0);
    }
}

TEST_CASE("the year-by-year series for the supply chart") {
    SupplyInputs in;
    in.demand_gw = 50.0;
    in.supply_growth_per_year = 0.5;
    in.horizon_years = 3.0;
    const SupplyResults out = evaluated(in);
    REQUIRE(out.series.size() == 3);
    CHECK(out.series[0].year == 2025);
    CHECK(out.series[2].year == 2027);
    CHECK(out.series[1].supply_gw == Approx(13.5 * 1.5));
    CHECK(out.series[2].cumulative_supply_gw == Approx(13.5 * (1.0 + 1.5 + 2.25)));
    CHECK(out.series[2].demand_gw == Approx(50.0));
    CHECK(out.series[2].target_cumulative_gw == Approx(3.0 * 52.0));
}

TEST_CASE("supply inputs that make no sense are rejected, naming the field") {
    SupplyInputs in;

    SUBCASE("a vendor share above 100%") {
        in.vendor_share_fraction = 1.2;
        const auto result = evaluate_supply(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "vendor_share_fraction");
        CHECK(result.error().message == "vendor_share_fraction must be a finite number > 0 and ≤ 1 (got 1.2)");
    }
    SUBCASE("a GPU made of half a die") {
        in.dies_per_gpu = 0.5;
        const auto result = evaluate_supply(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "dies_per_gpu");
    }
    SUBCASE("a fractional horizon") {
        in.horizon_years = 2.5;
        const auto result = evaluate_supply(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "horizon_years");
    }
    SUBCASE("no wafers, which would never deliver") {
        in.cowos_wafers_per_year = 0.0;
        const auto result = evaluate_supply(in);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().field == "cowos_wafers_per_year");
    }
}
