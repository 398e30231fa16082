// The document under bad input (issue 6): an edit or an open that the model refuses says why
// and changes nothing: not the scenario, not its results, not the revision, not the history.
//
// Typed text, files and links that the io layer refuses (empty, wrong type, unknown schema,
// truncated or corrupt links, broken UTF-8, 10 MB) never reach the document: their messages
// are tabled in tests/io/bad_input_test.cpp. What can reach it are values of the right type
// that the model refuses, listed here.
#include <doctest/doctest.h>

#include <limits>
#include <string>
#include <vector>

#include "ui/state/document.hpp"

using boomerang::io::ScenarioFile;
using boomerang::ui::Document;

namespace {

constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

// Defaults, then 7 GW and 8 GW, the second undone: a refusal must neither add an undo step
// nor drop the redo step.
Document document_with_history() {
    Document document(ScenarioFile{}, "defaults");
    for (double gw : {7.0, 8.0}) {
        auto scenario = document.scenario();
        scenario.capacity.capacity_gw = gw;
        REQUIRE(document.apply(scenario).empty());
    }
    document.undo();
    return document;
}

struct Snapshot {
    ScenarioFile file;
    ScenarioFile origin;
    std::string origin_name;
    double gpus = 0;
    unsigned revision = 0;
    unsigned history_step = 0;
    bool modified = false;
};

Snapshot snapshot(const Document& document) {
    return {document.file(),     document.origin(),         document.origin_name(),
            document.results().capacity.gpus, document.revision(), document.history_step(),
            document.modified()};
}

void check_unchanged(const Document& document, const Snapshot& before) {
    CHECK(document.file() == before.file);
    CHECK(document.scenario().capacity.capacity_gw == 7.0);
    CHECK(document.results().capacity.gpus == before.gpus);
    CHECK(document.revision() == before.revision);
    CHECK(document.history_step() == before.history_step);
    CHECK(document.origin() == before.origin);
    CHECK(document.origin_name() == before.origin_name);
    CHECK(document.modified() == before.modified);
    // The history still leads back to the defaults and forward to 8 GW.
    Document back = document;
    back.undo();
    CHECK(back.scenario().capacity.capacity_gw == 6.0);
    CHECK_FALSE(back.can_undo());
    Document forward = document;
    forward.redo();
    CHECK(forward.scenario().capacity.capacity_gw == 8.0);
    CHECK_FALSE(forward.can_redo());
}

struct Row {
    std::string what;
    double capacity_gw;
    std::string message;  // the model's, shown verbatim; capacity_gw must be > 0
};

const std::vector<Row> capacity_rows = {
    {"NaN", not_a_number, "capacity_gw must be a finite number > 0 (got nan)"},
    {"+infinity", infinity, "capacity_gw must be a finite number > 0 (got inf)"},
    {"-infinity", -infinity, "capacity_gw must be a finite number > 0 (got -inf)"},
    {"negative", -3.0, "capacity_gw must be a finite number > 0 (got -3)"},
    {"zero", 0.0, "capacity_gw must be a finite number > 0 (got 0)"},
};

}  // namespace

TEST_CASE("an edit the model refuses says why and leaves the document as it was") {
    for (const Row& row : capacity_rows) {
        INFO(row.what);
        Document document = document_with_history();
        const Snapshot before = snapshot(document);
        auto scenario = document.scenario();
        scenario.capacity.capacity_gw = row.capacity_gw;
        CHECK(document.apply(scenario, "capacity.capacity_gw") == row.message);
        check_unchanged(document, before);
    }
}

TEST_CASE("opening a scenario the model refuses says why and leaves the document as it was") {
    for (const Row& row : capacity_rows) {
        INFO(row.what);
        Document document = document_with_history();
        const Snapshot before = snapshot(document);
        ScenarioFile file;
        file.title = "A bad file";
        file.scenario.capacity.capacity_gw = row.capacity_gw;
        CHECK(document.open(file, "bad.json") == row.message);
        check_unchanged(document, before);
    }
}

TEST_CASE("a refused list item or combination leaves the document as it was") {
    Document document = document_with_history();
    const Snapshot before = snapshot(document);
    SUBCASE("NaN in a flow of the network") {
        auto scenario = document.scenario();
        scenario.network.flows.at(0).amount_usd = not_a_number;
        CHECK(document.apply(scenario) ==
              "amount_usd of flow 1 (Nvidia -> OpenAI) must be a finite number \u2265 0 (got nan)");
    }
    SUBCASE("a flow to a company that is not in the network") {
        auto scenario = document.scenario();
        scenario.network.flows.at(0).to = "Nobody";
        CHECK(document.apply(scenario) ==
              "to of flow 1 (Nvidia -> Nobody) names \"Nobody\", which is not a company in the network");
    }
    SUBCASE("a ramp longer than the term") {
        ScenarioFile file;
        file.scenario.commitment.term_months = 12;
        file.scenario.commitment.ramp_months = 13;
        CHECK(document.open(file, "bad.json") == "ramp_months must not exceed term_months (got 13 > 12)");
    }
    check_unchanged(document, before);
}

// The io layer refuses values beyond max_input_magnitude when they are typed or read from a
// file; the model refuses them too, so a label scrubbed far enough stops at the last
// sensible value instead of overflowing the results to infinity.
TEST_CASE("a value beyond max_input_magnitude is refused by the document too") {
    Document document = document_with_history();
    const Snapshot before = snapshot(document);
    auto scenario = document.scenario();
    scenario.capacity.capacity_gw = 1e300;
    CHECK_FALSE(document.apply(scenario).empty());
    check_unchanged(document, before);
}

// A denormal divisor would turn $/GPU and $/GPU-hour into infinity: tiny values are slips too.
TEST_CASE("a value too small to mean anything is refused by the document, naming the field") {
    Document document = document_with_history();
    const Snapshot before = snapshot(document);
    auto scenario = document.scenario();
    scenario.capacity.gpus_per_gw = 1e-300;
    const std::string message = document.apply(scenario);
    CHECK(message == "gpus_per_gw must be 0 or at least 1e-09 in size; smaller values are typing slips (got 1e-300)");
    check_unchanged(document, before);
}
