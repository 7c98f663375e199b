{bin} timeline --rules tests/golden/inputs/bad-role tests/golden/inputs/empty.txt
