// Typed numbers with units (io/units.hpp): what people type into a field, what it means in
// the field's base unit, and what they are told when it means nothing.
#include "io/units.hpp"

#include "model/commitment.hpp"
#include "model/fields.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using boomerang::io::parse_input;
using boomerang::io::parse_quantity;
using boomerang::model::Unit;

namespace {

double parsed(std::string_view text, Unit unit) {
    const auto result = parse_quantity(text, unit);
    INFO("text: ", std::string(text));
    REQUIRE_MESSAGE(result.ok(), result.error().message);
    return *result;
}

std::string rejection(std::string_view text, Unit unit) {
    const auto result = parse_quantity(text, unit);
    INFO("text: ", std::string(text));
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

const boomerang::model::InputField& field(boomerang::model::Section section, std::string_view key) {
    const auto* found = boomerang::model::find_input_field(section, key);
    REQUIRE(found != nullptr);
    return *found;
}

}  // namespace

TEST_CASE("dollar amounts read with magnitudes, dollar signs and thousands separators") {
    CHECK(parsed("15B", Unit::usd) == 15e9);
    CHECK(parsed("$1.25bn", Unit::usd) == 1.25e9);
    CHECK(parsed("1.25 billion", Unit::usd) == 1.25e9);
    CHECK(parsed("$1,250M", Unit::usd) == 1.25e9);
    CHECK(parsed("1.2T", Unit::usd) == 1.2e12);
    CHECK(parsed("$15m", Unit::usd) == 15e6);
    CHECK(parsed("500k", Unit::usd) == 500e3);
    CHECK(parsed("1e9", Unit::usd) == 1e9);
    CHECK(parsed("15 B USD", Unit::usd) == 15e9);
    CHECK(parsed("1_250_000", Unit::usd) == 1.25e6);
    CHECK(parsed("  $ 3.959 billion  ", Unit::usd) == 3.959e9);
    SUBCASE("a sign before or after the dollar sign") {
        CHECK(parsed("-$5B", Unit::usd) == -5e9);
        CHECK(parsed("$-5B", Unit::usd) == -5e9);
        CHECK(parsed("+5B", Unit::usd) == 5e9);
    }
}

TEST_CASE("counts, powers and prices read with their units") {
    CHECK(parsed("3M GPUs", Unit::gpus) == 3e6);
    CHECK(parsed("500k", Unit::gpus) == 500e3);
    CHECK(parsed("500,000 GPUs", Unit::gpus) == 500e3);
    CHECK(parsed("6 GW", Unit::gw) == 6.0);
    CHECK(parsed("6GW", Unit::gw) == 6.0);
    CHECK(parsed("$20B/GW", Unit::usd_per_gw) == 20e9);
    CHECK(parsed("$65/MWh", Unit::usd_per_mwh) == 65.0);
    CHECK(parsed("$2.41/GPU-h", Unit::usd_per_gpu_hour) == 2.41);
    CHECK(parsed("$2.41 per GPU-hour", Unit::usd_per_gpu_hour) == 2.41);
    CHECK(parsed("500k GPUs/GW", Unit::gpus_per_gw) == 500e3);
    CHECK(parsed("160M shares", Unit::shares) == 160e6);
    CHECK(parsed("$0.01/share", Unit::usd_per_share) == 0.01);
    CHECK(parsed("30 dies/wafer", Unit::dies_per_wafer) == 30.0);
    CHECK(parsed("2 dies per GPU", Unit::dies_per_gpu) == 2.0);
    CHECK(parsed("3Mwafers/yr", Unit::wafers_per_year) == 3e6);
    CHECK(parsed("1.2x", Unit::ratio) == 1.2);
    CHECK(parsed("1.2×", Unit::ratio) == 1.2);
}

TEST_CASE("units convert within their family into the field's base unit") {
    SUBCASE("power: 6000 MW is 6 GW") { CHECK(parsed("6000 MW", Unit::gw) == 6.0); }
    SUBCASE("energy price: $0.06/kWh is $60/MWh") { CHECK(parsed("$0.06/kWh", Unit::usd_per_mwh) == 60.0); }
    SUBCASE("GPUs per MW are a thousandth of GPUs per GW") { CHECK(parsed("500 per MW", Unit::gpus_per_gw) == 500e3); }
    SUBCASE("durations: a month is the commitment model's 30 days, a year 365 days") {
        CHECK(parsed("90 days", Unit::days) == 90.0);
        CHECK(parsed("3 months", Unit::days) == 3 * boomerang::model::days_per_month);
        CHECK(parsed("2 years", Unit::days) == 730.0);
        CHECK(parsed("1 week", Unit::days) == 7.0);
        CHECK(parsed("90 days", Unit::months) == 3.0);
        CHECK(parsed("1 year", Unit::months) == 12.0);
        CHECK(parsed("60 months", Unit::years) == 5.0);
    }
    SUBCASE("rates: per month is twelve times per year, per week 52 times") {
        CHECK(parsed("$1.25B a month", Unit::usd_per_year) == 15e9);
        CHECK(parsed("75k wafers a month", Unit::wafers_per_year) == 900e3);
        CHECK(parsed("1 GW a week", Unit::gw_per_year) == 52.0);
        CHECK(parsed("52 GW per year", Unit::gw_per_week) == 1.0);
        CHECK(parsed("10% a year", Unit::fraction_per_year) == 0.1);
    }
    SUBCASE("two denominators in any order: per GW and per year") {
        CHECK(parsed("$2.5B/GW/yr", Unit::usd_per_gw_year) == 2.5e9);
        CHECK(parsed("$2.5B per GW-year", Unit::usd_per_gw_year) == 2.5e9);
        CHECK(parsed("$2.5B/yr/GW", Unit::usd_per_gw_year) == 2.5e9);
    }
}

TEST_CASE("percentages are fractions, and a bare number is in the base unit") {
    CHECK(parsed("40%", Unit::fraction) == 0.4);
    CHECK(parsed("0.4", Unit::fraction) == 0.4);
    CHECK(parsed("2.5 percent", Unit::fraction) == 0.025);
    CHECK(parsed("1.8%/month", Unit::fraction_per_month) == 0.018);
    CHECK(parsed("120%", Unit::ratio) == 1.2);
    CHECK(parsed("6", Unit::gw) == 6.0);
    CHECK(parsed("90", Unit::days) == 90.0);
    CHECK(parsed("2025", Unit::calendar_year) == 2025.0);
    CHECK(parsed(".5", Unit::usd) == 0.5);
    CHECK(parsed("1.", Unit::usd) == 1.0);
}

TEST_CASE("every unit's examples, shown in hints, parse in that unit") {
    for (int u = 0; u <= static_cast<int>(Unit::calendar_year); ++u) {
        const auto unit = static_cast<Unit>(u);
        std::string examples(boomerang::io::unit_examples(unit));
        // "15B, $1.25bn or 500M" -> "15B", "$1.25bn", "500M"
        for (std::size_t at; (at = examples.find(" or ")) != std::string::npos;) {
            examples.replace(at, 4, ", ");
        }
        std::vector<std::string> texts;
        for (std::size_t start = 0; start <= examples.size();) {
            const std::size_t end = std::min(examples.find(", ", start), examples.size());
            texts.push_back(examples.substr(start, end - start));
            start = end + 2;
        }
        CHECK(texts.size() == 3);
        for (const std::string& text : texts) {
            INFO("unit ", std::string(boomerang::model::unit_name(unit)), ", example ", text);
            CHECK(parse_quantity(text, unit).ok());
        }
    }
}

TEST_CASE("text that is not a quantity is refused with a sentence saying why and what works") {
    SUBCASE("trailing junk points at what follows") {
        CHECK(rejection("15Bx", Unit::usd) ==
              "“15Bx” is not a dollar amount: unexpected “x” after “15B”. Try 15B, $1.25bn or "
              "500M.");
        CHECK(rejection("15 bananas", Unit::usd) ==
              "“15 bananas” is not a dollar amount: unexpected “bananas” after “15”. Try 15B, "
              "$1.25bn or 500M.");
        CHECK(rejection("1.2.3", Unit::usd) ==
              "“1.2.3” is not a dollar amount: unexpected “.3” after “1.2”. Try 15B, $1.25bn or "
              "500M.");
        CHECK(rejection("5/GW", Unit::gw) ==
              "“5/GW” is not a power in GW: unexpected “/GW” after “5”. Try 6 GW, 6000 MW or "
              "1.5.");
    }
    SUBCASE("empty text asks for a value") {
        CHECK(rejection("", Unit::usd) == "Enter a dollar amount, such as 15B, $1.25bn or 500M.");
        CHECK(rejection("   ", Unit::gw) == "Enter a power in GW, such as 6 GW, 6000 MW or 1.5.");
    }
    SUBCASE("words that are not numbers") {
        CHECK(rejection("abc", Unit::usd) ==
              "“abc” is not a dollar amount: it does not start with a number. Try 15B, $1.25bn or "
              "500M.");
    }
    SUBCASE("a unit of another family") {
        CHECK(rejection("90 days", Unit::usd) ==
              "“90 days” is not a dollar amount: “days” is a unit of time. Try 15B, $1.25bn or "
              "500M.");
        CHECK(rejection("$5", Unit::days) ==
              "“$5” is not a number of days: “$” is a currency. Try 90 days, 3 months or 90.");
        CHECK(rejection("$65/GW", Unit::usd_per_mwh) ==
              "“$65/GW” is not an electricity price: “GW” is a unit of power. Try $60/MWh, "
              "$0.06/kWh or 60.");
        CHECK(rejection("3M GPUs", Unit::gw) ==
              "“3M GPUs” is not a power in GW: “GPUs” is a count of GPUs. Try 6 GW, 6000 MW or "
              "1.5.");
    }
    SUBCASE("NaN and infinities") {
        for (const char* text : {"NaN", "nan", "inf", "-Infinity", "$inf"}) {
            CHECK(rejection(text, Unit::usd) ==
                  "“" + std::string(text) +
                      "” is not a dollar amount: it must be a finite number. Try 15B, $1.25bn or "
                      "500M.");
        }
    }
    SUBCASE("numbers beyond a double's range") {
        CHECK(rejection("1e400", Unit::usd) ==
              "“1e400” is not a dollar amount: the number is too large. Try 15B, $1.25bn or "
              "500M.");
        CHECK(rejection("1e300T", Unit::usd) ==
              "“1e300T” is not a dollar amount: the number is too large. Try 15B, $1.25bn or "
              "500M.");
    }
    SUBCASE("a comma is never a decimal point, whatever the locale") {
        CHECK(rejection("1,25", Unit::usd) ==
              "“1,25” is not a dollar amount: “,” only separates thousands, as in 1,250,000; "
              "write decimals with a point, as in 1.25. Try 15B, $1.25bn or 500M.");
        CHECK(parsed("1,250.5", Unit::usd) == 1250.5);
    }
    SUBCASE("bytes that are not UTF-8: stray, overlong and surrogate encodings") {
        for (const char* text : {"15B\xFF", "\xC0\xAF", "\xED\xA0\x80", "\xE2\x82"}) {
            CHECK(rejection(text, Unit::usd) ==
                  "The text contains bytes that are not UTF-8 characters; type the value again "
                  "as a dollar amount, such as 15B, $1.25bn or 500M.");
        }
    }
    SUBCASE("a long paste is echoed shortened") {
        const std::string text = "1" + std::string(100, 'x');
        CHECK(rejection(text, Unit::usd).rfind("“1" + std::string(39, 'x') + "…” is not", 0) == 0);
    }
}

TEST_CASE("a field's text is parsed, then checked against the field's bounds") {
    using boomerang::model::Section;
    const auto& capacity_gw = field(Section::capacity, "capacity_gw");
    CHECK(*parse_input("6000 MW", capacity_gw) == 6.0);

    const auto negative = parse_input("-3 GW", capacity_gw);
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().field == "capacity.capacity_gw");
    CHECK(negative.error().message == "capacity.capacity_gw must be a finite number > 0 (got -3)");

    const auto garbage = parse_input("15Bx", field(Section::capacity, "deal_size_usd"));
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.error().field == "capacity.deal_size_usd");
    CHECK(garbage.error().message ==
          "“15Bx” is not a dollar amount: unexpected “x” after “15B”. Try 15B, $1.25bn or 500M.");

    SUBCASE("values beyond 10^15 of the base unit are typing slips") {
        const auto huge = parse_input("1e300", capacity_gw);
        REQUIRE_FALSE(huge.ok());
        CHECK(huge.error().field == "capacity.capacity_gw");
        CHECK(huge.error().message ==
              "capacity.capacity_gw must be a finite number of at most 1e+15 in size; larger "
              "values are typing slips, not deals (got 1e+300)");
    }
    SUBCASE("a percentage above 100% is outside a fraction's bounds") {
        const auto over = parse_input("150%", field(Section::capacity, "utilization_fraction"));
        REQUIRE_FALSE(over.ok());
        CHECK(over.error().message == "capacity.utilization_fraction must be a finite number > 0 and ≤ 1 (got 1.5)");
    }
}
