{bin} timeline --gazetteer tests/golden/inputs/gazetteer-bad.tsv tests/golden/inputs/gazetteer-article.txt
