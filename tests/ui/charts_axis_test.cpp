// Chart axes: nice ticks, scales, labels through io::format_value, the hover lookup.
#include "ui/charts/axis.hpp"

#include <doctest/doctest.h>

#include <utility>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace boomerang::ui::charts;
using boomerang::model::Unit;
using doctest::Approx;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> values(const Ticks& ticks) { return {ticks.view().begin(), ticks.view().end()}; }

// A step is nice when it is 1, 2 or 5 times a power of ten.
bool nice(double step) {
    const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
    return std::abs(mantissa - 1.0) < 1e-9 || std::abs(mantissa - 2.0) < 1e-9 || std::abs(mantissa - 5.0) < 1e-9;
}

bool strictly_increasing(const Ticks& ticks) {
    for (int i = 1; i < ticks.count; ++i) {
        if (!(ticks.values[static_cast<std::size_t>(i)] > ticks.values[static_cast<std::size_t>(i - 1)])) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("a flat range is widened by a tenth of its value, or by 1 around 0; a range with width is kept") {
    const auto widened = [](double low, double high) {
        boomerang::ui::charts::widen_flat_range(low, high);
        return std::pair{low, high};
    };
    CHECK(widened(50.0, 50.0) == std::pair{45.0, 55.0});
    CHECK(widened(-20.0, -20.0) == std::pair{-22.0, -18.0});
    CHECK(widened(0.0, 0.0) == std::pair{-1.0, 1.0});
    CHECK(widened(1.0, 2.0) == std::pair{1.0, 2.0});
}

TEST_CASE("nice ticks step by 1, 2 or 5 times a power of ten and cover the range") {
    SUBCASE("a $15B deal: $0 to $15B in steps of $5B") {
        // 15e9 / 5 intervals = 3e9, rounded up to the nice 5e9.
        CHECK(values(nice_ticks(0, 15e9, 6)) == std::vector<double>{0, 5e9, 10e9, 15e9});
    }
    SUBCASE("a share: 0 to 1 in fifths") {
        const Ticks ticks = nice_ticks(0, 1, 6);
        REQUIRE(ticks.count == 6);
        CHECK(ticks.step == Approx(0.2));
        CHECK(ticks.first() == 0.0);
        CHECK(ticks.last() == Approx(1.0));
    }
    SUBCASE("a range across zero keeps zero as a tick") {
        // Steps of 2 would need seven ticks (-4..8); the next nice step, 5, needs four.
        CHECK(values(nice_ticks(-3, 7, 6)) == std::vector<double>{-5, 0, 5, 10});
    }
    SUBCASE("decimals are the doubles nearest the written numbers") {
        // 3 x 0.1 is 0.30000000000000004 in doubles; ticks are computed as 3 / 10 instead.
        const Ticks ticks = nice_ticks(0, 0.3, 4);
        REQUIRE(ticks.count == 4);
        CHECK(ticks.values[3] == 0.3);
    }
    SUBCASE("a tiny range: nanoseconds") {
        const Ticks ticks = nice_ticks(0, 3e-9, 5);
        REQUIRE(ticks.count == 4);
        CHECK(ticks.step == Approx(1e-9));
        CHECK(ticks.last() == Approx(3e-9));
    }
    SUBCASE("a huge range") {
        const Ticks ticks = nice_ticks(0, 1e300, 6);
        REQUIRE(ticks.count == 6);
        CHECK(ticks.step == Approx(2e299));
        CHECK(ticks.last() == Approx(1e300));
    }
    SUBCASE("a range as wide as doubles allow: max - min overflows, the ticks do not") {
        const Ticks ticks = nice_ticks(-1e308, 1e308, 6);
        REQUIRE(ticks.count == 5);
        CHECK(ticks.first() == Approx(-1e308));
        CHECK(ticks.last() == Approx(1e308));
    }
    SUBCASE("min above max is read as the range between them") {
        CHECK(values(nice_ticks(15e9, 0, 6)) == values(nice_ticks(0, 15e9, 6)));
    }
}

TEST_CASE("every tick set is increasing, nice, within its count and covering, for many ranges") {
    const double ranges[][2] = {{0, 1},        {0, 7},        {-1, 1},   {0.001, 0.0042},  {17, 83},
                                {2025, 2034},  {0, 1.25e9},   {-50, -3}, {1e-300, 5e-300}, {3, 3.000001},
                                {0, 999.96e9}, {-7e12, 2e12}, {12, 12.5}};
    for (const auto& range : ranges) {
        for (int max_count = 2; max_count <= kMaxTicks; ++max_count) {
            CAPTURE(range[0]);
            CAPTURE(range[1]);
            CAPTURE(max_count);
            const Ticks ticks = nice_ticks(range[0], range[1], max_count);
            REQUIRE(ticks.count >= 2);
            // A range across zero needs a tick below, at and above it (the case below).
            const bool across_zero = range[0] < 0 && range[1] > 0;
            CHECK(ticks.count <= std::max(max_count, across_zero ? 3 : 2));
            CHECK(nice(ticks.step));
            CHECK(strictly_increasing(ticks));
            CHECK(ticks.first() <= range[0] + ticks.step * 1e-9);
            CHECK(ticks.last() >= range[1] - ticks.step * 1e-9);
        }
    }
}

TEST_CASE("ranges without sane ticks give none, and never crash") {
    SUBCASE("NaN or infinite ends give no ticks") {
        CHECK(nice_ticks(kNaN, 1, 5).empty());
        CHECK(nice_ticks(0, kNaN, 5).empty());
        CHECK(nice_ticks(0, kInf, 5).empty());
        CHECK(nice_ticks(-kInf, kInf, 5).empty());
        CHECK(ticks_within(kNaN, kNaN, 5).empty());
    }
    SUBCASE("a range past the largest double's ticks gives none rather than infinity") {
        const Ticks ticks = nice_ticks(0, std::numeric_limits<double>::max(), 6);
        for (double tick : ticks.view()) CHECK(std::isfinite(tick));
    }
    SUBCASE("a range finer than doubles resolve at its size gives none or distinct ticks") {
        // Doubles near 1e20 are 16,384 apart: ticks 10,000 apart would collapse.
        const Ticks ticks = nice_ticks(1e20, 1e20 + 3e4, 8);
        CHECK(strictly_increasing(ticks));
    }
}

TEST_CASE("a zero-width range still gets an axis around its value") {
    SUBCASE("a flat series at 5") {
        const Ticks ticks = nice_ticks(5, 5, 6);
        REQUIRE(ticks.count >= 2);
        CHECK(ticks.first() < 5.0);
        CHECK(ticks.last() > 5.0);
    }
    SUBCASE("all zeros: an axis from 0 with zero as a tick") {
        const Ticks ticks = nice_ticks(0, 0, 6);
        REQUIRE(ticks.count >= 2);
        CHECK(std::find(ticks.view().begin(), ticks.view().end(), 0.0) != ticks.view().end());
    }
}

TEST_CASE("a range across zero keeps a tick below, at and above zero, even when asked for two") {
    // (1 - -1) / (2 - 1) = 2: a step of 2 needs -2, 0 and 2 to cover [-1, 1].
    CHECK(values(nice_ticks(-1, 1, 2)) == std::vector<double>{-2, 0, 2});
}

TEST_CASE("the tick count is read as 2 to kMaxTicks") {
    CHECK(values(nice_ticks(0, 10, 0)) == std::vector<double>{0, 10});
    CHECK(nice_ticks(0, 1, 1000).count <= kMaxTicks);
}

TEST_CASE("ticks within a range are as many as allowed, inside, for many ranges") {
    const double ranges[][2] = {{0, 12}, {0.5, 12.5}, {1.85, 3.05}, {2025, 2034}, {-3, 7}, {0, 1.5e10}};
    for (const auto& range : ranges) {
        for (int max_count = 2; max_count <= kMaxTicks; ++max_count) {
            CAPTURE(range[0]);
            CAPTURE(range[1]);
            CAPTURE(max_count);
            const Ticks ticks = ticks_within(range[0], range[1], max_count);
            REQUIRE(ticks.count >= 1);
            CHECK(ticks.count <= max_count);
            CHECK(nice(ticks.step));
            CHECK(strictly_increasing(ticks));
            CHECK(ticks.first() >= range[0] - ticks.step * 1e-9);
            CHECK(ticks.last() <= range[1] + ticks.step * 1e-9);
        }
    }
}

TEST_CASE("calendar years tick on whole years only") {
    CHECK(min_tick_step(Unit::calendar_year) == 1.0);
    CHECK(min_tick_step(Unit::usd) == 0.0);
    // Ten ticks would allow steps of 0.5 years over three years; whole years need three.
    CHECK(values(nice_ticks(2025, 2027, 10, min_tick_step(Unit::calendar_year))) ==
          std::vector<double>{2025, 2026, 2027});
}

TEST_CASE("ticks within a range start and end inside the data") {
    SUBCASE("a twelve-month contract: every second month") {
        CHECK(values(ticks_within(0, 12, 10)) == std::vector<double>{0, 2, 4, 6, 8, 10, 12});
    }
    SUBCASE("ticks outside the data are dropped") {
        const Ticks ticks = ticks_within(0.5, 12.5, 10);
        REQUIRE(ticks.count > 0);
        CHECK(ticks.first() >= 0.5);
        CHECK(ticks.last() <= 12.5);
        CHECK(ticks.step == 2.0);
    }
    SUBCASE("a narrow axis still gets two ticks inside the data") {
        CHECK(values(ticks_within(1.85, 3.05, 2)) == std::vector<double>{2, 3});
    }
    SUBCASE("ten years from 2025") {
        const Ticks ticks = ticks_within(2025, 2034, 6, 1.0);
        CHECK(ticks.first() >= 2025.0);
        CHECK(ticks.last() <= 2034.0);
        CHECK(ticks.step == 2.0);
    }
}

TEST_CASE("as many ticks as fit their labels: fewer on a phone") {
    // (300 + 20) / (40 + 20) = 5.3: five labels of 40 px with 20 px between them.
    CHECK(fitting_tick_count(300, 40, 20) == 5);
    CHECK(fitting_tick_count(10, 40, 20) == 2);
    CHECK(fitting_tick_count(0, 40, 20) == 2);
    CHECK(fitting_tick_count(1e6f, 40, 20) == kMaxTicks);
}

TEST_CASE("a scale maps values to pixels and back, either way round") {
    SUBCASE("x: left to right") {
        const Scale x{0, 10, 100, 200};
        CHECK(x.to_pixel(5) == Approx(150));
        CHECK(x.to_value(150) == Approx(5));
    }
    SUBCASE("y: the smallest value at the bottom pixel") {
        const Scale y{0, 10, 300, 100};
        CHECK(y.to_pixel(0) == Approx(300));
        CHECK(y.to_pixel(10) == Approx(100));
        CHECK(y.to_value(200) == Approx(5));
    }
    SUBCASE("a zero-width value range maps to the middle") {
        const Scale flat{5, 5, 0, 100};
        CHECK(flat.to_pixel(5) == Approx(50));
        CHECK(flat.to_value(20) == 5.0);
    }
    SUBCASE("values far away or not numbers still give finite pixels") {
        const Scale x{0, 1, 0, 100};
        CHECK(std::isfinite(x.to_pixel(1e300)));
        CHECK(std::isfinite(x.to_pixel(-1e300)));
        CHECK(std::isfinite(x.to_pixel(kNaN)));
    }
}

TEST_CASE("tick labels are written by io::format_value, with the axis' unit") {
    // The rules of src/io/format.hpp: three significant digits, one decimal below 10.
    CHECK(tick_label(5e9, {Unit::usd, false}) == "$5.0B");
    CHECK(tick_label(15e9, {Unit::usd, false}) == "$15B");
    CHECK(tick_label(0, {Unit::usd, false}) == "$0");
    CHECK(tick_label(10, {Unit::gw, false}) == "10 GW");
    CHECK(tick_label(0.25, {Unit::fraction, false}) == "25%");
    CHECK(tick_label(2030, {Unit::calendar_year, false}) == "2030");
    SUBCASE("a crowded axis drops the unit its caption names") {
        CHECK(tick_label(12, {Unit::months, false}) == "12 months");
        CHECK(tick_label(12, {Unit::months, true}) == "12");
    }
    CHECK(tick_label(kNaN, {Unit::usd, false}) == "n/a");
}

TEST_CASE("hover picks the x nearest the mouse") {
    const std::vector<double> months{0, 1, 2, 3};
    CHECK(nearest_index(months, 1.4) == 1);
    CHECK(nearest_index(months, 1.6) == 2);
    CHECK(nearest_index(months, 1.5) == 1);  // a tie goes to the earlier x
    CHECK(nearest_index(months, -10) == 0);
    CHECK(nearest_index(months, 100) == 3);
    CHECK(nearest_index(months, kNaN) == -1);
    CHECK(nearest_index({}, 1.0) == -1);
    SUBCASE("x values that are not numbers are never picked") {
        const std::vector<double> gappy{0, kNaN, 2};
        CHECK(nearest_index(gappy, 1.1) == 2);
        CHECK(nearest_index(std::vector<double>{kNaN, kNaN}, 1.0) == -1);
    }
}
