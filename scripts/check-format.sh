#!/usr/bin/env bash
# Fails, naming the files, when clang-format (.clang-format) would change any C++ file in
# src/, tests/ or bench/ that git tracks or would add (new files too, ignored ones not).
# Fix them with:   scripts/check-format.sh --fix
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

command -v clang-format >/dev/null || fail "clang-format is missing: run scripts/setup.sh"
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- 'src/*.cpp' 'src/*.hpp' 'tests/*.cpp' 'tests/*.hpp' 'bench/*.cpp' 'bench/*.hpp')
[ ${#files[@]} -gt 0 ] || fail "no C++ files found: is this a git checkout?"

if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  say "formatted ${#files[@]} files"
  exit 0
fi

unformatted=()
for file in "${files[@]}"; do
  clang-format --dry-run --Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  printf '  %s\n' "${unformatted[@]}" >&2
  fail "${#unformatted[@]} of ${#files[@]} C++ files are not formatted as .clang-format says: run scripts/check-format.sh --fix"
fi
say "format: ${#files[@]} C++ files as .clang-format says"
