// The recent files list: most recent first, each path once, at most eight; a damaged list
// file costs the list, never the start of the app.
#include "io/recent_files.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace boomerang;
using boomerang::testing::ScopedEnv;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;
using List = std::vector<std::string>;

TEST_CASE("the file opened or saved last comes first, and each file is listed once") {
    SUBCASE("a new file goes in front") {
        CHECK(io::add_recent({"/a.json", "/b.json"}, "/c.json") == List{"/c.json", "/a.json", "/b.json"});
    }
    SUBCASE("a listed file moves to the front instead of appearing twice") {
        CHECK(io::add_recent({"/a.json", "/b.json", "/c.json"}, "/b.json") == List{"/b.json", "/a.json", "/c.json"});
    }
    SUBCASE("the ninth file pushes out the one used longest ago") {
        List list;
        for (int i = 1; i <= 9; ++i) list = io::add_recent(list, "/" + std::to_string(i) + ".json");
        CHECK(list.size() == io::max_recent_files);
        CHECK(list.front() == "/9.json");
        CHECK(list.back() == "/2.json");
    }
    SUBCASE("a name that is not UTF-8 opens but is not listed: the list is JSON, and JSON is UTF-8") {
        // "café" in Latin-1 (0xE9 alone); the list must stay writable.
        const List list = io::add_recent({"/a.json"}, "/tmp/caf\xE9.json");
        CHECK(list == List{"/a.json"});
        CHECK(io::parse_recent_files(io::recent_files_json(list)).ok());
    }
}

TEST_CASE("the list reads back as it was written") {
    const List list{"/home/ann/deal.json", "/tmp/caf\xc3\xa9 \"quoted\".json"};
    const auto parsed = io::parse_recent_files(io::recent_files_json(list));
    REQUIRE_MESSAGE(parsed.ok(), parsed.error().message);
    CHECK(parsed.value() == list);
}

TEST_CASE("a damaged list file gives an empty list and says what is wrong") {
    SUBCASE("not JSON") {
        const auto parsed = io::parse_recent_files("{\"schema\": \"boomerang/recent-files@1\", \"paths\": [");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message == "the recent files list is not a JSON object");
    }
    SUBCASE("another kind of file") {
        const auto parsed = io::parse_recent_files(R"({"schema": "boomerang/scenario@1", "paths": []})");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message == "schema of the recent files list must be \"boomerang/recent-files@1\"");
    }
    SUBCASE("paths that are not a list") {
        const auto parsed = io::parse_recent_files(R"({"schema": "boomerang/recent-files@1", "paths": "/a.json"})");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().field == "paths");
    }
}

TEST_CASE("a list edited by hand is cleaned up entry by entry") {
    std::string paths = R"("/a.json", 7, "", null, "/b.json", "/a.json")";
    for (int i = 1; i <= 9; ++i) paths += ", \"/" + std::to_string(i) + ".json\"";
    const auto parsed = io::parse_recent_files(R"({"schema": "boomerang/recent-files@1", "paths": [)" + paths + "]}");
    REQUIRE_MESSAGE(parsed.ok(), parsed.error().message);
    // Non-strings and empty strings skipped, the second "/a.json" dropped, cut at eight.
    CHECK(parsed.value() ==
          List{"/a.json", "/b.json", "/1.json", "/2.json", "/3.json", "/4.json", "/5.json", "/6.json"});
}

TEST_CASE("the list is kept in the XDG config folder") {
    SUBCASE("XDG_CONFIG_HOME when it is set") {
        const ScopedEnv config("XDG_CONFIG_HOME", "/home/ann/.cfg");
        CHECK(io::recent_files_path() == "/home/ann/.cfg/boomerang/recent.json");
    }
    const ScopedEnv app_data("APPDATA", nullptr);  // Windows' place, checked below
    SUBCASE("~/.config otherwise") {
        const ScopedEnv config("XDG_CONFIG_HOME", nullptr);
        const ScopedEnv home("HOME", "/home/ann");
        CHECK(io::recent_files_path() == "/home/ann/.config/boomerang/recent.json");
    }
    SUBCASE("a relative XDG_CONFIG_HOME is ignored, as the XDG specification says") {
        const ScopedEnv config("XDG_CONFIG_HOME", "cfg");
        const ScopedEnv home("HOME", "/home/ann");
        CHECK(io::recent_files_path() == "/home/ann/.config/boomerang/recent.json");
    }
#ifdef _WIN32
    SUBCASE("on Windows, %APPDATA% when XDG_CONFIG_HOME is not set") {
        const ScopedEnv config("XDG_CONFIG_HOME", nullptr);
        const ScopedEnv roaming("APPDATA", "C:\\Users\\ann\\AppData\\Roaming");
        CHECK(io::recent_files_path() == "C:\\Users\\ann\\AppData\\Roaming\\boomerang\\recent.json");
    }
#endif
    SUBCASE("nowhere without a home") {
        const ScopedEnv config("XDG_CONFIG_HOME", nullptr);
        const ScopedEnv home("HOME", nullptr);
        CHECK(io::recent_files_path() == "");
    }
}

TEST_CASE("storing the list creates its folder; reading it before the first save gives none") {
    TempFolder folder;
    const std::string path = folder / "config/boomerang/recent.json";

    const auto before = io::read_recent_files(path);
    REQUIRE_MESSAGE(before.ok(), before.error().message);
    CHECK(before.value().empty());

    CHECK(io::write_recent_files(path, {"/a.json", "/b.json"}) == "");
    const auto after = io::read_recent_files(path);
    REQUIRE_MESSAGE(after.ok(), after.error().message);
    CHECK(after.value() == List{"/a.json", "/b.json"});

    write_bytes(path, "garbage");
    const auto damaged = io::read_recent_files(path);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().message == path + ": the recent files list is not a JSON object");
}
