{bin} plot --kind entities -o {tmp}/evil.svg tests/golden/inputs/plot-evil.json
# check-absent: /tmp/chronicle-pwned
