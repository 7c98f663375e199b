{bin} timeline -o {tmp}/out.json --files-from tests/golden/inputs/file-list-missing-entry.txt
# check-absent: {tmp}/out.json
