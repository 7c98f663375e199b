{bin} timeline -o {tmp}/no/such/dir/out.json tests/golden/inputs/bom-crlf.txt
# check-absent: {tmp}/no
