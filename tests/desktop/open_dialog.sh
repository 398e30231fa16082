#!/usr/bin/env bash
# The system's Open dialog on the desktop (docs/DESKTOP.md, "The system's file dialogs"): the
# native app runs under Xvfb with stand-ins for zenity and kdialog first on PATH, and
# `--open-dialog` presses Ctrl+O as a user would. The stand-in writes down the arguments it was
# given and answers as the real program does; the app must run the right program, open the
# book it answers with (it is then in the recent files list), and do nothing on Cancel.
#
#   tests/desktop/open_dialog.sh BOOMERANG_BINARY OUTPUT_DIR
set -euo pipefail
binary="${1:?usage: open_dialog.sh BOOMERANG_BINARY OUTPUT_DIR}"
out="${2:?usage: open_dialog.sh BOOMERANG_BINARY OUTPUT_DIR}"
mkdir -p "$out"
book="$(cd "$(dirname "$0")/../.." && pwd)/assets/books/amd-openai-v1.json"
work="$(cd "$out" && pwd)/open-dialog"  # absolute: XDG ignores a relative XDG_CONFIG_HOME
rm -rf "$work"

fail() {
  echo "desktop open dialog: $*" >&2
  exit 1
}

# stand_in NAME EXIT_STATUS [ANSWER]: an executable NAME in $work/bin that writes its
# arguments, one a line, to $work/NAME.args, prints ANSWER (if any) and a newline, and exits
# with EXIT_STATUS: zenity and kdialog print the chosen path so, and exit 1 on Cancel.
stand_in() {
  local name="$1" status="$2"
  mkdir -p "$work/bin"
  if [ $# -ge 3 ]; then printf '%s\n' "$3" >"$work/$name.answer"; else : >"$work/$name.answer"; fi
  cat >"$work/bin/$name" <<SCRIPT
#!/bin/sh
for argument in "\$@"; do printf '%s\n' "\$argument"; done >"$work/$name.args"
cat "$work/$name.answer"
exit $status
SCRIPT
  chmod +x "$work/bin/$name"
}

# run CASE DESKTOP: the app under Xvfb on that desktop, its recent files in $work/CASE.
run() {
  XDG_CONFIG_HOME="$work/$1" XDG_CURRENT_DESKTOP="$2" PATH="$work/bin:$PATH" LIBGL_ALWAYS_SOFTWARE=1 \
    xvfb-run -a -s "-screen 0 1280x800x24" "$binary" --frames 10 --size 1280x800 --open-dialog \
    || fail "$1: the app exited with status $?"
}

opened() { grep -qF "\"$book\"" "$work/$1/boomerang/recent.json" 2>/dev/null; }

# 1. zenity answers with the book: it opens. Arguments: the Open dialog with the book filter.
stand_in zenity 0 "$book"
run zenity GNOME
opened zenity || fail "zenity answered $book, which did not open (not in $work/zenity/boomerang/recent.json)"
for expected in --file-selection "--file-filter=Book files (*.json) | *.json" "--title=Open a book"; do
  grep -qxF -- "$expected" "$work/zenity.args" || fail "zenity was not given $expected: $(cat "$work/zenity.args")"
done
grep -qx -- "--filename=/.*/" "$work/zenity.args" || fail "zenity was not started in a folder: $(cat "$work/zenity.args")"
if grep -qx -- "--save" "$work/zenity.args"; then fail "Open showed a Save dialog"; fi

# 2. On KDE with both installed, kdialog is the one asked.
rm -f "$work/zenity.args"
stand_in zenity 99
stand_in kdialog 0 "$book"
run kdialog KDE
[ ! -e "$work/zenity.args" ] || fail "on KDE zenity was run instead of kdialog"
opened kdialog || fail "kdialog answered $book, which did not open"
grep -qxF -- "--getopenfilename" "$work/kdialog.args" || fail "kdialog was not asked --getopenfilename: $(cat "$work/kdialog.args")"

# 3. Cancel (exit status 1, nothing printed): nothing opens, the app goes on and exits 0.
rm -f "$work/bin/kdialog"
stand_in zenity 1
run cancel GNOME
[ -e "$work/zenity.args" ] || fail "zenity was not run for the Cancel case"
if opened cancel; then fail "Cancel opened a book"; fi

echo "desktop open dialog: ok (zenity opened $(basename "$book"); kdialog on KDE; Cancel opened nothing)"
