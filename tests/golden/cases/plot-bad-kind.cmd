{bin} plot --kind pie tests/golden/inputs/plot-evil.json
