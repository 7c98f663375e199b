{bin} timeline --format timeml --dct 2023-11-30 tests/golden/inputs/timex-forms.txt
