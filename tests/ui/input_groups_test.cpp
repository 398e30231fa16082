// Inputs are grouped as the reader thinks of a deal, and sizes the model derives are shown
// as results until the user types into them.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "io/units.hpp"
#include "model/fields.hpp"
#include "ui/panels/compare_panel.hpp"
#include "ui/panels/input_groups.hpp"

using namespace boomerang;

TEST_CASE("every scalar input appears in exactly one group") {
    std::multiset<std::string> shown;
    for (const ui::InputGroup& group : ui::input_groups()) {
        if (!group.keys.empty()) {
            for (auto key : group.keys) shown.insert(io::field_path(group.section, key));
            continue;
        }
        for (const auto& field : model::input_fields()) {
            if (field.section == group.section) shown.insert(io::field_path(field.section, field.key));
        }
        for (const auto& choice : model::choice_fields()) {
            if (choice.section == group.section) shown.insert(io::field_path(choice.section, choice.key));
        }
    }
    for (const auto& field : model::input_fields()) {
        CHECK_MESSAGE(shown.count(io::field_path(field.section, field.key)) == 1, field.key);
    }
    for (const auto& choice : model::choice_fields()) {
        CHECK_MESSAGE(shown.count(io::field_path(choice.section, choice.key)) == 1, choice.key);
    }
}

TEST_CASE("typing into a derived size makes it the size the deal is sized by") {
    model::Scenario scenario;  // sized by capacity (GW)
    const auto* deal_size = model::find_input_field(model::Section::capacity, "deal_size_usd");
    const auto* gw = model::find_input_field(model::Section::capacity, "capacity_gw");
    REQUIRE(deal_size);
    REQUIRE(gw);
    CHECK(ui::is_derived(scenario, *deal_size));
    CHECK_FALSE(ui::is_derived(scenario, *gw));
    ui::select_as_input(scenario, *deal_size);
    CHECK(scenario.capacity.size_by == model::SizeBy::deal_size);
    CHECK(ui::is_derived(scenario, *gw));
}

TEST_CASE("differences read as signed amounts with the relative change") {
    CHECK(ui::difference_text(15e9, 18.75e9, model::Unit::usd) == "+$3.75B (+25%)");
    CHECK(ui::difference_text(2.0, 1.0, model::Unit::gw) == "-1.0 GW (-50%)");
    CHECK(ui::difference_text(5.0, 5.0, model::Unit::years) == "same");
    CHECK(ui::difference_text(NAN, 5.0, model::Unit::years) == "n/a");
}
