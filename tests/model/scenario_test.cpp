// Scenario and field registry: every section evaluated together, and the registry that io,
// the CLI and the UI iterate.
#include "model/scenario.hpp"
#include "model/fields.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>

using namespace boomerang::model;
using doctest::Approx;

namespace {

std::string full_key(Section section, std::string_view key) {
    return std::string(section_name(section)) + "." + std::string(key);
}

}  // namespace

TEST_CASE("the default scenario evaluates every section from the articles' numbers") {
    const auto results = evaluate(Scenario{});
    REQUIRE(results.ok());
    CHECK(results->capacity.gpus == Approx(3e6));                           // AMD–OpenAI 6 GW
    CHECK(results->commitment.firm_value_usd == Approx(3.75e9));            // Anthropic–SpaceX
    CHECK(results->circularity.investment_committed_usd == Approx(100e9));  // Nvidia–OpenAI
    CHECK(results->network.total_flow_usd > 0.0);
    CHECK(results->supply.supply_gw_per_year == Approx(13.5));  // CoWoS 2025
}

TEST_CASE("the supply check's demand follows the capacity section unless entered") {
    Scenario scenario;

    SUBCASE("by default it checks the capacity section's 6 GW") {
        const auto results = evaluate(scenario);
        REQUIRE(results.ok());
        CHECK(results->supply.demand_gw == Approx(6.0));
        CHECK(results->supply.years_to_deliver == Approx(6.0 / 13.5));
    }
    SUBCASE("sized by OpenAI's $1T of hardware, it checks 50 GW") {
        scenario.capacity.size_by = SizeBy::deal_size;
        scenario.capacity.deal_size_usd = 1e12;
        ScenarioResults results;
        REQUIRE_FALSE(evaluate_section(scenario, Section::supply, results).has_value());
        CHECK(results.supply.demand_gw == Approx(50.0));
        CHECK(results.capacity.capacity_gw == Approx(50.0));  // evaluated for supply
    }
    SUBCASE("entered, it checks demand_gw") {
        scenario.supply.demand_source = DemandSource::entered;
        scenario.supply.demand_gw = 20.0;
        const auto results = evaluate(scenario);
        REQUIRE(results.ok());
        CHECK(results->supply.demand_gw == Approx(20.0));
    }
}

TEST_CASE("a scenario's error names the field as section.key") {
    Scenario scenario;
    scenario.capacity.capacity_gw = -3.0;
    const auto results = evaluate(scenario);
    REQUIRE_FALSE(results.ok());
    CHECK(results.error().field == "capacity.capacity_gw");
    CHECK(results.error().message == "capacity_gw must be a finite number > 0 (got -3)");
}

TEST_CASE("evaluate_section fills only the sections it needs") {
    ScenarioResults results;
    REQUIRE_FALSE(evaluate_section(Scenario{}, Section::commitment, results).has_value());
    CHECK(results.commitment.headline_value_usd == Approx(15e9));
    CHECK(results.capacity.gpus == 0.0);  // not evaluated
}

TEST_CASE("every registered input's default is inside its bounds") {
    const Scenario scenario;
    for (const InputField& field : input_fields()) {
        CAPTURE(full_key(field.section, field.key));
        CHECK(field.bounds.contains(field.get(scenario)));
    }
}

TEST_CASE("the model rejects every value the registry calls out of bounds, naming the field") {
    // The registry's bounds drive the UI's widgets and the io layer's messages; the model's
    // own validation must agree with them field by field.
    const auto rejects = [](const InputField& field, double value) {
        Scenario scenario;
        field.set(scenario, value);
        const auto results = evaluate(scenario);
        REQUIRE_FALSE(results.ok());
        CHECK(results.error().field == full_key(field.section, field.key));
        CHECK(results.error().message.find(std::string(field.key)) == 0);
    };
    for (const InputField& field : input_fields()) {
        CAPTURE(full_key(field.section, field.key));
        const Bounds& bounds = field.bounds;
        rejects(field, std::numeric_limits<double>::quiet_NaN());
        rejects(field, std::numeric_limits<double>::infinity());
        if (std::isfinite(bounds.min)) {
            rejects(field, bounds.min - 1.0);
            if (bounds.min_exclusive) rejects(field, bounds.min);
        }
        if (std::isfinite(bounds.max)) rejects(field, bounds.max + 1.0);
        if (bounds.whole_number) rejects(field, bounds.min + 0.5);
    }
}

TEST_CASE("registry keys are unique within a section and reach their own field") {
    std::set<std::string> inputs;
    for (const InputField& field : input_fields()) {
        CAPTURE(full_key(field.section, field.key));
        CHECK(inputs.insert(full_key(field.section, field.key)).second);
        CHECK(find_input_field(field.section, field.key) == &field);
        // set then get reads back the value: the accessors point at one member.
        Scenario scenario;
        const double moved = field.get(scenario) + 0.5;
        field.set(scenario, moved);
        CHECK(field.get(scenario) == moved);
    }
    std::set<std::string> outputs;
    for (const OutputField& field : output_fields()) {
        CAPTURE(full_key(field.section, field.key));
        CHECK(outputs.insert(full_key(field.section, field.key)).second);
        CHECK(find_output_field(field.section, field.key) == &field);
        CHECK(!field.formula.empty());
        CHECK(!unit_name(field.unit).empty());
    }
    CHECK(find_input_field(Section::capacity, "no_such_field") == nullptr);
}

TEST_CASE("registry outputs read the results they name") {
    const auto results = evaluate(Scenario{});
    REQUIRE(results.ok());
    CHECK(find_output_field(Section::capacity, "total_capex_usd")->get(*results) ==
          Approx(180e9));  // $120B hardware + $60B facility
    CHECK(find_output_field(Section::supply, "supply_gw_per_year")->get(*results) == Approx(13.5));
}

TEST_CASE("choice fields switch the model's modes by option index") {
    Scenario scenario;
    const ChoiceField* size_by = find_choice_field(Section::capacity, "size_by");
    REQUIRE(size_by != nullptr);
    REQUIRE(size_by->options.size() == 3);
    CHECK(size_by->options[size_by->get(scenario)].key == "capacity");

    size_by->set(scenario, 0);  // "deal_size"
    CHECK(size_by->options[0].key == "deal_size");
    CHECK(scenario.capacity.size_by == SizeBy::deal_size);

    for (const ChoiceField& field : choice_fields()) {
        CAPTURE(full_key(field.section, field.key));
        CHECK(find_choice_field(field.section, field.key) == &field);
        for (int i = 0; i < static_cast<int>(field.options.size()); ++i) {
            Scenario copy;
            field.set(copy, i);
            CHECK(field.get(copy) == i);
            CHECK(evaluate(copy).ok());
        }
    }
}
