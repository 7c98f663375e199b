{bin} timeline --chart "|touch /tmp/chronicle-pwned-chart.svg" samples/novaai-lawsuit-en.txt
# check-absent: /tmp/chronicle-pwned
