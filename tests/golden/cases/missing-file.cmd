{bin} timeline tests/golden/inputs/does-not-exist.txt
