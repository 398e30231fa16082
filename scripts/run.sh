#!/usr/bin/env bash
# The run command: installs what is missing, builds the web app and serves it.
#
#   scripts/run.sh              build the web app, serve it on http://127.0.0.1:8080/
#   scripts/run.sh --port N     another port
#   scripts/run.sh --desktop    build and start the native desktop app instead
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"

port="${PORT:-8080}"
desktop=false
while [ $# -gt 0 ]; do
  case "$1" in
    --desktop) desktop=true ;;
    --port) port="${2:?--port needs a number}"; shift ;;
    -h|--help) sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (try --help)" ;;
  esac
  shift
done

"$ROOT/scripts/setup.sh"
if $desktop; then
  "$ROOT/scripts/build.sh" native
  exec "$ROOT/build/native/src/platform/boomerang"
fi
"$ROOT/scripts/build.sh" web
exec node "$ROOT/scripts/serve.mjs" --root "$ROOT/build/web/site" --port "$port"
