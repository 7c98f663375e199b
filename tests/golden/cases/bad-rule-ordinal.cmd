{bin} timeline --rules tests/golden/inputs/bad-ordinal tests/golden/inputs/empty.txt
