#!/usr/bin/env bash
# The benchmark command: builds native + web, runs every benchmark once, writes BENCHMARKS.md.
#
#   scripts/bench.sh              install what is missing, build, run, write BENCHMARKS.md
#   scripts/bench.sh --no-build   run against the existing build/native and build/web
#
# Benchmarks (in bench/): native model evaluations and Monte Carlo (boomerang_bench_models),
# wasm beside JavaScript in one page (browser_models.mjs), frame CPU time at rest, idle and
# while dragging (browser_frame_time.mjs) and while a finger scrolls a phone
# (browser_touch_scroll.mjs), the largest books the page accepts as a file and as a link
# (browser_large_book.mjs), the headline parser natively and in the page
# (boomerang_bench_parse, browser_parse.mjs), transfer size and time to first frame (web_size.mjs). Raw results go to build/bench-results/. A failing benchmark does not stop
# the others; the command names it and exits non-zero at the end. Takes a few minutes.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

build=true
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=false ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (try --help)" ;;
  esac
  shift
done

if $build; then
  scripts/setup.sh || fail "setup failed"
  scripts/build.sh native || fail "the native build failed"
  scripts/build.sh web || fail "the web build failed"
fi

results=build/bench-results
rm -rf "$results"
mkdir -p "$results"
cp /proc/loadavg "$results/loadavg-start.txt" 2>/dev/null || true
failed=()

# bench NAME OUTPUT-FILE COMMAND...: runs one benchmark, its stdout to OUTPUT-FILE, its
# stderr to NAME.log; records ok or failed in status.txt.
bench() {
  local name="$1" output="$2"
  shift 2
  say "benchmark: $name"
  if "$@" >"$results/$output" 2>"$results/$name.log"; then
    echo "$name ok" >>"$results/status.txt"
  else
    echo "$name failed" >>"$results/status.txt"
    failed+=("$name")
    printf '\033[1;31m[boomerang] %s failed:\033[0m\n' "$name" >&2
    tail -n 20 "$results/$name.log" >&2
  fi
}

bench native_models native_models.txt build/native/bench/boomerang_bench_models
bench browser_models browser_models.json node bench/browser_models.mjs --json
bench browser_frame_time browser_frame_time.json node bench/browser_frame_time.mjs --json
bench browser_touch_scroll browser_touch_scroll.json node bench/browser_touch_scroll.mjs --json
bench browser_large_book browser_large_book.json node bench/browser_large_book.mjs --json
bench native_parse native_parse.txt build/native/bench/boomerang_bench_parse
bench browser_parse browser_parse.json node bench/browser_parse.mjs --json
if [ -f bench/web_size.mjs ]; then
  bench web_size web_size.json node bench/web_size.mjs --json
else
  say "bench/web_size.mjs is missing: no transfer size or time to first frame in this run"
  echo "web_size missing" >>"$results/status.txt"
  failed+=("web_size (missing)")
fi

say "writing BENCHMARKS.md"
node bench/report.mjs --results "$results" --out BENCHMARKS.md || failed+=("report")

if [ ${#failed[@]} -gt 0 ]; then
  fail "benchmarks that did not run: ${failed[*]} (logs in $results/)"
fi
say "done: BENCHMARKS.md (raw results in $results/)"
