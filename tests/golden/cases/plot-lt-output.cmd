{bin} plot -o "<touch /tmp/chronicle-pwned-lt.png" tests/golden/inputs/plot-evil.json
# check-absent: /tmp/chronicle-pwned
