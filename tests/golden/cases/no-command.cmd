{bin}
