#!/usr/bin/env bash
# Configures and builds one CMake preset: native | web | sanitize | windows.
#
# windows cross-compiles boomerang.exe, boomerang-cli.exe and boomerang_tests.exe with
# MinGW-w64 (cmake/toolchains/mingw-w64-x86_64.cmake), first installing what only it needs
# (scripts/windows-packages.txt) and GLFW's sources (scripts/fetch-glfw.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

preset="${1:?usage: scripts/build.sh native|web|sanitize|windows}"
case "$preset" in
  web)
    # emcmake supplies Emscripten's toolchain file, wherever this Emscripten keeps it.
    [ -f build/web/CMakeCache.txt ] || emcmake cmake --preset web >/dev/null
    ;;
  native|sanitize)
    [ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset" >/dev/null
    ;;
  windows)
    install_debian_packages "$ROOT/scripts/windows-packages.txt"
    "$ROOT/scripts/fetch-imgui.sh"
    "$ROOT/scripts/fetch-glfw.sh"
    [ -f build/windows/CMakeCache.txt ] || cmake --preset windows >/dev/null
    ;;
  *) fail "unknown preset '$preset' (native, web, sanitize or windows)" ;;
esac
say "building $preset"
cmake --build --preset "$preset"
if [ "$preset" = windows ]; then
  say "built $(cd build/windows && ls src/platform/boomerang.exe src/cli/boomerang-cli.exe tests/boomerang_tests.exe | tr '\n' ' ')"
fi
