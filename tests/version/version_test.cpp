// The version every program shows (src/version/version.hpp): the project's version as
// CMakeLists.txt declares it (passed in as BOOMERANG_PROJECT_VERSION), and the commit that
// cmake/version_file.cmake reads from git on every build, or "unknown" outside a checkout.
#include "version/version.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <string>

using namespace boomerang;
using boomerang::testing::read_bytes;
using boomerang::testing::TempFolder;
using boomerang::testing::write_bytes;

namespace {

const std::string git = BOOMERANG_GIT;

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// Runs `command` with sh; its exit status.
int shell(const std::string& command) { return std::system(command.c_str()); }

// What `git -C folder arguments` prints, or "" when it fails.
std::string git_output(const std::string& folder, const std::string& arguments, const TempFolder& scratch) {
    const std::string out = scratch / "git-output.txt";
    if (shell(quoted(git) + " -C " + quoted(folder) + " " + arguments + " >" + quoted(out) + " 2>/dev/null") != 0) {
        return "";
    }
    return read_bytes(out);
}

// cmake/version_file.cmake runs on the build machine: a cross-built test program (Windows,
// under Wine) cannot start the build machine's cmake, so it is checked natively only.
#ifndef _WIN32
// A git command on a scratch checkout, with an identity of its own and no signing.
void git_in(const std::string& folder, const std::string& arguments) {
    const std::string command = quoted(git) + " -C " + quoted(folder) +
                                " -c user.name=Boomerang -c user.email=tests@example.invalid -c commit.gpgsign=false " +
                                arguments + " >/dev/null 2>&1";
    REQUIRE_MESSAGE(shell(command) == 0, command);
}

struct Written {
    std::string cpp;
    std::string text;  // the label and a newline
};

// Runs cmake/version_file.cmake as the build does, for `source` with version 9.8.7.
Written write_version(const TempFolder& scratch, const std::string& source, const std::string& git_path) {
    const std::string command = quoted(BOOMERANG_CMAKE_COMMAND) + " -DVERSION=9.8.7 -DSOURCE_DIR=" + quoted(source) +
                                " -DGIT=" + quoted(git_path) + " -DCPP=" + quoted(scratch / "version.cpp") +
                                " -DTEXT=" + quoted(scratch / "version.txt") + " -P " +
                                quoted(BOOMERANG_SOURCE_DIR "/cmake/version_file.cmake");
    REQUIRE_MESSAGE(shell(command) == 0, command);
    return {read_bytes(scratch / "version.cpp"), read_bytes(scratch / "version.txt")};
}
#endif

}  // namespace

TEST_CASE("the version is the project's, and the commit the one the sources were built from") {
    CHECK(version::number() == BOOMERANG_PROJECT_VERSION);
    CHECK(version::label() == std::string(version::number()) + " (commit " + std::string(version::commit()) + ")");
    const std::string commit(version::commit());
    // A short hash (git lengthens it past 7 digits only where 7 would be ambiguous).
    CHECK_MESSAGE(std::regex_match(commit, std::regex("[0-9a-f]{7,40}(-dirty)?|unknown")), commit);
    if (git.empty()) return;
    TempFolder scratch;
    // --show-cdup prints an empty line when the folder is the top of its checkout.
    const std::string head = git_output(BOOMERANG_SOURCE_DIR, "rev-parse --show-cdup HEAD", scratch);
    if (head.empty() || head[0] != '\n') {
        CHECK(commit == "unknown");
        return;
    }
    const std::string hash = commit.substr(0, commit.find('-'));
    CHECK_MESSAGE(head.substr(1).rfind(hash, 0) == 0, "the build says commit ", commit, " but the checkout is at ",
                  head.substr(1), ": build again after committing");
}

#ifndef _WIN32
TEST_CASE("the commit is read from git at every build, and files are rewritten only when it changed") {
    TempFolder scratch;
    const std::string source = scratch / "source";
    std::filesystem::create_directory(source);

    SUBCASE("sources that are not a git checkout (a source tarball) have commit unknown, without failing") {
        CHECK(write_version(scratch, source, git).text == "9.8.7 (commit unknown)\n");
        CHECK(write_version(scratch, source, "").text == "9.8.7 (commit unknown)\n");
        CHECK(write_version(scratch, source, "/nonexistent/git").text == "9.8.7 (commit unknown)\n");
    }

    if (git.empty()) return;
    git_in(source, "init -q");
    write_bytes(source + "/CMakeLists.txt", "project(x)\n");
    git_in(source, "add CMakeLists.txt");

    SUBCASE("a checkout without a commit has commit unknown") {
        CHECK(write_version(scratch, source, git).text == "9.8.7 (commit unknown)\n");
    }

    SUBCASE("a commit, an edit, the next commit") {
        git_in(source, "commit -q -m first");
        const std::string first = git_output(source, "rev-parse --short=7 HEAD", scratch);
        REQUIRE(first.size() == 8);  // seven digits and a newline: a scratch repository never needs more
        const std::string first_hash = first.substr(0, 7);
        const Written written = write_version(scratch, source, git);
        CHECK(written.text == "9.8.7 (commit " + first_hash + ")\n");
        CHECK(written.cpp.find("std::string_view commit() { return \"" + first_hash + "\"; }") != std::string::npos);
        CHECK(written.cpp.find("std::string_view number() { return \"9.8.7\"; }") != std::string::npos);
        CHECK(written.cpp.find("std::string_view label() { return \"9.8.7 (commit " + first_hash + ")\"; }") !=
              std::string::npos);

        // Unchanged: neither file is written again, so the build recompiles and relinks nothing.
        const auto an_hour_ago = std::filesystem::file_time_type::clock::now() - std::chrono::hours(1);
        std::filesystem::last_write_time(scratch / "version.cpp", an_hour_ago);
        std::filesystem::last_write_time(scratch / "version.txt", an_hour_ago);
        const auto cpp_time = std::filesystem::last_write_time(scratch / "version.cpp");
        const auto text_time = std::filesystem::last_write_time(scratch / "version.txt");
        write_version(scratch, source, git);
        CHECK(std::filesystem::last_write_time(scratch / "version.cpp") == cpp_time);
        CHECK(std::filesystem::last_write_time(scratch / "version.txt") == text_time);

        // An untracked file leaves the build the commit's; an edit to a tracked one does not.
        write_bytes(source + "/notes.txt", "scratch\n");
        CHECK(write_version(scratch, source, git).text == "9.8.7 (commit " + first_hash + ")\n");
        write_bytes(source + "/CMakeLists.txt", "project(y)\n");
        CHECK(write_version(scratch, source, git).text == "9.8.7 (commit " + first_hash + "-dirty)\n");

        git_in(source, "commit -q -a -m second");
        const std::string second_hash = git_output(source, "rev-parse --short=7 HEAD", scratch).substr(0, 7);
        CHECK(second_hash != first_hash);
        CHECK(write_version(scratch, source, git).text == "9.8.7 (commit " + second_hash + ")\n");
    }

    SUBCASE("a folder inside a checkout is not that checkout (a tarball unpacked in it)") {
        git_in(source, "commit -q -m first");
        std::filesystem::create_directory(source + "/unpacked");
        CHECK(write_version(scratch, source + "/unpacked", git).text == "9.8.7 (commit unknown)\n");
    }
}
#endif
