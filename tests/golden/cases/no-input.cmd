{bin} timeline
