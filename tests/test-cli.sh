#!/usr/bin/env bash
# The command line: --version, --help, and --database refusing what is not ours.
set -u
exe=${POLKU_EXE:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0; failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); failed=$((failed+1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; fi; }

unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache

out=$("$exe" --version 2>&1); rc=$?
check "--version exits 0" '[ $rc -eq 0 ]'
check "--version prints the version" 'grep -q "^polku [0-9]" <<<"$out"'

out=$("$exe" --help 2>&1); rc=$?
check "--help exits 0" '[ $rc -eq 0 ]'
check "--help lists --database" 'grep -q -- "--database" <<<"$out"'

printf 'Tämä on muistiinpano, ei tietokanta.\n' > "$tmp/notes.txt"
cp "$tmp/notes.txt" "$tmp/notes.orig"
out=$("$exe" --database "$tmp/notes.txt" 2>&1); rc=$?
check "a text file is refused with a non-zero exit" '[ $rc -ne 0 ]'
check "the message names the file" 'grep -q "notes.txt" <<<"$out"'
check "the message says it is not a Polku database" 'grep -q "is not a Polku database" <<<"$out"'
check "the text file is unchanged" 'cmp -s "$tmp/notes.txt" "$tmp/notes.orig"'
check "no -wal or -journal file was left" '[ ! -e "$tmp/notes.txt-wal" ] && [ ! -e "$tmp/notes.txt-journal" ]'

out=$(LANGUAGE=fi LC_ALL=C.UTF-8 "$exe" --database "$tmp/notes.txt" 2>&1)
check "the message is translated (fi)" 'grep -q "ei ole Polun tietokanta" <<<"$out"'

echo "1..$n"
[ $failed -eq 0 ]
