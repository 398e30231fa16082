# GLFW 3.3.8 compiled from source, for Windows builds (Debian's libglfw3-dev and Homebrew's
# glfw are found as packages elsewhere: cmake/imgui.cmake). Defines the target `glfw`.
#
# Where the sources come from: cmake/third_party_source.cmake (-DGLFW_DIR, then
# third_party/glfw-3.3.8 from scripts/fetch-glfw.sh, then upstream tag 3.3.8).
set(BOOMERANG_GLFW_VERSION "3.3.8")
include(${CMAKE_CURRENT_LIST_DIR}/third_party_source.cmake)
boomerang_third_party_dir(GLFW_DIR glfw ${BOOMERANG_GLFW_VERSION} CMakeLists.txt
                          https://github.com/glfw/glfw.git ${BOOMERANG_GLFW_VERSION})

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
