{bin} plot -o {tmp}/evil.svg --title "x' ; system('touch /tmp/chronicle-pwned-title') ; '`touch /tmp/chronicle-pwned-title2`@macro" tests/golden/inputs/plot-evil.json
# check-absent: /tmp/chronicle-pwned
