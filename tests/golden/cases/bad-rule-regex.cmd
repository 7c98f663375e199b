{bin} timeline --rules tests/golden/inputs/bad-regex tests/golden/inputs/empty.txt
