{bin} timeline -o {tmp}/out.json tests/golden/inputs/invalid-utf8.txt
# check-absent: {tmp}/out.json
