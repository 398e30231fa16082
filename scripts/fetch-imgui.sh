#!/usr/bin/env bash
# Unpacks Dear ImGui 1.90.1 from Debian's source package into third_party/ (git-ignored).
#
# Debian ships only a native static library of Dear ImGui; the web build needs the sources,
# which Debian's source package carries (upstream v1.90.1 minus examples/libs and
# misc/fonts). A private deb-src list is written from the system's own apt mirror, so the
# system's apt configuration is left untouched and no host name is written here.
# The tarball's sha256 is checked; CMake pins the same version on its other routes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"

IMGUI_VERSION=1.90.1
DEBIAN_VERSION="${IMGUI_VERSION}+ds-1"
TARBALL="imgui_${IMGUI_VERSION}+ds.orig.tar.xz"
TARBALL_SHA256=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
DEST="$ROOT/third_party/imgui-$IMGUI_VERSION"

if [ -f "$DEST/imgui.cpp" ] && [ -f "$DEST/backends/imgui_impl_glfw.cpp" ]; then
  say "Dear ImGui $IMGUI_VERSION: present"
  exit 0
fi

# Debian's source package comes from a Debian mirror. Elsewhere (Ubuntu: GitHub's runners)
# cmake/imgui.cmake fetches the upstream tag itself.
if ! (. /etc/os-release && [ "$ID" = debian ]) 2>/dev/null; then
  say "Dear ImGui $IMGUI_VERSION: not a Debian system, so CMake will fetch upstream tag v$IMGUI_VERSION"
  exit 0
fi

# The first Debian archive URI among the system's apt sources (deb822 or one-line format).
system_mirror() {
  {
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '$1 == "URIs:" {print $2}'
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | sed -E 's/\[[^]]*\]//' | awk '$1 == "deb" {print $2}'
  } | awk '!/-security/ && /^(https?|file):\/\// {print; exit}'
}

work="$ROOT/third_party/.imgui-download"
mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
if [ ! -f "$work/$TARBALL" ]; then
  mirror="$(system_mirror || true)"  # a missing sources file is not an error
  [ -n "$mirror" ] || fail "found no Debian mirror in /etc/apt/sources*; pass -DIMGUI_DIR=... to CMake instead"
  say "Dear ImGui $IMGUI_VERSION: downloading Debian's source package from the system's mirror"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" \
    >"$work/sources.list"
  apt_private=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Debug::NoLocking=1)
  apt-get "${apt_private[@]}" -qq update || fail "could not read the source index from $mirror"
  (cd "$work" && apt-get "${apt_private[@]}" -qq source --download-only "imgui=$DEBIAN_VERSION") \
    || fail "could not download the source package imgui=$DEBIAN_VERSION"
fi

echo "$TARBALL_SHA256  $work/$TARBALL" | sha256sum --check --status \
  || fail "$TARBALL does not match its pinned sha256; delete $work and retry"

mkdir -p "$DEST"
tar -xJf "$work/$TARBALL" -C "$DEST" --strip-components=1
[ -f "$DEST/imgui.cpp" ] || fail "unpacked $TARBALL but found no imgui.cpp in it"
say "Dear ImGui $IMGUI_VERSION: unpacked into third_party/"
