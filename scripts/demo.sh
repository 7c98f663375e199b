#!/usr/bin/env bash
# The main job on the bundled samples: one JSON timeline per sample set and
# a chart, written to demo-out/. Run by `make demo` after the build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=demo-out
mkdir -p "$out"
./chronicle timeline --dct 2024-06-03 -o "$out/samples.json" samples/*.txt
echo "demo: wrote $out/samples.json ($(grep -c '"event": "e' "$out/samples.json") events on the timeline)"
./chronicle compare -o "$out/compare.json" samples/compare/*.txt
./chronicle compare --format text -o "$out/compare.txt" samples/compare/*.txt
echo "demo: wrote $out/compare.json and $out/compare.txt (three outlets, one story: who reported what, and where they disagree)"
if ./chronicle --help | grep -q '^  plot'; then
  # charts (gnuplot; without it each plot writes its .gp and .tsv and says how to render them)
  ./chronicle plot --kind coverage -o "$out/compare-coverage.png" "$out/compare.json"
  ./chronicle plot --kind entities -o "$out/samples-entities.png" "$out/samples.json"
  ./chronicle plot -o "$out/samples.svg" "$out/samples.json"
  ./chronicle plot -o "$out/samples.png" "$out/samples.json"
  if [ -s "$out/samples.png" ]; then echo "demo: the chart of the samples is $out/samples.png (and $out/samples.svg)"; fi
fi
