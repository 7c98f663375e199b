#!/usr/bin/env bash
# `make install` and `make uninstall` into a temporary DESTDIR: the binary
# and the man page land under PREFIX, the installed binary runs, uninstall
# removes both and nothing else.
# usage: tests/extra/install.sh CHRONICLE   (ends with "N passed, N failed")
set -u
bin=${1:?usage: tests/extra/install.sh CHRONICLE}
cd "$(dirname "$0")/../.."
passed=0 failed=0
ok() { echo "ok $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
prefix=/opt/chronicle-test
log=$dest.log
trap 'rm -rf "$dest" "$log"' EXIT

# the binary under test is installed, not whatever ./chronicle is
if make -s install INSTALL_BIN="$bin" PREFIX="$prefix" DESTDIR="$dest" >"$log" 2>&1; then ok "make install"
else fail "make install: $(tail -5 "$log")"; fi

inst_bin=$dest$prefix/bin/chronicle
inst_man=$dest$prefix/share/man/man1/chronicle.1
if [ -x "$inst_bin" ]; then ok "binary installed in PREFIX/bin"; else fail "no executable $inst_bin"; fi
if [ -f "$inst_man" ] && cmp -s "$inst_man" docs/chronicle.1; then ok "man page installed in PREFIX/share/man/man1"
else fail "no man page at $inst_man"; fi
if [ -x "$inst_bin" ] && [ "$(stat -c %a "$inst_bin")" = 755 ] && [ "$(stat -c %a "$inst_man" 2>/dev/null)" = 644 ]; then
  ok "modes 0755 and 0644"
else fail "modes: $(stat -c '%a %n' "$inst_bin" "$inst_man" 2>&1 | tr '\n' ' ')"; fi
if [ -n "$(find "$dest" -path "$dest$prefix" -prune -o -type f -print)" ]; then fail "files outside DESTDIR/PREFIX"
else ok "nothing written outside DESTDIR/PREFIX"; fi

# the installed copy works from anywhere (no build tree, no ../shared)
if out=$(cd / && "$inst_bin" --version 2>&1) && grep -q '^chronicle [0-9]' <<<"$out"; then ok "installed --version: $out"
else fail "installed --version: $out"; fi
sample=$PWD/samples/hanbitbio-ouster-ko.txt
if json=$(cd / && "$inst_bin" timeline --dct 2024-06-03 "$sample" 2>&1) && grep -q '"chronicle.timeline/1"' <<<"$json"; then
  ok "installed binary builds a timeline"
else fail "installed binary: $(head -3 <<<"$json")"; fi
if command -v man >/dev/null 2>&1; then
  if MANPATH=$dest$prefix/share/man LC_ALL=C.UTF-8 man -P cat chronicle 2>/dev/null | grep -q 'EXIT STATUS'; then
    ok "man chronicle finds the installed page through MANPATH"
  else fail "man chronicle with MANPATH=$dest$prefix/share/man"; fi
fi

if make -s uninstall PREFIX="$prefix" DESTDIR="$dest" >"$log" 2>&1; then ok "make uninstall"
else fail "make uninstall: $(tail -5 "$log")"; fi
if [ ! -e "$inst_bin" ] && [ ! -e "$inst_man" ]; then ok "uninstall removed the binary and the man page"
else fail "left after uninstall: $(ls "$inst_bin" "$inst_man" 2>/dev/null | tr '\n' ' ')"; fi
left=$(find "$dest" -type f)
if [ -z "$left" ]; then ok "no files left in DESTDIR"; else fail "left in DESTDIR: $left"; fi

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
