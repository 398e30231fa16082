// The document: edits go through the model, refused edits change nothing, undo/redo.
#include <doctest/doctest.h>

#include "model/fields.hpp"
#include "ui/state/document.hpp"

using boomerang::io::ScenarioFile;
using boomerang::ui::Document;

namespace {

Document fresh() { return Document(ScenarioFile{}, "defaults"); }

boomerang::model::Scenario with_capacity_gw(const Document& document, double gw) {
    auto scenario = document.scenario();
    scenario.capacity.capacity_gw = gw;
    return scenario;
}

}  // namespace

TEST_CASE("an accepted edit changes the scenario and its results together") {
    Document document = fresh();
    CHECK(document.apply(with_capacity_gw(document, 10.0)).empty());
    CHECK(document.scenario().capacity.capacity_gw == 10.0);
    // 10 GW × 500,000 GPUs per GW (the default, Tencent Technology).
    CHECK(document.results().capacity.gpus == doctest::Approx(5e6));
    CHECK(document.modified());
}

TEST_CASE("a refused edit keeps the last good values and says why, naming the field") {
    Document document = fresh();
    const unsigned revision = document.revision();
    const std::string message = document.apply(with_capacity_gw(document, -3.0));
    CHECK(message.find("capacity_gw") != std::string::npos);
    CHECK(document.scenario().capacity.capacity_gw == 6.0);
    CHECK(document.revision() == revision);
    CHECK_FALSE(document.can_undo());
}

TEST_CASE("undo and redo walk the edits; a drag is one step") {
    Document document = fresh();
    SUBCASE("separate edits are separate steps") {
        document.apply(with_capacity_gw(document, 7.0));
        document.apply(with_capacity_gw(document, 8.0));
        document.undo();
        CHECK(document.scenario().capacity.capacity_gw == 7.0);
        document.undo();
        CHECK(document.scenario().capacity.capacity_gw == 6.0);
        CHECK_FALSE(document.can_undo());
        document.redo();
        CHECK(document.scenario().capacity.capacity_gw == 7.0);
        CHECK(document.results().capacity.gpus == doctest::Approx(3.5e6));
    }
    SUBCASE("edits with one merge key fold into one step until the drag ends") {
        for (double gw : {6.5, 7.0, 7.5}) document.apply(with_capacity_gw(document, gw), "capacity.capacity_gw");
        document.end_merge();
        document.apply(with_capacity_gw(document, 9.0), "capacity.capacity_gw");
        document.undo();
        CHECK(document.scenario().capacity.capacity_gw == 7.5);
        document.undo();
        CHECK(document.scenario().capacity.capacity_gw == 6.0);
    }
    SUBCASE("a new edit after undo drops the redo steps") {
        document.apply(with_capacity_gw(document, 7.0));
        document.undo();
        document.apply(with_capacity_gw(document, 9.0));
        CHECK_FALSE(document.can_redo());
    }
}

TEST_CASE("opening a scenario replaces the history and becomes the reset point") {
    Document document = fresh();
    document.apply(with_capacity_gw(document, 7.0));
    ScenarioFile other;
    other.scenario.capacity.capacity_gw = 2.0;
    CHECK(document.open(other, "other").empty());
    CHECK_FALSE(document.can_undo());
    CHECK_FALSE(document.modified());
    CHECK(document.origin().scenario.capacity.capacity_gw == 2.0);
    CHECK(document.origin_name() == "other");

    SUBCASE("a scenario the model refuses is not opened") {
        ScenarioFile broken;
        broken.scenario.capacity.pue = 0.5;  // below 1: a site cannot draw less than its IT load
        CHECK_FALSE(document.open(broken, "broken").empty());
        CHECK(document.origin_name() == "other");
    }
}

TEST_CASE("the history keeps at most max_steps steps") {
    Document document = fresh();
    for (std::size_t i = 0; i <= boomerang::ui::ScenarioHistory::max_steps + 5; ++i) {
        document.apply(with_capacity_gw(document, 1.0 + static_cast<double>(i)));
    }
    std::size_t undos = 0;
    while (document.can_undo()) {
        document.undo();
        ++undos;
    }
    CHECK(undos == boomerang::ui::ScenarioHistory::max_steps);
}

TEST_CASE("the history step moves once per undo step, not once per merged edit") {
    Document document = fresh();
    const unsigned start = document.history_step();
    SUBCASE("a drag is one step however many values it passes") {
        for (double gw = 6.0; gw < 7.0; gw += 0.1) document.apply(with_capacity_gw(document, gw), "capacity.capacity_gw");
        CHECK(document.history_step() == start + 1);
        document.end_merge();
        document.apply(with_capacity_gw(document, 8.0), "capacity.capacity_gw");
        CHECK(document.history_step() == start + 2);
    }
    SUBCASE("undo, redo and opening another scenario each move it") {
        document.apply(with_capacity_gw(document, 9.0));
        document.undo();
        document.redo();
        CHECK(document.history_step() == start + 3);
        document.open(ScenarioFile{}, "other");
        CHECK(document.history_step() == start + 4);
    }
    SUBCASE("a refused edit does not") {
        document.apply(with_capacity_gw(document, -1.0));
        CHECK(document.history_step() == start);
    }
}
