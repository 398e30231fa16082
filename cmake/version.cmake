# The version every program shows (About, --version, the web page's metadata): the project's
# version from project(... VERSION) and the git commit it is built from, as
# "0.1.0 (commit abc1234)".
#
# The commit is read on every build, not only when CMake configures, so a build after a
# commit or an edit never shows a stale one. cmake/version_file.cmake rewrites its outputs
# only when they change: with the same commit a build recompiles and relinks nothing; after a
# new one it recompiles one small file and relinks the programs.
#
#   BOOMERANG_VERSION_SOURCE  generated C++ behind src/version/version.hpp (library boomerang_version)
#   BOOMERANG_VERSION_TEXT    the same label as one line of text, for cmake/site_index.cmake
#   boomerang_version_file    the target that writes both; depend on it to use the text file
find_package(Git QUIET)
set(BOOMERANG_VERSION_SOURCE "${PROJECT_BINARY_DIR}/generated/boomerang_version.cpp")
set(BOOMERANG_VERSION_TEXT "${PROJECT_BINARY_DIR}/generated/boomerang_version.txt")
add_custom_target(boomerang_version_file
  COMMAND ${CMAKE_COMMAND} -DVERSION=${PROJECT_VERSION} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DGIT=${GIT_EXECUTABLE} -DCPP=${BOOMERANG_VERSION_SOURCE} -DTEXT=${BOOMERANG_VERSION_TEXT}
          -P "${PROJECT_SOURCE_DIR}/cmake/version_file.cmake"
  BYPRODUCTS "${BOOMERANG_VERSION_SOURCE}" "${BOOMERANG_VERSION_TEXT}"
  COMMENT "Reading the git commit for the version"
  VERBATIM)
