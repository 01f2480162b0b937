"""The terminal commands: one module per command, its parser built only when it is run."""
