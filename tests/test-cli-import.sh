#!/usr/bin/env bash
# `polku --import FILE…`: no window, no display; one line per file; failures on stderr.
set -u
exe=${POLKU_EXE:?}
data=${POLKU_SHARED_DATA:?}/eperusteet
ours=${G_TEST_SRCDIR:?}/data/eperusteet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0; failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); failed=$((failed+1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; printf '%s\n' "$out" "$err" | sed 's/^/# /'; fi; }

unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
db=$tmp/polku.db
telma=tyohon-ja-itsenaiseen-elamaan-valmentava-koulutus_OPH-2659-2017.json
tuva=tutkintokoulutukseen-valmentava-koulutus_OPH-1488-2021.json

out=$("$exe" --database "$db" --import "$data/$telma" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
check "importing a real file exits 0" '[ $rc -eq 0 ]'
check "one summary line with name, diaarinumero and counts" \
  '[ "$out" = "$telma: Työhön ja itsenäiseen elämään valmentava koulutus (TELMA) (OPH-2659-2017): 3 units, 57 requirements, 0 criteria" ]'
check "nothing on stderr" '[ -z "$err" ]'

out=$("$exe" --database "$db" --import "$data/$telma" "$data/$tuva" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
check "several files after one --import" '[ $rc -eq 0 ] && [ $(wc -l <<<"$out") -eq 2 ]'
check "a re-import says it updated nothing" 'grep -q "OPH-2659-2017.*updated, no changes$" <<<"$out"'
check "the second file is imported too" 'grep -q "^$tuva: .*(OPH-1488-2021): 7 units, 44 requirements, 0 criteria$" <<<"$out"'

cp "$ours/upper-secondary.json" "$tmp/lukio.json"
out=$("$exe" --database "$db" --import "$tmp/lukio.json" --import "$ours/not-json.json" --import "$data/$tuva" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
check "a refused file gives a non-zero exit" '[ $rc -ne 0 ]'
check "the message names the refused file and the reason" 'grep -q "“lukio.json” is not a vocational qualification" <<<"$err"'
check "each refused file gets its message" 'grep -q "“not-json.json” is not an ePerusteet document" <<<"$err"'
check "the good file after them is still imported" 'grep -q "^$tuva: " <<<"$out"'

out=$("$exe" --database "$db" --import "$tmp/missing.json" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
check "a missing file gives a non-zero exit with its name" '[ $rc -ne 0 ] && grep -q "missing.json" <<<"$err"'

out=$("$exe" --database "$db" "$data/$telma" 2>"$tmp/err"); rc=$?; err=$(cat "$tmp/err")
check "a file without --import is refused" '[ $rc -ne 0 ] && grep -q -- "--import" <<<"$err"'

# Until the Finnish catalogue has the message (the lead translates last), this is a skip.
mo=${POLKU_LOCALEDIR:-/nonexistent}/fi/LC_MESSAGES/polku.mo
if [ -e "$mo" ] && grep -q "is not an ePerusteet document: it is not valid JSON" "$mo"; then
  out=$(LANGUAGE=fi LC_ALL=C.UTF-8 "$exe" --database "$db" --import "$ours/not-json.json" 2>&1); err=
  check "the message is translated (fi)" '! grep -q "is not an ePerusteet document" <<<"$out" && grep -q "not-json.json" <<<"$out"'
else
  n=$((n+1)); echo "ok $n - the message is translated (fi) # SKIP no Finnish translation yet"
fi

out=$("$exe" --help 2>&1)
check "--help lists --import" 'grep -q -- "--import" <<<"$out"'

echo "1..$n"
[ $failed -eq 0 ]
