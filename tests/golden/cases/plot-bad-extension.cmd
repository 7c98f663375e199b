{bin} plot -o {tmp}/chart.pdf tests/golden/inputs/plot-evil.json
# check-absent: {tmp}/chart
