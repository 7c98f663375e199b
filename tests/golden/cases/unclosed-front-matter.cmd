{bin} timeline tests/golden/inputs/unclosed-front-matter.txt
