#!/usr/bin/env bash
# samples-eval.sh - scores every bundled sample (and the seed) with
# `chronicle eval` against its gold timeline.
#   - always: each sample's event F1 >= 0.9 and order 1.0 (or no pairs),
#     each article of the blind set (samples/blind) at least its line in
#     samples/blind/floors.tsv, a regression guard (else 0.6; its order
#     only printed);
#     counted since every sample reaches it (CHRONICLE_ENFORCE_EVENT_F1=0
#     only prints the figures)
#   - when ../shared is present: `chronicle eval` prints the same entity,
#     timex, event and order figures as ../shared/eval/score.py, on every
#     sample and on the seed article
# usage: tests/extra/samples-eval.sh CHRONICLE   (run by scripts/run-tests)
# The work is done by samples_eval.py beside it (articles run side by side,
# score.py loaded once).
# Ends with "N passed, N failed".
set -u
bin=${1:?usage: samples-eval.sh CHRONICLE}
exec python3 "$(dirname "$0")/samples_eval.py" "$bin"
