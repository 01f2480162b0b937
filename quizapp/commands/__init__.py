"""The terminal commands (validate, export, report, ...), each in its own module."""
