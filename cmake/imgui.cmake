# Dear ImGui 1.90.1, compiled from source for both the desktop and the web build.
#
# Where the sources come from: cmake/third_party_source.cmake (-DIMGUI_DIR, then
# third_party/imgui-1.90.1 from scripts/fetch-imgui.sh, then upstream tag v1.90.1).
set(BOOMERANG_IMGUI_VERSION "1.90.1")
include(${CMAKE_CURRENT_LIST_DIR}/third_party_source.cmake)
boomerang_third_party_dir(IMGUI_DIR imgui ${BOOMERANG_IMGUI_VERSION} imgui.cpp
                          https://github.com/ocornut/imgui.git v${BOOMERANG_IMGUI_VERSION})

file(STRINGS "${IMGUI_DIR}/imgui.h" _imgui_version_line REGEX "^#define IMGUI_VERSION ")
if(NOT _imgui_version_line MATCHES "\"${BOOMERANG_IMGUI_VERSION}\"")
  message(FATAL_ERROR "Dear ImGui in ${IMGUI_DIR} is not ${BOOMERANG_IMGUI_VERSION} "
                      "(${_imgui_version_line}). Run scripts/setup.sh or pass -DIMGUI_DIR.")
endif()

# Two libraries, as Dear ImGui itself divides its sources:
#   imgui           the core: knows no platform, runs headless (the tests/ui cases, which
#                   the sanitize preset runs under ASan + UBSan without GLFW or OpenGL)
#   imgui_backends  the GLFW and OpenGL 3 backends, for src/platform only
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp)
# SYSTEM: Dear ImGui's own code is not held to our warning flags.
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/misc/cpp)
# Our settings live in one config header, as Dear ImGui recommends.
target_compile_definitions(imgui PUBLIC IMGUI_USER_CONFIG="${PROJECT_SOURCE_DIR}/src/ui/imgui_config.hpp")

if(NOT BOOMERANG_BUILD_APP)
  return()
endif()
add_library(imgui_backends STATIC
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp
  ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui_backends SYSTEM PUBLIC ${IMGUI_DIR}/backends)
target_link_libraries(imgui_backends PUBLIC imgui)
if(EMSCRIPTEN)
  # Emscripten's built-in GLFW 3 (JavaScript) and WebGL 2 as OpenGL ES 3.
  target_link_options(imgui_backends PUBLIC -sUSE_GLFW=3 -sUSE_WEBGL2=1 -sFULL_ES3=1 -sMAX_WEBGL_VERSION=2 -sMIN_WEBGL_VERSION=2)
else()
  if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/glfw.cmake)  # no GLFW package to find on Windows
  else()
    find_package(glfw3 3.3 REQUIRED)
  endif()
  find_package(OpenGL REQUIRED)
  # The OpenGL 3 backend loads GL's functions itself (imgui_impl_opengl3_loader.h): dlopen.
  target_link_libraries(imgui_backends PUBLIC glfw OpenGL::GL ${CMAKE_DL_LIBS})
endif()
