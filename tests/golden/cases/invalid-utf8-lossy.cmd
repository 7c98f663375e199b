{bin} timeline --lossy --dct 2024-01-02 tests/golden/inputs/invalid-utf8.txt
