{bin} frobnicate
