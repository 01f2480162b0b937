"""Converting question banks to and from the formats teachers already use. No Qt here.

`convert(...)` is the one entry point: it reads the source in its format (importers build our
bank as YAML-shaped data, see `builder`), runs our own checker over the result, and writes the
destination format (exporters read a checked `Bank` and say what they drop).
"""

from __future__ import annotations

from quizapp.convert.pipeline import (
    FORMATS,
    ConvertError,
    Outcome,
    convert,
    guess_format,
)

__all__ = ["FORMATS", "ConvertError", "Outcome", "convert", "guess_format"]
