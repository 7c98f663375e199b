env PATH=/nonexistent {bin} plot --dct 2024-06-03 --kind entities -o {tmp}/ent.png samples/novaai-lawsuit-en.txt
# check-absent: {tmp}/ent.png
