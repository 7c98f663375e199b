{bin} timeline --rules tests/golden/inputs/bad-rules tests/golden/inputs/empty.txt
