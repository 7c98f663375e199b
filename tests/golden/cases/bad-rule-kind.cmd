{bin} timeline --rules tests/golden/inputs/bad-kind tests/golden/inputs/empty.txt
