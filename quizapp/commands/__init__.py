"""The terminal commands: argument parsing for each, handing over to the core packages."""
