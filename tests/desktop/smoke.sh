#!/usr/bin/env bash
# Desktop smoke test: the native app opens a window under Xvfb with a book file named on
# the command line, renders frames and exits 0; the file opened (it is now in the recent
# files list), and the screenshot is a PNG of the requested size that is not one flat colour.
#
#   tests/desktop/smoke.sh BOOMERANG_BINARY OUTPUT_DIR
set -euo pipefail
binary="${1:?usage: smoke.sh BOOMERANG_BINARY OUTPUT_DIR}"
out="${2:?usage: smoke.sh BOOMERANG_BINARY OUTPUT_DIR}"
mkdir -p "$out"
shot="$out/desktop-1280x800.png"
book="$(cd "$(dirname "$0")/../.." && pwd)/assets/books/amd-openai-v1.json"
# The recent files list goes here, not into the user's own config folder.
config="$(cd "$out" && pwd)/config"  # absolute: XDG ignores a relative XDG_CONFIG_HOME
rm -rf "$shot" "$config"

# Mesa's software renderer gives Xvfb an OpenGL 3.2+ core context.
XDG_CONFIG_HOME="$config" LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$binary" --frames 30 --size 1280x800 --screenshot "$shot" "$book"
if ! grep -qF "\"$book\"" "$config/boomerang/recent.json"; then
  echo "desktop smoke: $book did not open (not in $config/boomerang/recent.json)" >&2
  exit 1
fi

node --input-type=module - "$shot" <<'JS'
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
const file = process.argv[2];
const png = readFileSync(file);
const fail = (why) => { console.error(`desktop smoke: ${file}: ${why}`); process.exit(1); };
if (png.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') fail('not a PNG');
const width = png.readUInt32BE(16), height = png.readUInt32BE(20);
if (width !== 1280 || height !== 800) fail(`size ${width}x${height}, expected 1280x800`);
// Concatenate IDAT chunks and count distinct row bytes: a blank window has very few.
const idat = [];
for (let at = 8; at < png.length;) {
  const length = png.readUInt32BE(at), type = png.toString('ascii', at + 4, at + 8);
  if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
  at += 12 + length;
}
const distinct = new Set(inflateSync(Buffer.concat(idat))).size;
if (distinct < 32) fail(`only ${distinct} distinct byte values: the window looks blank`);
console.log(`desktop smoke: ok (${width}x${height}, ${distinct} distinct byte values) -> ${file}`);
JS
