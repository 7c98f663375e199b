#!/usr/bin/env bash
# The documentation agrees with the program: every command of
# `chronicle --help`, every long option and every format printed by each
# command's --help appears in the man page (docs/chronicle.1) and every long
# option in README.md; the man page renders without warnings (man or groff,
# skipped with a message when neither is installed).
# usage: tests/extra/docs.sh CHRONICLE   (ends with "N passed, N failed[, N skipped]")
set -u
bin=${1:?usage: tests/extra/docs.sh CHRONICLE}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
cd "$(dirname "$0")/../.."
man_page=docs/chronicle.1
passed=0 failed=0 skipped=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
skip() { echo "skip $1"; skipped=$((skipped + 1)); }

if [ ! -f "$man_page" ]; then
  fail "$man_page is missing"
  echo "docs: $passed passed, $failed failed, $skipped skipped"
  exit 1
fi
# the man page's text with roff escapes for '-' and fonts undone
man_text=$(sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\(em/-/g' "$man_page")

overview=$("$bin" --help 2>&1)
# command names: the indented lines under "commands:"
commands=$(awk '/^commands:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{on=0}' <<<"$overview")
if [ -z "$commands" ]; then fail "chronicle --help lists no commands"; fi

all_formats=""
for cmd in $commands; do
  if grep -Eq "^\.B $cmd\$" "$man_page"; then ok "man page documents command '$cmd'"
  else fail "man page has no '.B $cmd' entry for command '$cmd'"; fi
  if grep -q "chronicle $cmd" README.md; then ok "README.md mentions 'chronicle $cmd'"
  else fail "README.md never mentions 'chronicle $cmd'"; fi

  help=$("$bin" "$cmd" --help 2>&1)
  status=$?
  if [ $status -ne 0 ]; then fail "chronicle $cmd --help exits $status"; continue; fi
  # long options: "--name" at the start of an option line (after an optional "-x, ")
  opts=$(grep -Eo '^ +(-[a-zA-Z], )?--[a-z][a-z0-9-]*' <<<"$help" | grep -Eo -- '--[a-z][a-z0-9-]*' | sort -u)
  if [ -z "$opts" ]; then fail "chronicle $cmd --help lists no long options"; fi
  for o in $opts; do
    if grep -Fq -- "$o" <<<"$man_text"; then ok "man page: $cmd $o"
    else fail "man page does not document '$o' (chronicle $cmd --help)"; fi
    if grep -Fq -- "$o" README.md; then ok "README.md: $cmd $o"
    else fail "README.md does not mention '$o' (chronicle $cmd --help)"; fi
  done
  # formats: the indented lines under "formats:"
  all_formats+=" $(awk '/^formats:/{on=1; next} on && /^  [a-z]/{print $1} on && /^$/{on=0}' <<<"$help")"
done
for f in $(tr ' ' '\n' <<<"$all_formats" | sort -u); do
  if grep -Eq "^\.B $f\$" "$man_page"; then ok "man page: format $f"
  else fail "man page has no '.B $f' entry for format '$f' (see --format in chronicle timeline --help)"; fi
done

# the exit statuses of --help are the man page's
for code in 0 1 2; do
  if awk '/^\.SH "EXIT STATUS"/{on=1; next} /^\.SH/{on=0} on' "$man_page" | grep -q "^\.B $code\$"; then
    ok "man page: exit status $code"
  else fail "man page: EXIT STATUS does not list $code"; fi
done

# renders without warnings
if command -v man >/dev/null 2>&1; then
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_page" 2>&1 >/dev/null)
  lines=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -E UTF-8 -l "$man_page" 2>/dev/null | wc -l)
  if [ -z "$warnings" ] && [ "$lines" -gt 100 ]; then ok "man -l $man_page renders ($lines lines, no warnings)"
  else fail "man -l $man_page: $lines lines; warnings: $warnings"; fi
elif command -v groff >/dev/null 2>&1; then
  warnings=$(groff -ww -z -man -Kutf8 "$man_page" 2>&1)
  if [ -z "$warnings" ]; then ok "groff renders $man_page without warnings"
  else fail "groff $man_page: $warnings"; fi
else
  skip "man page rendering: neither man nor groff is installed"
fi

echo "docs: $passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
