{bin} timeline --format docx tests/golden/inputs/empty.txt
