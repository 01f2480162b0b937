"""Reading a number the way a learner types it, or saying plainly why it is not one.

Accepted (after trimming; digits of any script and Unicode minus signs count as ASCII ones):
- integers and decimals with a point: `1998`, `1998.0`, `-3.5`, `+2`, `.5`, `7.`
- thousands grouped by commas or spaces, in groups of three: `1,998`, `1,234,567.5`, `1 998`
- an exponent: `1.5e3`, `2E-4`
- fractions: `3/4`, `-1/2`, `1 1/2`, and the vulgar fractions `½`, `1½`, `-¾`
Refused with a reason: anything else, notably `1,99` or `1.998,5` (a decimal comma is
ambiguous where the decimal separator is a point: is `1,998` one thousand or two?), `nan`, `inf`,
units.

Where the learner's locale writes decimals with a comma (German, Spanish, ...), the app says so
at start (`use_decimal_separator(",")`) and the roles swap: `3,14` and `1.234,5` or `1 234,5`
are read, `3.14` is refused as ambiguous. Bank files keep YAML numbers, always with a point.
"""

from __future__ import annotations

import math
import re
import unicodedata

from quizapp.quiz.errors import QuizError


class NumberError(QuizError):
    """The learner's text is not a number we can read. `code` says why (`empty`, `too_large`,
    `divides_by_zero`, `ambiguous`, `not_a_number`) and `quizapp.words` words it; the message
    is the English sentence, for logs."""

    def __init__(self, code: str, text: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.text = text


# patterns compiled on first use (re caches them), not at every start
_DECIMAL = r"""
    [+-]?
    (?: \d{1,3} (?: ,\d{3} )+ | \d{1,3} (?: [ ]\d{3} )+ | \d+ )?  # integer part, maybe grouped
    (?: \.\d* )?                                                  # fraction part
    (?: e[+-]?\d+ )?                                              # exponent
    """
_FRACTION = r"([+-]?)(?:(\d+) +)?(\d+) */ *(\d+)"
_COMMA_DECIMAL = r"""
    [+-]?
    (?: \d{1,3} (?: \.\d{3} )+ | \d{1,3} (?: [ ]\d{3} )+ | \d+ )?  # integer part, maybe grouped
    (?: ,\d* )?                                                  # fraction part
    (?: e[+-]?\d+ )?                                              # exponent
    """
_DECIMAL_COMMA = r"[+-]?[\d.]*\d,\d+"
_DECIMAL_POINT = r"[+-]?[\d,]*\d\.\d+"
_NUMBER_FLAGS = re.VERBOSE | re.IGNORECASE | re.ASCII
_MINUS_SIGNS = "\u2212\u2012\u2013\ufe63\uff0d"

_separator = "."  # the learner's locale's decimal separator


def use_decimal_separator(separator: str) -> None:
    """Read and show decimals with `separator`: `.` (the default) or `,`."""
    global _separator
    if separator not in (".", ","):
        raise ValueError(f"decimal separator {separator!r}: only '.' or ','")
    _separator = separator


def parse_number(text: str) -> float:
    """The value of `text`, or `NumberError` with a reason the learner can act on."""
    s = text.strip()
    if not s:
        raise NumberError("empty", s, "No number was given.")
    for minus in _MINUS_SIGNS:
        s = s.replace(minus, "-")
    value = _vulgar(s)
    if value is not None:
        return value
    s = unicodedata.normalize("NFKC", s).replace("\u2044", "/")  # fraction slash
    s = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)  # e.g. Arabic
    s = re.sub(r"\s+", " ", s)
    comma = _separator == ","
    if re.fullmatch(_COMMA_DECIMAL if comma else _DECIMAL, s, _NUMBER_FLAGS) and any(
        c.isdigit() for c in s.lower().split("e")[0]
    ):
        group, point = (".", ",") if comma else (",", ".")
        value = float(s.replace(group, "").replace(" ", "").replace(point, "."))
        if not math.isfinite(value):
            raise NumberError("too_large", text.strip(), f"'{text.strip()}' is too large a number.")
        return value
    fraction = re.fullmatch(_FRACTION, s, re.ASCII)
    if fraction:
        sign, whole, num, den = fraction.groups()
        if int(den) == 0:
            raise NumberError("divides_by_zero", text.strip(), f"'{text.strip()}' divides by zero.")
        magnitude = int(whole or 0) + int(num) / int(den)
        return -magnitude if sign == "-" else magnitude
    if re.fullmatch(_DECIMAL_POINT if comma else _DECIMAL_COMMA, s, re.ASCII):
        raise NumberError(
            "ambiguous",
            text.strip(),
            f"'{text.strip()}' is ambiguous: write decimals with a {'comma' if comma else 'point'}"
            f" (1{_separator}5), and use a {'point' if comma else 'comma'} only between groups of "
            "three digits.",
        )
    raise NumberError("not_a_number", text.strip(), f"'{text.strip()}' is not a number.")


def _vulgar(s: str) -> float | None:
    """`½`, `1½`, `-1 ¾`: a whole part (maybe none) followed by one vulgar fraction character."""
    last = s[-1]
    if not unicodedata.name(last, "").startswith("VULGAR FRACTION"):
        return None
    head = s[:-1].strip()
    sign = -1.0 if head.startswith("-") else 1.0
    head = head.lstrip("+-").strip()
    head = unicodedata.normalize("NFKC", head)
    if head and not (head.isascii() and head.isdigit()):
        return None
    return sign * (int(head or 0) + unicodedata.numeric(last))


def format_number(value: float) -> str:
    """A number as the learner would write it: `1998`, not `1998.0`; `0.1`, not `0.1000000001`."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.10g}"


def show_number(value: float) -> str:
    """`format_number` with the learner's decimal separator, for what a person reads (files and
    statements keep `format_number`'s point)."""
    return localise(format_number(value))


def localise(written: str) -> str:
    """A number written with a point (as in a bank file) with the learner's decimal separator."""
    return written.replace(".", ",") if _separator == "," else written
