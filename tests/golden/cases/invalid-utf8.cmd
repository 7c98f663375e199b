{bin} timeline tests/golden/inputs/invalid-utf8.txt
