{bin} timeline tests/golden/inputs/empty.txt
