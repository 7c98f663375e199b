{bin} timeline --files-from tests/golden/inputs/file-list-empty.txt
