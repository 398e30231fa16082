// Opening and saving scenario files from the desktop app: a file that does not load changes
// nothing and says why; a save opens again as it was; the recent files are remembered.
#include "ui/panels/file_panel.hpp"

#include "io/file_io.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace boomerang;
using boomerang::testing::read_bytes;
using boomerang::testing::ScopedEnv;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;
using boomerang::ui::Document;
using boomerang::ui::FileState;

namespace {

const std::string preset_path = io::absolute_path(BOOMERANG_SOURCE_DIR "/assets/scenarios/anthropic-spacex.json");

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The defaults, with one edit not saved anywhere.
Document edited_document() {
    Document document(io::ScenarioFile{}, "defaults");
    auto scenario = document.scenario();
    scenario.capacity.capacity_gw = 7.0;
    REQUIRE(document.apply(scenario) == "");
    return document;
}

}  // namespace

TEST_CASE("a scenario file that does not load leaves the document as it was and says why") {
    TempFolder folder;
    Document document = edited_document();
    FileState state;  // no recent_store: nothing is written outside the test's folder

    SUBCASE("a value of the wrong type: the message names the file and the field") {
        std::string text = read_bytes(preset_path);
        const std::string good = "\"term_months\": 12,";
        REQUIRE(contains(text, good));
        text.replace(text.find(good), good.size(), "\"term_months\": \"twelve\",");
        const std::string path = folder / "broken.json";
        write_bytes(path, text);

        const std::string message = open_scenario_file(document, state, path);
        CHECK(message.rfind("cannot open " + path + ": ", 0) == 0);
        CHECK(contains(message, "commitment.term_months"));
    }
    SUBCASE("a missing file: the message gives the operating system's reason") {
        const std::string path = folder / "nope.json";
        CHECK(open_scenario_file(document, state, path) == "cannot open " + path + ": No such file or directory");
    }
    CHECK(state.message_is_error);
    CHECK(document.scenario().capacity.capacity_gw == 7.0);
    CHECK(document.modified());
    CHECK(state.recent.empty());
    CHECK(state.current_path.empty());
}

TEST_CASE("a saved scenario opens again as it was, and saving clears unsaved changes") {
    TempFolder folder;
    Document document(io::ScenarioFile{}, "defaults");
    FileState state;
    REQUIRE(open_scenario_file(document, state, preset_path) == "");
    CHECK(document.origin_name() == "anthropic-spacex.json");
    CHECK(document.file().title == "Anthropic → SpaceX: $15B of compute, 90 days' notice");
    CHECK_FALSE(document.modified());

    auto scenario = document.scenario();
    scenario.commitment.notice_days = 30.0;
    REQUIRE(document.apply(scenario) == "");
    REQUIRE(document.modified());

    const std::string path = folder / "mine.json";
    save_scenario_file(document, state, path);
    CHECK(state.message == "Saved " + path);
    CHECK_FALSE(state.message_is_error);
    CHECK_FALSE(document.modified());
    CHECK(state.current_path == path);
    CHECK(state.recent == std::vector<std::string>{path, preset_path});

    Document reopened(io::ScenarioFile{}, "defaults");
    FileState other;
    REQUIRE(open_scenario_file(reopened, other, path) == "");
    CHECK(reopened.file() == document.file());
    CHECK(reopened.scenario().commitment.notice_days == 30.0);
    CHECK(other.message == "Opened " + path);
}

TEST_CASE("a save that fails keeps the unsaved changes and says why") {
    TempFolder folder;
    Document document = edited_document();
    FileState state;
    const std::string path = folder / "missing/mine.json";
    save_scenario_file(document, state, path);
    CHECK(state.message == "cannot save " + path + ": No such file or directory");
    CHECK(state.message_is_error);
    CHECK(document.modified());
    CHECK(state.current_path.empty());

    save_scenario_file(document, state, "");
    CHECK(state.message == "Nowhere to save: type the path of a file in the field");
}

TEST_CASE("the recent files are kept in the config folder and come back at the next start") {
    TempFolder folder;
    const ScopedEnv config("XDG_CONFIG_HOME", folder.path().c_str());
    Document document(io::ScenarioFile{}, "defaults");

    FileState first;
    ui::load_recent_files(first);
    CHECK(first.recent.empty());
    CHECK(first.message.empty());
    REQUIRE(open_scenario_file(document, first, preset_path) == "");

    FileState next;
    ui::load_recent_files(next);
    CHECK(next.recent == std::vector<std::string>{preset_path});

    write_bytes(folder / "boomerang/recent.json", "{ not json");
    FileState damaged;
    ui::load_recent_files(damaged);
    CHECK(damaged.recent.empty());
    CHECK(damaged.message == "The recent files were not loaded: " + (folder / "boomerang/recent.json") +
                                ": the recent files list is not a JSON object");
}
