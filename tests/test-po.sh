#!/usr/bin/env bash
# Translations: every .po compiles cleanly and is complete, and POTFILES.in lists
# every file with translatable strings.
set -u
root=${POLKU_SOURCE_ROOT:?}
cd "$root"
n=0; failed=0
ok() { n=$((n+1)); echo "ok $n - $1"; }
not_ok() { n=$((n+1)); failed=$((failed+1)); echo "not ok $n - $1"; }

# A fresh template from the sources, as `meson compile polku-pot` makes it, so that a
# string added without a translation shows up as untranslated below.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --package-name=polku --from-code=UTF-8 --add-comments=Translators \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_append_printf:2:c-format --flag=g_set_error:4:c-format \
  --flag=g_printerr:1:c-format --flag=g_print:1:c-format \
  --files-from=po/POTFILES.in --directory="$root" --output="$tmp/polku.pot" 2>"$tmp/xgettext.err"
if [ -s "$tmp/polku.pot" ]; then ok "xgettext reads every file in POTFILES.in"; else not_ok "xgettext reads every file in POTFILES.in"; sed 's/^/# /' "$tmp/xgettext.err"; fi

for lang in $(cat po/LINGUAS); do
  po=po/$lang.po
  if msgfmt --check --check-format -o /dev/null "$po" 2>/tmp/msgfmt.$$; then
    ok "$po passes msgfmt --check"
  else
    not_ok "$po passes msgfmt --check"; sed 's/^/# /' /tmp/msgfmt.$$
  fi
  msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/polku.pot" -o "$tmp/$lang.po" 2>/dev/null
  stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*)
      not_ok "$po translates every string of the sources"; echo "# $stats"
      msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep '^msgid' | head -20 | sed 's/^/# /' ;;
    *) ok "$po translates every string of the sources" ;;
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
