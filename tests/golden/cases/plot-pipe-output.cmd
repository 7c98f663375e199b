{bin} plot -o "|touch /tmp/chronicle-pwned-pipe.svg" tests/golden/inputs/plot-evil.json
# check-absent: /tmp/chronicle-pwned
