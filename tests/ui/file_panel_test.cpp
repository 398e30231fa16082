// Opening and saving book files from the desktop app: a file that does not load changes
// nothing and says why; a save opens again as it was; a scenario@1 file opens as a book and is
// never overwritten by Save; the recent files are remembered.
#include "ui/panels/file_panel.hpp"

#include "io/book_json.hpp"
#include "io/file_io.hpp"

#include "../fixtures/preset_books.hpp"
#include "../support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace boomerang;
using boomerang::testing::read_bytes;
using boomerang::testing::ScopedEnv;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;
using boomerang::ui::BookDocument;
using boomerang::ui::FileState;

namespace {

const std::string preset_path = io::absolute_path(testing::preset_books_folder + "anthropic-spacex-v1.json");
const std::string scenario_path =
    io::absolute_path(BOOMERANG_SOURCE_DIR "/tests/fixtures/scenario-v1/anthropic-spacex.json");

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

double notice_days(const BookDocument& document) { return *document.book().deals.at(0).exit->notice_days; }

// The Anthropic preset, with one edit not saved anywhere.
BookDocument edited_document() {
    BookDocument document(io::load_book(read_bytes(preset_path)).value().file, "anthropic-spacex");
    auto book = document.book();
    book.deals.at(0).exit->notice_days = 7.0;
    REQUIRE(document.apply(book) == "");
    return document;
}

}  // namespace

TEST_CASE("a book file that does not load leaves the document as it was and says why") {
    TempFolder folder;
    BookDocument document = edited_document();
    FileState state;  // no recent_store: nothing is written outside the test's folder

    SUBCASE("a value of the wrong type: the message names the file and the field") {
        std::string text = read_bytes(preset_path);
        const std::string good = "\"notice_days\": 90,";
        REQUIRE(contains(text, good));
        text.replace(text.find(good), good.size(), "\"notice_days\": \"ninety\",");
        const std::string path = folder / "broken.json";
        write_bytes(path, text);

        const std::string message = open_book_file(document, state, path);
        CHECK(message.rfind("cannot open " + path + ": ", 0) == 0);
        CAPTURE(message);
        CHECK(contains(message, "exit.notice_days"));
    }
    SUBCASE("a missing file: the message gives the operating system's reason") {
        const std::string path = folder / "nope.json";
        CHECK(open_book_file(document, state, path) == "cannot open " + path + ": No such file or directory");
    }
    CHECK(state.message_is_error);
    CHECK(notice_days(document) == 7.0);
    CHECK(document.modified());
    CHECK(state.recent.empty());
    CHECK(state.current_path.empty());
}

TEST_CASE("a saved book opens again as it was, and saving clears unsaved changes") {
    TempFolder folder;
    BookDocument document(io::BookFile{}, "empty");
    FileState state;
    REQUIRE(open_book_file(document, state, preset_path) == "");
    CHECK(document.origin_name() == "anthropic-spacex-v1.json");
    CHECK(document.file().title == "Anthropic → SpaceX: Colossus for $1.25B a month, 90 days' notice");
    CHECK_FALSE(document.modified());

    auto book = document.book();
    book.deals.at(0).exit->notice_days = 30.0;
    REQUIRE(document.apply(book) == "");
    REQUIRE(document.modified());

    const std::string path = folder / "mine.json";
    save_book_file(document, state, path);
    CHECK(state.message == "Saved " + path);
    CHECK_FALSE(state.message_is_error);
    CHECK_FALSE(document.modified());
    CHECK(state.current_path == path);
    CHECK(state.recent == std::vector<std::string>{path, preset_path});

    BookDocument reopened(io::BookFile{}, "empty");
    FileState other;
    REQUIRE(open_book_file(reopened, other, path) == "");
    CHECK(reopened.file() == document.file());
    CHECK(notice_days(reopened) == 30.0);
    CHECK(other.message == "Opened " + path);
}

TEST_CASE("a scenario@1 file opens as a book, and Save does not write over it") {
    TempFolder folder;
    const std::string path = folder / "old.json";
    const std::string original = read_bytes(scenario_path);
    write_bytes(path, original);
    BookDocument document(io::BookFile{}, "empty");
    FileState state;
    REQUIRE(open_book_file(document, state, path) == "");
    CHECK_FALSE(document.book().deals.empty());
    CHECK(contains(state.message, "Save as writes it as a book file; the scenario file stays as it is"));
    CHECK(state.current_path.empty());
    save_book_file(document, state, state.current_path);
    CHECK(state.message_is_error);
    CHECK(read_bytes(path) == original);
}

TEST_CASE("a save that fails keeps the unsaved changes and says why") {
    TempFolder folder;
    BookDocument document = edited_document();
    FileState state;
    const std::string path = folder / "missing/mine.json";
    save_book_file(document, state, path);
    CHECK(state.message == "cannot save " + path + ": No such file or directory");
    CHECK(state.message_is_error);
    CHECK(document.modified());
    CHECK(state.current_path.empty());

    save_book_file(document, state, "");
    CHECK(state.message == "Nowhere to save: type the path of a file in the field");
}

TEST_CASE("the recent files are kept in the config folder and come back at the next start") {
    TempFolder folder;
    const ScopedEnv config("XDG_CONFIG_HOME", folder.path().c_str());
    BookDocument document(io::BookFile{}, "empty");

    FileState first;
    ui::load_recent_files(first);
    CHECK(first.recent.empty());
    CHECK(first.message.empty());
    REQUIRE(open_book_file(document, first, preset_path) == "");

    FileState next;
    ui::load_recent_files(next);
    CHECK(next.recent == std::vector<std::string>{preset_path});

    write_bytes(folder / "boomerang/recent.json", "{ not json");
    FileState damaged;
    ui::load_recent_files(damaged);
    CHECK(damaged.recent.empty());
    // The path as io::recent_files_path() makes it from XDG_CONFIG_HOME, with '/' on every system.
    CHECK(damaged.message == "The recent files were not loaded: " + folder.path() + "/boomerang/recent.json" +
                                 ": the recent files list is not a JSON object");
}
