"""The use cases the GUI and the terminal both run (start, resume, record, finish a quiz; open a
classroom sitting; the background reads). No Qt: the widgets call these, then redraw."""
