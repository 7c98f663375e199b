{bin} plot
