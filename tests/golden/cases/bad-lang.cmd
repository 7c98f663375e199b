{bin} timeline --lang fr tests/golden/inputs/empty.txt
