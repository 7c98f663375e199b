{bin} timeline --frobnicate tests/golden/inputs/empty.txt
