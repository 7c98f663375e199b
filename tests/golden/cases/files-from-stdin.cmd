{bin} timeline --format text --files-from -
# stdin: tests/golden/inputs/file-list.txt
