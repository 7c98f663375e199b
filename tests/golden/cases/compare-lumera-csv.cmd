{bin} compare --format csv samples/compare/lumera-return-en.txt samples/compare/lumera-return-ko.txt samples/compare/lumera-investigation-ko.txt
