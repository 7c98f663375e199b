#!/usr/bin/env bash
# timeml2-eval.sh - scores the date stage on samples/timeml2, the second
# English TimeML news set (8 articles, 207 TIMEX3), written and annotated
# blind (see samples/timeml2/README.md), and fails when a figure drops
# below its floor. The scoring is tests/extra/timeml-eval.sh's.
#   - first run, before any rule was written for it: relaxed F1 0.970,
#     strict 0.877, value F1 0.827 (corrected gold)
#   - after the fixes: relaxed 0.995, strict 0.995, value F1 0.894; the
#     floors sit a little under (0.98, 0.98, 0.87); lowering one needs a
#     reason in the commit message
# usage: tests/extra/timeml2-eval.sh CHRONICLE   (run by scripts/run-tests)
# Ends with "N passed, N failed".
set -u
bin=${1:?usage: timeml2-eval.sh CHRONICLE}
case $bin in /*) ;; *) bin=$PWD/$bin ;; esac
exec bash "$(dirname "$0")/timeml-eval.sh" "$bin" samples/timeml2 207 \
  "${CHRONICLE_TIMEML2_MIN_RELAXED_F1:-0.98}" "${CHRONICLE_TIMEML2_MIN_STRICT_F1:-0.98}" \
  "${CHRONICLE_TIMEML2_MIN_VALUE_F1:-0.87}"
