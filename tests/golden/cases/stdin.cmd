{bin} timeline --dct 2024-03-06 --source Stdin -
# stdin: tests/golden/inputs/bom-crlf.txt
