# nlohmann-json, found the ordinary way on the desktop.
#
# For the web and Windows builds the header-only library is copied from the build machine
# into the build tree (cmake/host_headers.cmake says why).
if(NOT EMSCRIPTEN AND NOT CMAKE_CROSSCOMPILING)
  find_package(nlohmann_json 3.10 REQUIRED)
  return()
endif()
include(${CMAKE_CURRENT_LIST_DIR}/host_headers.cmake)
host_header_library(NAME nlohmann_json::nlohmann_json HEADER nlohmann/json.hpp FOLDER nlohmann
  PACKAGE nlohmann-json3-dev)
