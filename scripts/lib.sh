# Shared helpers for the scripts in this folder (sourced, not run).

say() { printf '\033[1m[boomerang]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[boomerang] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    fail "need root to run '$*' and sudo is not installed"
  fi
}

# Debian's emscripten needs Debian's node modules (acorn) when the machine's node is another.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
