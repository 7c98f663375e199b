#!/usr/bin/env bash
# Replays fuzz/corpus/ (seeds and every input the fuzzer ever crashed on)
# through the fuzz target built by the same compiler and flags as the
# chronicle under test: build/fuzz-replay for `make test`,
# build-sanitize/fuzz-replay for `make sanitize`.
# usage: tests/extra/fuzz-replay.sh CHRONICLE   (ends with "N passed, N failed")
set -u
bin=${1:?usage: tests/extra/fuzz-replay.sh CHRONICLE}
cd "$(dirname "$0")/../.."
replay=${CHRONICLE_FUZZ_REPLAY:-}
if [ -z "$replay" ]; then
  for c in "$(dirname "$bin")/fuzz-replay" build/fuzz-replay; do
    if [ -x "$c" ]; then replay=$c; break; fi
  done
fi
if [ -z "$replay" ] || [ ! -x "$replay" ]; then
  echo "skip fuzz-replay: no fuzz-replay binary beside $bin or in build/ (make build/fuzz-replay)"
  echo "fuzz-replay: 0 passed, 0 failed, 1 skipped"
  exit 0
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$replay" fuzz/corpus >"$log" 2>&1
status=$?
if [ "$status" -eq 0 ] && tail -1 "$log" | grep -Eq '^fuzz-replay: [0-9]+ passed, 0 failed$'; then
  tail -1 "$log"
  exit 0
fi
# a crash or a sanitizer report: show it and name the input that caused it
grep -v '^ok ' "$log" | tail -60
last=$(grep -E '^fuzz-replay: .* \([0-9]+ bytes\)$' "$log" | tail -1)
echo "FAIL fuzz-replay exited with status $status; last input: ${last#fuzz-replay: }"
ok=$(grep -c '^ok ' "$log")
echo "fuzz-replay: $ok passed, 1 failed"
exit 1
