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

# --export-pdf for the learner documents, on the demo; no window, no display.
db=$tmp/demo.db
"$exe" --database "$db" --import "${POLKU_SHARED_DATA:?}/eperusteet/puuteollisuuden-perustutkinto_OPH-2455-2017.json" >/dev/null 2>&1
"$exe" --database "$db" --demo >/dev/null 2>&1
learner_id() { "$exe" --database "$db" --list-learners 2>/dev/null | awk -F'\t' -v n="$1" '$2 == n { print $1 }'; }
onni=$(learner_id "Onni Demo"); eetu=$(learner_id "Eetu Kokeilu")
check "the demo has the learners" '[ -n "$onni" ] && [ -n "$eetu" ]'
have_pdftotext=$(command -v pdftotext || true)
for kind in plan certificate review-sheet; do
  for lang in fi sv; do
    pdf=$tmp/$kind-$lang.pdf
    out=$("$exe" --database "$db" --export-pdf $kind --learner "$onni" --language $lang --output "$pdf" 2>&1); rc=$?
    check "--export-pdf $kind --language $lang exits 0" '[ $rc -eq 0 ]'
    check "$kind ($lang): one line naming the file and the learner" 'grep -q "^$pdf: .*Onni Demo$" <<<"$out"'
    check "$kind ($lang) is a PDF" '[ "$(head -c 5 "$pdf")" = "%PDF-" ]'
  done
done
if [ -n "$have_pdftotext" ]; then
  check "the certificate in Swedish is in Swedish" 'pdftotext "$tmp/certificate-sv.pdf" - | grep -q "Intyg över kunnande"'
  check "the plan in Finnish is in Finnish" 'pdftotext "$tmp/plan-fi.pdf" - | grep -q "Oppimispolun yhteenveto"'
  check "the review sheet has the decision boxes" 'pdftotext "$tmp/review-sheet-fi.pdf" - | grep -q "Ei tunnustettu"'
fi

out=$("$exe" --database "$db" --export-pdf certificate --learner "$eetu" --output "$tmp/none.pdf" 2>&1); rc=$?
check "a certificate with nothing identified exits 1" '[ $rc -eq 1 ]'
check "… saying there is nothing to certify" 'grep -q "nothing to certify" <<<"$out"'
check "… and writes no file" '[ ! -e "$tmp/none.pdf" ]'
out=$("$exe" --database "$db" --export-pdf review-sheet --learner "$eetu" --output "$tmp/none.pdf" 2>&1); rc=$?
check "a review sheet with nothing awaiting exits 1" '[ $rc -eq 1 ] && grep -q "awaits" <<<"$out"'
out=$("$exe" --database "$db" --export-pdf plan --learner 999 --output "$tmp/none.pdf" 2>&1); rc=$?
check "an unknown learner exits 1 and says so" '[ $rc -eq 1 ] && grep -q "There is no learner 999" <<<"$out"'
check "… and lists the learners" 'grep -q "Onni Demo" <<<"$out"'
out=$(LANGUAGE=sv LC_ALL=C.UTF-8 "$exe" --database "$db" --export-pdf plan --learner 999 --output "$tmp/none.pdf" 2>&1)
check "the message is translated (sv)" 'grep -q "Deltagaren 999 finns inte" <<<"$out"'
out=$("$exe" --database "$db" --export-pdf plan --output "$tmp/none.pdf" 2>&1); rc=$?
check "a learner document without --learner exits 2" '[ $rc -eq 2 ] && grep -q -- "--learner ID" <<<"$out"'
out=$("$exe" --database "$db" --export-pdf certificate --learner "$onni" --period 999 --output "$tmp/none.pdf" 2>&1); rc=$?
check "an unknown --period exits 1" '[ $rc -eq 1 ] && grep -q "999" <<<"$out"'
check "no learner document was written on failure" '[ ! -e "$tmp/none.pdf" ]'

echo "1..$n"
[ $failed -eq 0 ]
