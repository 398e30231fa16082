#!/usr/bin/env bash
# Package test: the .deb and .tar.gz of the desktop app (cmake/packaging.cmake) install and
# run on their own.
#   - The .deb unpacks into a scratch root (dpkg-deb -x: no root needed) with the app, the
#     CLI, a desktop entry that validates, its icon and the docs.
#   - The binaries link only system libraries (no RPATH, nothing unresolved, nothing outside
#     /lib and /usr/lib), and the .deb's Depends names the package of each one they link.
#   - The installed CLI checks and evaluates a preset book, as the CLI just built does; the
#     installed app draws under Xvfb (tests/desktop/smoke.sh).
#   - The .tar.gz holds the same files, byte for byte.
#
#   tests/package/package_test.sh BUILD_DIR      (a configured native build: build/native)
#
# Builds the app, the CLI and the packages first. Leaves the scratch root, the unpacked
# .tar.gz and the screenshot in BUILD_DIR/package-test/ for a look after a failure.
set -euo pipefail

fail() { printf 'package test: %s\n' "$*" >&2; exit 1; }

build="${1:?usage: tests/package/package_test.sh BUILD_DIR}"
[ -f "$build/CPackConfig.cmake" ] ||
  fail "$build/CPackConfig.cmake is missing: configure a native build first (cmake --preset native)"
build="$(cd "$build" && pwd)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
book="$(cd "$here/../.." && pwd)/assets/books/amd-openai-v1.json"
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate xvfb-run readelf ldd; do
  command -v "$tool" >/dev/null ||
    fail "$tool not found: run scripts/setup.sh (it installs dpkg-dev, desktop-file-utils and xvfb)"
done

work="$build/package-test"
root="$work/root"
rm -rf "$work" "$build/packages"
mkdir -p "$root" "$work/tgz"

# ---- Build the packages -------------------------------------------------------------------
# The two programs, not the whole "package" target: that builds everything, tests included.
if ! { cmake --build "$build" --target boomerang boomerang-cli &&
  (cd "$build" && cpack --config CPackConfig.cmake); } >"$work/package.log" 2>&1; then
  tail -n 40 "$work/package.log" >&2
  fail "building the packages failed (whole log: $work/package.log)"
