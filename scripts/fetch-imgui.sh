#!/usr/bin/env bash
# Unpacks Dear ImGui 1.90.1 from Debian's source package into third_party/ (git-ignored).
#
# Debian ships only a native static library of Dear ImGui; the web build needs the sources,
# which Debian's source package carries (upstream v1.90.1 minus examples/libs and
# misc/fonts), downloaded by fetch_debian_source (scripts/lib.sh) from the system's own
# mirror. The tarball's sha256 is checked; CMake pins the same version on its other routes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"

IMGUI_VERSION=1.90.1
DEBIAN_VERSION="${IMGUI_VERSION}+ds-1"
TARBALL="imgui_${IMGUI_VERSION}+ds.orig.tar.xz"
TARBALL_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
DEST="$ROOT/third_party/imgui-$IMGUI_VERSION"

unpack_debian_source "Dear ImGui $IMGUI_VERSION" trixie "imgui=$DEBIAN_VERSION" "$TARBALL" "$TARBALL_SHA256" \
  "$DEST" imgui.cpp backends/imgui_impl_glfw.cpp
