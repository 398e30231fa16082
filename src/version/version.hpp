// The version of this build, as every program shows it: boomerang-cli --version, the desktop
// app's --version, the About window and the web page's metadata (cmake/version.cmake).
//
//   std::printf("boomerang-cli %s\n", std::string(version::label()).c_str());
//
// The definitions are a generated file (cmake/version_file.cmake), checked at every build, so
// a new commit relinks the programs without recompiling what includes this header.
#pragma once

#include <string_view>

namespace boomerang::version {

// "0.1.0": the project's version, from project(boomerang VERSION ...) in CMakeLists.txt.
std::string_view number();

// "abc1234": the git commit built, "abc1234-dirty" when tracked files had been edited, or
// "unknown" when the sources are not a git checkout (a source tarball).
std::string_view commit();

// "0.1.0 (commit abc1234)": the number and the commit as shown to people.
std::string_view label();

}  // namespace boomerang::version
