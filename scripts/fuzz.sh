#!/usr/bin/env bash
# Fuzzes the parsers that read what users type, paste or open (docs/TESTING.md):
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 600 s each, every target
#
# Builds the "fuzz" preset (clang, libFuzzer, ASan + UBSan, no exceptions like the web build)
# and runs each target in turn, one at a time, for SECONDS_PER_TARGET. Each target starts
# from the committed seeds in tests/fuzz/corpus/<target>/, copied into
# build/fuzz/corpus/<target>/ so what the fuzzer finds accumulates there, run after run,
# and never in the repository. Logs: build/fuzz/logs/<target>.log; a crashing input:
# build/fuzz/crashes/<target>-crash-<sha1> (replay it: build/fuzz/tests/fuzz/<target> FILE).
# Prints runs, coverage and the verdict per target; exits non-zero if any target failed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

seconds="${1:-600}"
[[ "$seconds" =~ ^[0-9]+$ ]] || fail "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]"
shift $(($# > 0 ? 1 : 0))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(quantity_fuzzer scenario_json_fuzzer book_json_fuzzer permalink_fuzzer book_link_fuzzer headline_fuzzer)

# libFuzzer and the sanitizer runtimes are a recommendation of Debian's clang, which
# scripts/setup.sh installs without recommendations.
if [ ! -f "$(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
  say "installing libclang-rt-14-dev (libFuzzer)"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libclang-rt-14-dev || fail "apt-get install libclang-rt-14-dev failed"
fi

[ -f build/fuzz/CMakeCache.txt ] || cmake --preset fuzz >/dev/null
say "building fuzz"
cmake --build --preset fuzz

# Longest input per target: a typed quantity is short; scenario files, books and links are a
# few KB (the largest preset is 8 KB), with room to grow lists far beyond any real deal.
max_len_of() {
  case "$1" in
    quantity_fuzzer) echo 256 ;;
    *) echo 65536 ;;
  esac
}
dictionary_of() {
  case "$1" in
    quantity_fuzzer) echo tests/fuzz/quantity.dict ;;
    headline_fuzzer) echo tests/fuzz/headline.dict ;;
    book_json_fuzzer) echo tests/fuzz/book_json.dict ;;
    *) echo tests/fuzz/scenario_json.dict ;;
  esac
}

mkdir -p build/fuzz/logs build/fuzz/crashes
summary=()
failed=0
for target in "${targets[@]}"; do
  binary="build/fuzz/tests/fuzz/$target"
  [ -x "$binary" ] || fail "no fuzz target '$target' (quantity_fuzzer, scenario_json_fuzzer, book_json_fuzzer, permalink_fuzzer, book_link_fuzzer, headline_fuzzer)"
  corpus="build/fuzz/corpus/$target"
  mkdir -p "$corpus"
  cp -n "tests/fuzz/corpus/$target/"* "$corpus/"
  log="build/fuzz/logs/$target.log"
  say "fuzzing $target for ${seconds}s (log: $log)"
  status=0
  # -timeout: an input taking 30 s is a hang worth a report (a preset's link decodes in well
  # under a second under ASan; a busy machine stretches that, so replay a timeout before
  # believing it). Leaks count as crashes (ASan).
  "$binary" "$corpus" -dict="$(dictionary_of "$target")" -max_len="$(max_len_of "$target")" \
    -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
    -artifact_prefix="build/fuzz/crashes/$target-" >"$log" 2>&1 || status=$?

  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -aE '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corpus_size=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
  if [ "$status" -eq 0 ]; then
    verdict="no crash"
  else
    failed=1
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    verdict="FAILED (exit $status): ${artifact:-see $log}"
  fi
  summary+=("$(printf '%-22s runs %-10s cov %-6s ft %-7s corpus %-12s %s' \
    "$target" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corpus_size:-?}" "$verdict")")
done

say "summary (${seconds}s per target)"
printf '  %s\n' "${summary[@]}"
exit "$failed"
