# nlohmann-json, found the ordinary way on the desktop.
#
# For the web build the header-only library is copied into the build tree: pointing
# Emscripten at the host's /usr/include would let glibc's headers shadow Emscripten's libc.
if(NOT EMSCRIPTEN)
  find_package(nlohmann_json 3.10 REQUIRED)
  return()
endif()

find_path(NLOHMANN_JSON_INCLUDE_DIR nlohmann/json.hpp
  PATHS /usr/include /usr/local/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH)
if(NOT NLOHMANN_JSON_INCLUDE_DIR)
  message(FATAL_ERROR "nlohmann/json.hpp not found: install nlohmann-json3-dev (scripts/setup.sh) "
                      "or pass -DNLOHMANN_JSON_INCLUDE_DIR=")
endif()
set(_json_copy "${CMAKE_BINARY_DIR}/host-headers")
file(COPY "${NLOHMANN_JSON_INCLUDE_DIR}/nlohmann" DESTINATION "${_json_copy}")
add_library(nlohmann_json INTERFACE)
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)
target_include_directories(nlohmann_json SYSTEM INTERFACE "${_json_copy}")
