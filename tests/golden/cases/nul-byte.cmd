{bin} timeline tests/golden/inputs/nul-byte.bin
