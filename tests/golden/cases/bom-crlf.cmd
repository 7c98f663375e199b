{bin} timeline tests/golden/inputs/bom-crlf.txt
