{bin} timeline --format timeml tests/golden/inputs/timeml-input.tml
