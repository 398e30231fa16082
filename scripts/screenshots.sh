#!/usr/bin/env bash
# Regenerates the screenshots in docs/screenshots/ (web in headless Chromium, desktop under
# Xvfb) from a fresh build. README.md shows them.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

scripts/setup.sh
scripts/build.sh native
scripts/build.sh web
node scripts/screenshots.mjs
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
  build/native/src/platform/boomerang --frames 30 --size 1280x800 --screenshot docs/screenshots/desktop-1280x800.png
say "wrote docs/screenshots/desktop-1280x800.png"
