{bin} timeline --rules tests/golden/inputs/no-such-dir tests/golden/inputs/empty.txt
