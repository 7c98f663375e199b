{bin} timeline --dct 2023-13-45 tests/golden/inputs/empty.txt
