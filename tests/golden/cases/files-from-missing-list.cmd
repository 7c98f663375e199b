{bin} timeline --files-from tests/golden/inputs/no-such-list.txt
