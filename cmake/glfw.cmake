# GLFW 3.3.8 compiled from source, for Windows builds (Debian's libglfw3-dev and Homebrew's
# glfw are found as packages elsewhere: cmake/imgui.cmake). Defines the target `glfw`.
#
# Where the sources come from, first match wins (one pinned version on every route):
#   1. -DGLFW_DIR=/path/to/glfw              (any checkout of 3.3.8)
#   2. third_party/glfw-3.3.8                (scripts/fetch-glfw.sh: Debian's source package)
#   3. upstream tag 3.3.8 via FetchContent   (machines with internet: CI runners, laptops)
set(BOOMERANG_GLFW_VERSION "3.3.8")
set(_glfw_vendored "${PROJECT_SOURCE_DIR}/third_party/glfw-${BOOMERANG_GLFW_VERSION}")

if(NOT GLFW_DIR AND EXISTS "${_glfw_vendored}/CMakeLists.txt")
  set(GLFW_DIR "${_glfw_vendored}")
endif()
if(NOT GLFW_DIR)
  include(FetchContent)
  FetchContent_Declare(glfw
    GIT_REPOSITORY https://github.com/glfw/glfw.git
    GIT_TAG ${BOOMERANG_GLFW_VERSION}
    GIT_SHALLOW TRUE)
  FetchContent_Populate(glfw)
  set(GLFW_DIR "${glfw_SOURCE_DIR}")
endif()
set(GLFW_DIR "${GLFW_DIR}" CACHE PATH "GLFW ${BOOMERANG_GLFW_VERSION} sources")

file(STRINGS "${GLFW_DIR}/include/GLFW/glfw3.h" _glfw_version_lines REGEX "^#define GLFW_VERSION_(MAJOR|MINOR|REVISION) ")
string(REGEX REPLACE "[^;]*GLFW_VERSION_[A-Z]+ +([0-9]+)[^;]*" "\\1" _glfw_version "${_glfw_version_lines}")
string(REPLACE ";" "." _glfw_version "${_glfw_version}")
if(NOT _glfw_version STREQUAL BOOMERANG_GLFW_VERSION)
  message(FATAL_ERROR "GLFW in ${GLFW_DIR} is ${_glfw_version}, not ${BOOMERANG_GLFW_VERSION}. "
                      "Run scripts/fetch-glfw.sh or pass -DGLFW_DIR.")
endif()

# The library alone: no examples, tests, docs or install rules. GLFW's own code is not held
# to our warning flags (they are set on our targets only).
set(GLFW_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
set(GLFW_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(GLFW_BUILD_DOCS OFF CACHE BOOL "" FORCE)
set(GLFW_INSTALL OFF CACHE BOOL "" FORCE)
add_subdirectory("${GLFW_DIR}" "${CMAKE_BINARY_DIR}/glfw" EXCLUDE_FROM_ALL)
