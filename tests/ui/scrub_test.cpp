// Dragging a label scrubs its value: by a factor for amounts, by a step for fractions.
#include <doctest/doctest.h>

#include <cmath>

#include "model/fields.hpp"
#include "ui/state/scrub.hpp"

using boomerang::model::Section;
using boomerang::ui::scrub_factor_per_px;
using boomerang::ui::scrub_fraction_per_px;
using boomerang::ui::scrubbed_value;

namespace {
const boomerang::model::InputField& field(Section section, const char* key) {
    const auto* found = boomerang::model::find_input_field(section, key);
    REQUIRE(found != nullptr);
    return *found;
}
}  // namespace

TEST_CASE("amounts scale by the same factor per pixel at any magnitude") {
    const auto& gw = field(Section::capacity, "capacity_gw");
    // 100 px right multiplies by e^(100 × 0.005) = e^0.5 ≈ 1.6487.
    CHECK(scrubbed_value(6.0, 100.0, gw) == doctest::Approx(6.0 * std::exp(100 * scrub_factor_per_px)));
    CHECK(scrubbed_value(600.0, 100.0, gw) / 600.0 == doctest::Approx(scrubbed_value(6.0, 100.0, gw) / 6.0));
    CHECK(scrubbed_value(6.0, -100.0, gw) == doctest::Approx(6.0 * std::exp(-100 * scrub_factor_per_px)));
}

TEST_CASE("fractions move by a fixed step and stay between 0 and 1") {
    const auto& exit = field(Section::commitment, "exit_probability_per_year");
    CHECK(scrubbed_value(0.2, 50.0, exit) == doctest::Approx(0.2 + 50 * scrub_fraction_per_px));
    CHECK(scrubbed_value(0.95, 500.0, exit) == 1.0);
    CHECK(scrubbed_value(0.05, -500.0, exit) == 0.0);
    SUBCASE("a fraction that must stay above 0 (utilization) stops where it is") {
        CHECK(scrubbed_value(0.05, -500.0, field(Section::capacity, "utilization_fraction")) == 0.05);
    }
}

TEST_CASE("whole-number fields stay whole and a value never leaves its bounds") {
    const auto& term = field(Section::commitment, "term_months");
    const double dragged = scrubbed_value(12.0, 37.0, term);
    CHECK(dragged == std::round(dragged));
    CHECK(dragged > 12.0);
    SUBCASE("a life of 0 years is not allowed, so the drag stops short of it") {
        const auto& life = field(Section::capacity, "it_life_years");
        CHECK(scrubbed_value(5.0, -100000.0, life) > 0.0);
    }
    SUBCASE("non-finite drags change nothing") {
        CHECK(scrubbed_value(6.0, NAN, field(Section::capacity, "capacity_gw")) == 6.0);
    }
}

TEST_CASE("dragging right from zero starts at one unit") {
    const auto& fee = field(Section::commitment, "termination_fee_usd");
    CHECK(scrubbed_value(0.0, 10.0, fee) == 1.0);
    CHECK(scrubbed_value(0.0, -10.0, fee) == 0.0);
}
