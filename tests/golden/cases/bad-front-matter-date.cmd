{bin} timeline tests/golden/inputs/bad-front-matter-date.txt
