{bin} timeline --help
