{bin} plot -o {tmp}/x.svg samples/compare/gold.json
# check-absent: {tmp}/x.svg
