// Formatting for people (io/format.hpp): one rule per kind of number, each with examples.
#include "io/format.hpp"

#include "io/units.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>

using namespace boomerang::io;
using boomerang::model::Unit;

TEST_CASE("dollars: three significant digits with K/M/B/T, one decimal kept below 10") {
    CHECK(format_usd(1.25e9) == "$1.25B");
    CHECK(format_usd(3.75e9) == "$3.75B");
    CHECK(format_usd(15e9) == "$15B");
    CHECK(format_usd(120e9) == "$120B");
    CHECK(format_usd(5e9) == "$5.0B");
    CHECK(format_usd(1e12) == "$1.0T");
    CHECK(format_usd(40e3) == "$40K");
    CHECK(format_usd(37.674896e9) == "$37.7B");
    SUBCASE("the scale is picked after rounding: $999.96B is $1.0T") {
        CHECK(format_usd(999.96e9) == "$1.0T");
        CHECK(format_usd(999.7) == "$1.0K");
    }
    SUBCASE("below $1,000: cents unless the amount is whole") {
        CHECK(format_usd(650) == "$650");
        CHECK(format_usd(2.41) == "$2.41");
        CHECK(format_usd(0.01) == "$0.01");
        CHECK(format_usd(999.4) == "$999.40");
        CHECK(format_usd(0) == "$0");
    }
    SUBCASE("negative amounts lead with a minus") { CHECK(format_usd(-1.25e9) == "-$1.25B"); }
    SUBCASE("beyond a thousand trillion, scientific notation") { CHECK(format_usd(1e30) == "$1.0e+18T"); }
}

TEST_CASE("a price per GPU-hour always shows cents") {
    CHECK(format_usd_per_gpu_hour(2.41) == "$2.41/GPU-h");
    CHECK(format_usd_per_gpu_hour(2) == "$2.00/GPU-h");
}

TEST_CASE("power: GW with one decimal below 10, MW below 1 GW") {
    CHECK(format_gw(6) == "6.0 GW");
    CHECK(format_gw(13.5) == "13.5 GW");
    CHECK(format_gw(50) == "50 GW");
    CHECK(format_gw(0.75) == "750 MW");
    CHECK(format_gw(0.0015) == "1.5 MW");
    CHECK(format_gw(0.9996) == "1.0 GW");  // 999.6 MW rounds to 1,000 MW
    CHECK(format_gw(1000) == "1,000 GW");
    CHECK(format_gw(0) == "0 GW");
}

TEST_CASE("counts: k/M/B/T like dollars, whole numbers below a thousand") {
    CHECK(format_gpus(500e3) == "500k GPUs");
    CHECK(format_gpus(3e6) == "3.0M GPUs");
    CHECK(format_gpus(6.75e6) == "6.75M GPUs");
    CHECK(format_gpus(750) == "750 GPUs");
    CHECK(format_gpus(1) == "1 GPU");
    CHECK(format_count(24.28e6) == "24.3M");
    CHECK(format_count(1.62e9) == "1.62B");
}

TEST_CASE("percentages, multiples and durations: three significant digits, no padding") {
    CHECK(format_percent(0.25) == "25%");
    CHECK(format_percent(0.025) == "2.5%");
    CHECK(format_percent(0.04) == "4%");
    CHECK(format_percent(1.0 / 3.0) == "33.3%");
    CHECK(format_ratio(0.5) == "0.5×");
    CHECK(format_ratio(1.8) == "1.8×");
    CHECK(format_days(90) == "90 days");
    CHECK(format_days(1) == "1 day");
    CHECK(format_days(3652.5) == "3,653 days");  // integer digits are never dropped
    CHECK(format_months(2.9589) == "2.96 months");
    CHECK(format_years(1) == "1 year");
    CHECK(format_twh(50.4576) == "50.5 TWh");
    CHECK(format_number(1234567) == "1,234,567");
}

TEST_CASE("format_value writes each unit the way parse_quantity reads it") {
    CHECK(format_value(20e9, Unit::usd_per_gw) == "$20B/GW");
    CHECK(format_value(15.5e9, Unit::usd_per_year) == "$15.5B/yr");
    CHECK(format_value(7.86e9, Unit::usd_per_gw_year) == "$7.86B/GW-yr");
    CHECK(format_value(60, Unit::usd_per_mwh) == "$60/MWh");
    CHECK(format_value(235.4781, Unit::usd_per_share) == "$235.48/share");
    CHECK(format_value(1, Unit::gw_per_week) == "1.0 GW/week");
    CHECK(format_value(500e3, Unit::gpus_per_gw) == "500k GPUs/GW");
    CHECK(format_value(900e3, Unit::wafers_per_year) == "900k wafers/yr");
    CHECK(format_value(160e6, Unit::shares) == "160M shares");
    CHECK(format_value(0.1, Unit::fraction_per_year) == "10%/yr");
    CHECK(format_value(2025, Unit::calendar_year) == "2025");

    SUBCASE("and reading it back gives the value to three significant digits") {
        for (int u = 0; u <= static_cast<int>(Unit::calendar_year); ++u) {
            const auto unit = static_cast<Unit>(u);
            for (double value : {2025.0, 0.3, 1.5, 6.0, 13.5, 750.0, 2.41e4, 3.959e9, 1.25e12}) {
                const std::string text = format_value(value, unit);
                const auto back = parse_quantity(text, unit);
                INFO(std::string(boomerang::model::unit_name(unit)), ": ", value, " -> ", text);
                REQUIRE(back.ok());
                // Calendar years are whole; everything else keeps three significant digits.
                const double tolerance = unit == Unit::calendar_year ? 0.5 : 0.005 * value;
                CHECK(std::abs(*back - value) <= tolerance);
            }
        }
    }
}

TEST_CASE("values that are not finite show as n/a, without a unit") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (int u = 0; u <= static_cast<int>(Unit::calendar_year); ++u) {
        for (double value : {nan, inf, -inf}) {
            CHECK(format_value(value, static_cast<Unit>(u)) == "n/a");
        }
    }
}
