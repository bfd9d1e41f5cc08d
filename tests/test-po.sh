#!/usr/bin/env bash
# Translations: every .po compiles cleanly and is complete, and POTFILES.in lists
# every file with translatable strings.
set -u
root=${POLKU_SOURCE_ROOT:?}
cd "$root"
n=0; failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); failed=$((failed+1)); echo "not ok $n - $1"; }

for lang in $(cat po/LINGUAS); do
  po=po/$lang.po
  if msgfmt --check --check-format -o /dev/null "$po" 2>/tmp/msgfmt.$$; then
    ok "$po passes msgfmt --check"
  else
    not_ok "$po passes msgfmt --check"; sed 's/^/# /' /tmp/msgfmt.$$
  fi
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*) not_ok "$po is complete"; echo "# $stats" ;;
    *) ok "$po is complete" ;;
  esac
  rm -f /tmp/msgfmt.$$
done

missing=$(
  { grep -rlE '(^|[^a-zA-Z_])(N?_|C_|NC_|g_dngettext|ngettext)\s*\(' app --include='*.c';
    grep -rl 'translatable="yes"' ui resources --include='*.ui';
  } | sort -u | while read -r f; do
    grep -qxF "$f" po/POTFILES.in || echo "$f"
  done)
if [ -z "$missing" ]; then
  ok "POTFILES.in lists every file with translatable strings"
else
  not_ok "POTFILES.in lists every file with translatable strings"
  sed 's/^/# missing: /' <<<"$missing"
fi

stale=$(grep -v '^#' po/POTFILES.in | grep . | while read -r f; do [ -e "$f" ] || echo "$f"; done)
if [ -z "$stale" ]; then ok "POTFILES.in names only existing files"; else not_ok "POTFILES.in names only existing files"; sed 's/^/# stale: /' <<<"$stale"; fi

echo "1..$n"
[ $failed -eq 0 ]
