{bin} timeline --dct 2023-02-30 tests/golden/inputs/empty.txt
