#!/usr/bin/env bash
# Installs everything Boomerang needs to build and test, and nothing twice.
#
#   scripts/setup.sh           Debian packages (scripts/debian-packages.txt), npm packages
#                              (package-lock.json), Dear ImGui
#
# Idempotent: a second run checks, finds everything present and returns in seconds.
# Works as root or through sudo. Registries are the system's own: apt's configured
# mirrors and npm's configured registry; no host name is written here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/scripts/lib.sh"

# npm packages pinned by package-lock.json; reinstalled only when the lock file changes.
install_npm_packages() {
  local stamp="$ROOT/node_modules/.boomerang-lock.sha256"
  local want
  want="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    say "npm packages: up to date"
    return
  fi
  say "npm packages: installing from package-lock.json"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || fail "npm ci failed"
  echo "$want" >"$stamp"
}

install_debian_packages "$ROOT/scripts/debian-packages.txt"
install_npm_packages
"$ROOT/scripts/fetch-imgui.sh"
say "set-up complete"
