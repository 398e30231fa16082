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

# True on Debian itself, where Debian's source packages come from the system's own mirror.
# Elsewhere (Ubuntu: GitHub's runners) CMake fetches the same upstream versions itself.
is_debian() { (. /etc/os-release && [ "$ID" = debian ]) 2>/dev/null; }

# The first Debian archive URI among the system's apt sources (deb822 or one-line format).
system_mirror() {
  {
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '$1 == "URIs:" {print $2}'
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | sed -E 's/\[[^]]*\]//' | awk '$1 == "deb" {print $2}'
  } | awk '!/-security/ && /^(https?|file):\/\// {print; exit}'
}

# fetch_debian_source SUITE PACKAGE=VERSION TARBALL SHA256 WORK_DIR
# Downloads a Debian *source* package's TARBALL into WORK_DIR (once), and checks its sha256.
# A private deb-src list is written from the system's own apt mirror, so the system's apt
# configuration is left untouched and no host name is written in this repository.
fetch_debian_source() {
  local suite="$1" package="$2" tarball="$3" sha256="$4" work="$5" mirror
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial"
  if [ ! -f "$work/$tarball" ]; then
    mirror="$(system_mirror || true)"  # a missing sources file is not an error
    [ -n "$mirror" ] || fail "found no Debian mirror in /etc/apt/sources* to download $package from"
    say "$package: downloading Debian's source package ($suite) from the system's mirror"
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror $suite main" \
      >"$work/sources.list"
    local apt_private=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
      -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Debug::NoLocking=1)
    apt-get "${apt_private[@]}" -qq update || fail "could not read the source index from $mirror"
    (cd "$work" && apt-get "${apt_private[@]}" -qq source --download-only "$package") \
      || fail "could not download the source package $package"
  fi
  echo "$sha256  $work/$tarball" | sha256sum --check --status \
    || fail "$tarball does not match its pinned sha256; delete $work and retry"
}

# unpack_debian_source LABEL SUITE PACKAGE=VERSION TARBALL SHA256 DEST MARKER...
# Unpacks a Debian source package's upstream TARBALL into DEST (in third_party/, git-ignored),
# unless DEST already holds every MARKER file, and checks that it then does. Elsewhere than
# Debian it does nothing: CMake fetches the same upstream tag itself (cmake/imgui.cmake,
# cmake/glfw.cmake). The download is kept beside DEST, in DEST.download.
unpack_debian_source() {
  local label="$1" suite="$2" package="$3" tarball="$4" sha256="$5" dest="$6" marker present=yes
  shift 6
  for marker in "$@"; do [ -f "$dest/$marker" ] || present=no; done
  if [ "$present" = yes ]; then
    say "$label: present"
    return 0
  fi
  if ! is_debian; then
    say "$label: not a Debian system, so CMake will fetch its upstream tag"
    return 0
  fi
  fetch_debian_source "$suite" "$package" "$tarball" "$sha256" "$dest.download"
  mkdir -p "$dest"
  tar -xf "$dest.download/$tarball" -C "$dest" --strip-components=1  # .tar.xz or .tar.gz
  for marker in "$@"; do
    [ -f "$dest/$marker" ] || fail "unpacked $tarball but found no $marker in it"
  done
  say "$label: unpacked into third_party/"
}

# install_debian_packages LIST: installs the packages LIST names that are missing, and only
# those. The format is scripts/debian-packages.txt's: names, then "# why"; a name written
# `package(program)` is skipped when `program` is already on PATH, wherever it came from.
install_debian_packages() {
  local list="$1" missing=() line words word package program
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
  done <"$list"
  if [ ${#missing[@]} -eq 0 ]; then
    say "Debian packages ($(basename "$list")): all present"
    return
  fi
  say "Debian packages: installing ${missing[*]}"
  as_root apt-get update -qq || fail "apt-get update failed: check the network or apt sources"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" || fail "apt-get install ${missing[*]} failed"
}
