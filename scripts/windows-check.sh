#!/usr/bin/env bash
# Runs the Windows build (scripts/build.sh windows) under Wine, headless:
#   1. the unit tests, boomerang_tests.exe;
#   2. boomerang-cli.exe on every preset book (assets/books/index.json): `check` says ok, and
#      `eval`, `eval --json` and `eval --csv` print what the native CLI given as NATIVE_CLI
#      prints (skipped without it): the same bytes, or numbers printed in full that differ in
#      their last digits only (scripts/same-numbers.mjs says why), so no line ending, locale
#      or path turns out otherwise;
#   3. the desktop app's command line: --version, and --screenshot refused with its reason.
#
#   scripts/windows-check.sh [NATIVE_CLI]     (e.g. build/native/src/cli/boomerang-cli)
#
# Wine is not Windows: this shows the programs run and agree, not how they look or behave
# on a real Windows desktop (docs/DESKTOP.md, "Windows").
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

native_cli="${1:-}"
build="$ROOT/build/windows"
cli="$build/src/cli/boomerang-cli.exe"
app="$build/src/platform/boomerang.exe"
tests="$build/tests/boomerang_tests.exe"
for program in "$cli" "$app" "$tests"; do
  [ -f "$program" ] || fail "$program is missing: run scripts/build.sh windows"
done
command -v wine >/dev/null || install_debian_packages "$ROOT/scripts/windows-packages.txt"

# No window, no Mono or Gecko installer, no debug output; a prefix of our own in the build.
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEPREFIX="$build/wine-prefix"
unset DISPLAY
run() { wine "$@"; }

say "Wine: $(wine --version 2>/dev/null || echo '?'), prefix $WINEPREFIX"
wineboot --init >/dev/null 2>&1 || true

# ---- 1. Unit tests ----
(cd "$build/tests" && run boomerang_tests.exe) | tee "$build/windows-tests.txt" | tail -n 3
grep -q "Status: SUCCESS" "$build/windows-tests.txt" || fail "unit tests failed under Wine ($build/windows-tests.txt)"

# ---- 2. The CLI ----
out="$build/windows-check"
rm -rf "$out" && mkdir -p "$out"
mapfile -t books < <(sed -nE 's/^ *"([a-z0-9-]+-v[0-9]+\.json)",?$/\1/p' assets/books/index.json)
[ ${#books[@]} -gt 0 ] || fail "found no preset books in assets/books/index.json"
run "$cli" --version
identical=0
close=0
for book in "${books[@]}"; do
  path="assets/books/$book"
  [ "$(run "$cli" check "$path")" = ok ] || fail "boomerang-cli.exe check $path did not say ok"
  for format in text json csv; do
    flag=(); [ "$format" = text ] || flag=("--$format")
    windows="$out/${book%.json}.windows.$format" native="$out/${book%.json}.native.$format"
    run "$cli" eval "${flag[@]}" "$path" >"$windows"
    [ -s "$windows" ] || fail "boomerang-cli.exe eval ${flag[*]} $path printed nothing"
    [ -n "$native_cli" ] || continue
    "$native_cli" eval "${flag[@]}" "$path" >"$native"
    verdict="$(node "$ROOT/scripts/same-numbers.mjs" "$native" "$windows")" \
      || fail "eval ${flag[*]} $path: the Windows CLI's output differs from the native one's: $verdict"
    if [ "$verdict" = identical ]; then
      identical=$((identical + 1))
    else
      close=$((close + 1))
      say "eval ${flag[*]} $book: $verdict"
    fi
  done
done
# A name that is not ASCII reaches the file calls whole (UTF-16 from the command line on).
unicode="$out/déal Ω €.json"  # Ω is in no Western ANSI code page
cp "assets/books/${books[0]}" "$unicode"
[ "$(run "$cli" check "$unicode")" = ok ] || fail "boomerang-cli.exe check \"$unicode\" did not say ok"
say "boomerang-cli.exe: ${#books[@]} preset books and \"$(basename "$unicode")\" check ok"
if [ -n "$native_cli" ]; then
  say "against $native_cli: $identical of $((identical + close)) outputs byte-identical, $close differ in last digits only"
fi

# ---- 3. The desktop app's command line ----
version="$(run "$app" --version)"
[[ "$version" == "boomerang "* ]] || fail "boomerang.exe --version printed \"$version\""
status=0
message="$(run "$app" --screenshot "$out/shot.png" 2>&1)" || status=$?
[ "$status" -eq 2 ] && [[ "$message" == *"--screenshot: screenshots are not available in this build"* ]] \
  || fail "boomerang.exe --screenshot: expected exit status 2 and the reason, got $status: $message"
say "boomerang.exe: $version; --screenshot refused with its reason"
