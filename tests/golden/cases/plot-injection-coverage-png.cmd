{bin} plot --kind coverage -o {tmp}/evil.png tests/golden/inputs/plot-evil.json
# check-absent: /tmp/chronicle-pwned
