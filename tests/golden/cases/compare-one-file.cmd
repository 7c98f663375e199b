{bin} compare samples/compare/lumera-return-en.txt
