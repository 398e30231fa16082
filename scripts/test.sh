#!/usr/bin/env bash
# The test command: installs what is missing, builds native, sanitize and web, runs every test.
#
#   scripts/test.sh     lint of the GitHub workflows, the C++ format check, doctest unit
#                       tests (ctest), the same under AddressSanitizer + UBSan (any report
#                       fails), desktop smoke and file dialog tests under Xvfb, the .deb and
#                       .tar.gz installed and run, browser tests in headless Chromium.
#                       Non-zero exit on any failure. docs/TESTING.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

scripts/setup.sh

say "workflow lint"
node scripts/lint-workflows.mjs

say "C++ format"
scripts/check-format.sh

scripts/build.sh native
scripts/build.sh sanitize
scripts/build.sh web

say "unit tests"
ctest --preset native

# ASAN_OPTIONS and UBSAN_OPTIONS come from the test preset (CMakePresets.json).
say "unit tests under AddressSanitizer + UBSan"
ctest --preset sanitize

say "desktop smoke test"
tests/desktop/smoke.sh build/native/src/platform/boomerang build/native/screenshots

say "desktop open dialog test"
tests/desktop/open_dialog.sh build/native/src/platform/boomerang build/native/desktop-tests

say "desktop packages: build, install into a scratch root, run"
tests/package/package_test.sh build/native

say "browser tests"
node --test tests/browser/
