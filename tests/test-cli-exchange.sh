#!/usr/bin/env bash
# Exchange files on the command line: --export-package/-decisions/-task-map,
# --import of XML (dispatched by content), --dry-run; no window.
set -u
exe=${POLKU_EXE:?}
data=${POLKU_SHARED_DATA:?}/eperusteet
hostile=${G_TEST_SRCDIR:?}/data/exchange
schema=${POLKU_SOURCE_ROOT:?}/resources/schema/polku-exchange.rng
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0; failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); failed=$((failed+1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else not_ok "$1"; printf '%s\n' "$out" | sed 's/^/# /'; fi; }
dump() { sqlite3 "$1" .dump 2>/dev/null | md5sum; }

unset DISPLAY WAYLAND_DISPLAY
export XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache
coach=$tmp/coach.db
school=$tmp/school.db
puu=$data/puuteollisuuden-perustutkinto_OPH-2455-2017.json
ajo=$data/ajoneuvoalan-perustutkinto_OPH-5410-2021.json

"$exe" --database "$coach" --import "$puu" "$ajo" >/dev/null 2>&1
"$exe" --database "$coach" --demo >/dev/null 2>&1
learner=$(sqlite3 "$coach" "SELECT learner_id FROM consent WHERE withdrawn_on IS NULL ORDER BY learner_id DESC LIMIT 1")
provider=$(sqlite3 "$coach" "SELECT provider_id FROM consent WHERE withdrawn_on IS NULL ORDER BY learner_id DESC LIMIT 1")
workshop=$(sqlite3 "$coach" "SELECT workshop_id FROM task GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")

out=$("$exe" --database "$coach" --export-package --learner "$learner" --provider "$provider" --output "$tmp/package.xml" 2>&1); rc=$?
check "--export-package exits 0" '[ $rc -eq 0 ]'
check "it says which personal data leaves the machine" 'grep -q "Personal data in the file" <<<"$out"'
check "the package follows the schema (xmllint)" 'xmllint --noout --nonet --relaxng "$schema" "$tmp/package.xml" 2>/dev/null'

out=$("$exe" --database "$coach" --export-package --learner 1 --provider "$provider" --output "$tmp/none.xml" 2>&1); rc=$?
check "no consent: non-zero exit, a message, no file" '[ $rc -ne 0 ] && grep -q "consent" <<<"$out" && [ ! -e "$tmp/none.xml" ]'

out=$("$exe" --database "$coach" --export-task-map --workshop "$workshop" --output "$tmp/tasks.xml" 2>&1); rc=$?
check "--export-task-map writes a valid file" '[ $rc -eq 0 ] && xmllint --noout --nonet --relaxng "$schema" "$tmp/tasks.xml" 2>/dev/null'

# The demo's student has a recognised competence; another learner has no decisions.
undecided=$(sqlite3 "$coach" "SELECT learner_id FROM learner WHERE learner_id NOT IN (SELECT c.learner_id FROM competence c JOIN competence_decision USING (competence_id)) LIMIT 1")
out=$("$exe" --database "$coach" --export-decisions --learner "$undecided" --output "$tmp/decisions.xml" 2>&1); rc=$?
check "--export-decisions without decisions: non-zero exit, a message" '[ $rc -ne 0 ] && grep -q "No decisions" <<<"$out"'

out=$("$exe" --database "$coach" --export-package --learner "$learner" 2>&1); rc=$?
check "--output is required" '[ $rc -ne 0 ] && grep -q -- "--output" <<<"$out"'

out=$("$exe" --database "$coach" --export-package --learner "$learner" --output "$tmp/p.xml" 2>&1); rc=$?
check "--provider is required for a package" '[ $rc -ne 0 ] && grep -q -- "--provider" <<<"$out" && [ ! -e "$tmp/p.xml" ]'

out=$("$exe" --database "$coach" --dry-run 2>&1); rc=$?
check "--dry-run alone is refused" '[ $rc -ne 0 ] && grep -q -- "--import" <<<"$out"'

"$exe" --database "$school" --import "$puu" >/dev/null 2>&1
before=$(dump "$school")
out=$("$exe" --database "$school" --import "$tmp/package.xml" 2>&1); rc=$?
check "a missing qualification names the diaarinumero to import" '[ $rc -ne 0 ] && grep -q "OPH-5410-2021" <<<"$out"'
check "... and the database is unchanged" '[ "$before" = "$(dump "$school")" ]'

"$exe" --database "$school" --import "$ajo" >/dev/null 2>&1
before=$(dump "$school")
out=$("$exe" --database "$school" --import "$tmp/package.xml" --dry-run 2>&1); rc=$?
check "--dry-run lists the changes" '[ $rc -eq 0 ] && grep -q "new: Learner" <<<"$out" && grep -q "Dry run" <<<"$out"'
check "--dry-run writes nothing" '[ "$before" = "$(dump "$school")" ]'

out=$("$exe" --database "$school" --import "$tmp/package.xml" 2>&1); rc=$?
check "--import of a package exits 0" '[ $rc -eq 0 ] && [ "$before" != "$(dump "$school")" ]'
check "the learner is at the school" '[ "$(sqlite3 "$school" "SELECT count(*) FROM learner")" = 1 ]'
check "without a student number, a trainee there" '[ "$(sqlite3 "$school" "SELECT status FROM learner")" = valmentautuja ]'

# The same package with the student number: the trainee becomes a student of the recipient.
"$exe" --database "$coach" --export-package --learner "$learner" --provider "$provider" --student-number \
  --output "$tmp/student.xml" >/dev/null 2>&1
out=$("$exe" --database "$school" --import "$tmp/student.xml" 2>&1); rc=$?
check "with a student number, a student of the recipient" '[ $rc -eq 0 ] && grep -q "Becomes a student of" <<<"$out" && [ "$(sqlite3 "$school" "SELECT l.status, p.name FROM learner l JOIN provider p USING (provider_id)")" = "opiskelija|$(sqlite3 "$coach" "SELECT name FROM provider WHERE provider_id = $provider")" ]'

out=$("$exe" --database "$school" --import "$tmp/tasks.xml" "$puu" 2>&1); rc=$?
check "XML and JSON files in one --import" '[ $rc -eq 0 ] && grep -q "Task map" <<<"$out" && grep -q "OPH-2455-2017" <<<"$out"'

before=$(dump "$school")
for f in "$hostile"/*.xml; do
  out=$("$exe" --database "$school" --import "$f" 2>&1); rc=$?
  name=$(basename "$f")
  check "hostile $name: non-zero exit and a message naming the file" '[ $rc -ne 0 ] && grep -q "$name" <<<"$out"'
done
check "the hostile files left the database unchanged" '[ "$before" = "$(dump "$school")" ]'

out=$(LANGUAGE=fi LC_ALL=C.UTF-8 "$exe" --database "$school" --import "$hostile/xxe.xml" 2>&1)
check "the refusal is translated (fi)" '! grep -q "which exchange files never have" <<<"$out"'

echo "1..$n"
[ $failed -eq 0 ]
