{bin} timeline --gazetteer tests/golden/inputs/gazetteer.tsv tests/golden/inputs/gazetteer-article.txt
