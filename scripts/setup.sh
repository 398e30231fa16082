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

# Debian packages: the list and its format are in scripts/debian-packages.txt.
install_debian_packages() {
  local missing=() line words word package program
  while IFS= read -r line; do
    read -ra words <<<"${line%%#*}"
    for word in "${words[@]}"; do
      package="${word%%(*}"  # "nodejs(node)": the package nodejs, unless node is on PATH
      if [ "$package" != "$word" ]; then
        program="${word#*(}"
        command -v "${program%)}" >/dev/null && continue
      fi
      dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
    done
  done <"$ROOT/scripts/debian-packages.txt"
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages: all present"
    return
  fi
  say "Debian packages: installing ${missing[*]}"
  as_root apt-get update -qq || fail "apt-get update failed: check the network or apt sources"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" || fail "apt-get install ${missing[*]} failed"
}

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

install_debian_packages
install_npm_packages
"$ROOT/scripts/fetch-imgui.sh"
say "set-up complete"