fi
shopt -s nullglob
debs=("$build"/packages/boomerang_*.deb)
tgzs=("$build"/packages/boomerang-*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $build/packages, found ${#debs[@]}"
[ ${#tgzs[@]} -eq 1 ] || fail "expected one .tar.gz in $build/packages, found ${#tgzs[@]}"
deb="${debs[0]}"
tgz="${tgzs[0]}"
version="$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")"
echo "package test: $(basename "$deb") and $(basename "$tgz"), version $version"

# ---- The .deb: control fields and file list -----------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = boomerang ] || fail "$deb: Package is '$(field Package)', expected boomerang"
[ "$(field Version)" = "$version" ] || fail "$deb: Version is '$(field Version)', expected $version"
depends="$(field Depends)"
[ -n "$depends" ] || fail "$deb: no Depends (dpkg-shlibdeps found no libraries?)"

listing="$(dpkg-deb -c "$deb")"
outside="$(awk '$6 !~ /^\.\/usr\// { print $6 }' <<<"$listing")"
[ -z "$outside" ] || fail "$deb: files outside /usr: $outside"
not_root="$(awk '$2 != "root/root" { print $6 }' <<<"$listing")"
[ -z "$not_root" ] || fail "$deb: files not owned by root/root: $not_root"

dpkg-deb -x "$deb" "$root"
for file in bin/boomerang bin/boomerang-cli \
  share/applications/boomerang.desktop share/icons/hicolor/scalable/apps/boomerang.svg \
  share/doc/boomerang/README.md share/doc/boomerang/copyright share/doc/boomerang/dear-imgui-LICENSE.txt \
  share/doc/boomerang/nlohmann-json-LICENSE.txt share/doc/boomerang/inter-OFL.txt; do
  [ -f "$root/usr/$file" ] || fail "$deb has no /usr/$file"
done

# ---- The desktop entry ----------------------------------------------------------------------
entry="$root/usr/share/applications/boomerang.desktop"
desktop-file-validate "$entry" || fail "$entry does not validate (desktop-file-validate, above)"
exec_program="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$entry")"
[ -x "$root/usr/bin/$exec_program" ] || fail "$entry: Exec=$exec_program is not in the package's /usr/bin"
icon="$(sed -n 's/^Icon=//p' "$entry")"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
  fail "$entry: Icon=$icon has no icon in the package's hicolor theme"

# ---- Only system libraries, each one in Depends ---------------------------------------------
# dpkg -S knows a file by the path its package ships it under; with merged /usr, ldd may
# give the other spelling (/lib/... for /usr/lib/...).
package_of() {
  local path="$1" other
  case "$path" in
    /usr/*) other="${path#/usr}" ;;
    *) other="/usr$path" ;;
  esac
  { dpkg -S "$path" 2>/dev/null || dpkg -S "$other" 2>/dev/null || true; } | head -n 1 | cut -d: -f1
}
depends_names=" $(sed -E 's/\([^)]*\)//g; s/[,|]/ /g' <<<"$depends" | tr -s ' ') "
for binary in "$root/usr/bin/boomerang" "$root/usr/bin/boomerang-cli"; do
  name="$(basename "$binary")"
  readelf -h "$binary" >/dev/null 2>&1 || fail "/usr/bin/$name in $deb is not an ELF executable"
  if readelf -d "$binary" | grep -qE '\((RPATH|RUNPATH)\)'; then
    fail "/usr/bin/$name has an RPATH or RUNPATH: $(readelf -d "$binary" | grep -E 'R(UN)?PATH')"
  fi
  libraries="$(env -u LD_LIBRARY_PATH ldd "$binary")"
  if grep -q 'not found' <<<"$libraries"; then
    fail "/usr/bin/$name needs libraries the system does not have: $(grep 'not found' <<<"$libraries")"
  fi
  for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    path="$(awk -v so="$soname" '$1 == so && $2 == "=>" { print $3 }' <<<"$libraries")"
    case "$path" in
      /lib/* | /usr/lib/*) ;;
      *) fail "/usr/bin/$name links $soname from '$path', not from the system's /lib or /usr/lib" ;;
    esac
    package="$(package_of "$path")"
    [ -n "$package" ] || fail "/usr/bin/$name links $path, which no Debian package installed"
    [[ "$depends_names" == *" $package "* ]] ||
      fail "/usr/bin/$name links $soname from $package, which Depends lacks: $depends"
  done
done
echo "package test: Depends: $depends"

# ---- The installed CLI and app, run from outside the source tree ---------------------------
cd "$work"
cli="$root/usr/bin/boomerang-cli"
env -u LD_LIBRARY_PATH "$cli" --version | grep -qF "$version" ||
  fail "$cli --version does not say $version: $("$cli" --version 2>&1 | head -n 1)"
[ "$(env -u LD_LIBRARY_PATH "$cli" check "$book" | tail -n 1)" = ok ] ||
  fail "$cli check $book did not print ok"
env -u LD_LIBRARY_PATH "$cli" eval --json "$book" >"$work/eval-installed.json" ||
  fail "$cli eval --json $book failed"
"$build/src/cli/boomerang-cli" eval --json "$book" >"$work/eval-built.json"
cmp -s "$work/eval-built.json" "$work/eval-installed.json" ||
  fail "the installed CLI's figures for $book differ from the built CLI's ($work/eval-*.json)"
echo "package test: installed boomerang-cli checks and evaluates $(basename "$book")"

env -u LD_LIBRARY_PATH "$here/../desktop/smoke.sh" "$root/usr/bin/boomerang" "$work/desktop" ||
  fail "the installed app did not draw under Xvfb (tests/desktop/smoke.sh, above)"

# ---- The .tar.gz: the same files --------------------------------------------------------------
tar -xzf "$tgz" -C "$work/tgz"
tops=("$work"/tgz/*)
[[ ${#tops[@]} -eq 1 && -d "${tops[0]}" ]] ||
  fail "$tgz should hold one top folder, holds: $(ls "$work/tgz")"
if ! diff -r "$root/usr" "${tops[0]}" >"$work/tgz.diff"; then
  cat "$work/tgz.diff" >&2
  fail "$tgz does not hold the same files as $deb's /usr (diff above)"
fi
echo "package test: $(basename "$tgz") holds the same $(find "$root/usr" -type f | wc -l) files"
echo "package test: ok"
