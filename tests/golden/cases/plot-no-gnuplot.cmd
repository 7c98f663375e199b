env PATH=/nonexistent {bin} plot -o {tmp}/chart.svg tests/golden/inputs/plot-evil.json
# check-absent: {tmp}/chart.svg
