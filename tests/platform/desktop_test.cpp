// The desktop app's command line (docs/DESKTOP.md): what it prints without opening a window.
#include "version/version.hpp"

#include "../support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

using boomerang::testing::read_bytes;
using boomerang::testing::TempFolder;

TEST_CASE("boomerang --version prints the project's version and commit, as boomerang-cli does, and exits 0") {
    TempFolder scratch;
    const std::string out = scratch / "stdout.txt";
    const std::string command = "'" BOOMERANG_APP_PATH "' --version >'" + out + "'";
    CHECK(std::system(command.c_str()) == 0);
    // BOOMERANG_PROJECT_VERSION: project(boomerang VERSION ...) in CMakeLists.txt.
    CHECK(read_bytes(out) ==
          "boomerang " BOOMERANG_PROJECT_VERSION " (commit " + std::string(boomerang::version::commit()) + ")\n");
}
