#!/usr/bin/env bash
# Unpacks GLFW 3.3.8 from Debian's source package into third_party/ (git-ignored), for the
# Windows build (scripts/build.sh windows), which compiles GLFW with the MinGW-w64 compiler:
# Debian's libglfw3-dev is a Linux library. The same version as libglfw3-dev in Debian 12
# (bookworm, which will not move) and as the upstream tag 3.3.8 that cmake/glfw.cmake
# fetches where this is not Debian. The tarball's sha256 is checked.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"

GLFW_VERSION=3.3.8
TARBALL="glfw3_${GLFW_VERSION}.orig.tar.gz"
TARBALL_SHA256=f30f42e05f11e5fc62483e513b0488d5bceeab7d9c5da0ffe2252ad81816c713
DEST="$ROOT/third_party/glfw-$GLFW_VERSION"

unpack_debian_source "GLFW $GLFW_VERSION" bookworm "glfw3=${GLFW_VERSION}-1" "$TARBALL" "$TARBALL_SHA256" \
  "$DEST" CMakeLists.txt src/win32_window.c
