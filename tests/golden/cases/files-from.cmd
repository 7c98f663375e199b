{bin} timeline --format text --files-from tests/golden/inputs/file-list.txt samples/compare/lumera-investigation-ko.txt
