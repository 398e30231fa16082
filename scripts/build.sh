#!/usr/bin/env bash
# Configures and builds one CMake preset: native | web | sanitize.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

preset="${1:?usage: scripts/build.sh native|web|sanitize}"
case "$preset" in
  web)
    # emcmake supplies Emscripten's toolchain file, wherever this Emscripten keeps it.
    [ -f build/web/CMakeCache.txt ] || emcmake cmake --preset web >/dev/null
    ;;
  native|sanitize)
    [ -f "build/$preset/CMakeCache.txt" ] || cmake --preset "$preset" >/dev/null
    ;;
  *) fail "unknown preset '$preset' (native, web or sanitize)" ;;
esac
say "building $preset"
cmake --build --preset "$preset"
