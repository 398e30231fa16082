#!/usr/bin/env bash
# Regenerates Inter-Regular-ui.otf, the UI font of the web build: Debian's Inter Regular
# (fonts-inter) cut down to the characters the app draws, with fontTools' pyftsubset
# (Debian package fonttools: apt-get install fonttools; the build itself never needs it).
#
#   assets/fonts/subset.sh [/path/to/Inter-Regular.otf]
#
# The ranges are src/ui/fonts.cpp's kGlyphRanges: Dear ImGui rasterises only those, so the
# rest of the font would be downloaded and never drawn. Dropped as well: OpenType layout
# (Dear ImGui 1.90 neither shapes nor kerns) and hinting (stb_truetype ignores it);
# desubroutinising makes the CFF larger but compress better. Outlines are unchanged.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source="${1:-/usr/share/fonts/opentype/inter/Inter-Regular.otf}"
command -v pyftsubset >/dev/null || { echo "pyftsubset not found: apt-get install fonttools" >&2; exit 1; }

pyftsubset "$source" \
  --unicodes="U+0020-00FF,U+2000-206F,U+2190-21FF,U+2200-22FF" \
  --layout-features='' --no-hinting --desubroutinize \
  --output-file="$HERE/Inter-Regular-ui.otf"
echo "wrote $HERE/Inter-Regular-ui.otf ($(wc -c <"$HERE/Inter-Regular-ui.otf") bytes) from $source"
