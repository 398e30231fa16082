// The figure cards' tooltips: an output's formula and the inputs it names, with their values.
#include <doctest/doctest.h>

#include "model/fields.hpp"
#include "ui/panels/results_panel.hpp"

using namespace boomerang;

TEST_CASE("a formula lists the inputs it names as whole words, not inside longer names") {
    const model::OutputField* gpus = model::find_output_field(model::Section::capacity, "gpus");
    REQUIRE(gpus != nullptr);
    REQUIRE(std::string_view(gpus->formula).find("gpus_per_gw") != std::string_view::npos);
    const std::string text = ui::formula_with_inputs(*gpus, model::Scenario{});
    CHECK(text.find("gpus_per_gw = ") != std::string::npos);
    CHECK(text.find("capacity_gw = ") != std::string::npos);
    // The input "gpus" (for sizing by GPU count) is not part of this formula.
    CHECK(text.find("\ngpus = ") == std::string::npos);
}
