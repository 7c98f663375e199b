{bin} timeline tests/golden/inputs
