{bin} compare -o {tmp}/out.json samples/compare/lumera-return-en.txt tests/golden/inputs/missing.txt
# check-absent: {tmp}/out.json
