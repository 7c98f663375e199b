{bin} timeline tests/golden/inputs/whitespace.txt
