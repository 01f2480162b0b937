"""Reading a number the way a learner types it, or saying plainly why it is not one.

Accepted (after trimming; digits of any script and Unicode minus signs count as ASCII ones):
- integers and decimals with a point: `1998`, `1998.0`, `-3.5`, `+2`, `.5`, `7.`
- thousands grouped by commas or spaces, in groups of three: `1,998`, `1,234,567.5`, `1 998`
- an exponent: `1.5e3`, `2E-4`
- fractions: `3/4`, `-1/2`, `1 1/2`, and the vulgar fractions `½`, `1½`, `-¾`
Refused with a message: anything else, notably `1,99` or `1.998,5` (a decimal comma is
ambiguous in an English-language app: is `1,998` one thousand or two?), `nan`, `inf`, units.
"""

from __future__ import annotations

import math
import re
import unicodedata

from quizapp.quiz.errors import QuizError


class NumberError(QuizError):
    """The learner's text is not a number we can read; the message says why, for the learner."""


_DECIMAL = re.compile(
    r"""
    [+-]?
    (?: \d{1,3} (?: ,\d{3} )+ | \d{1,3} (?: [ ]\d{3} )+ | \d+ )?  # integer part, maybe grouped
    (?: \.\d* )?                                                  # fraction part
    (?: e[+-]?\d+ )?                                              # exponent
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII,
)
_FRACTION = re.compile(r"([+-]?)(?:(\d+) +)?(\d+) */ *(\d+)", re.ASCII)
_DECIMAL_COMMA = re.compile(r"[+-]?[\d.]*\d,\d+", re.ASCII)
_MINUS_SIGNS = "\u2212\u2012\u2013\ufe63\uff0d"


def parse_number(text: str) -> float:
    """The value of `text`, or `NumberError` with a message the learner can act on."""
    s = text.strip()
    if not s:
        raise NumberError("No number was given.")
    for minus in _MINUS_SIGNS:
        s = s.replace(minus, "-")
    value = _vulgar(s)
    if value is not None:
        return value
    s = unicodedata.normalize("NFKC", s).replace("\u2044", "/")  # fraction slash
    s = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)  # e.g. Arabic
    s = re.sub(r"\s+", " ", s)
    if _DECIMAL.fullmatch(s) and any(c.isdigit() for c in s.lower().split("e")[0]):
        value = float(s.replace(",", "").replace(" ", ""))
        if not math.isfinite(value):
            raise NumberError(f"'{text.strip()}' is too large a number.")
        return value
    fraction = _FRACTION.fullmatch(s)
    if fraction:
        sign, whole, num, den = fraction.groups()
        if int(den) == 0:
            raise NumberError(f"'{text.strip()}' divides by zero.")
        magnitude = int(whole or 0) + int(num) / int(den)
        return -magnitude if sign == "-" else magnitude
    if _DECIMAL_COMMA.fullmatch(s):
        raise NumberError(
            f"'{text.strip()}' is ambiguous: write decimals with a point (1.5), and use a comma "
            "only between groups of three digits (1,998)."
        )
    raise NumberError(f"'{text.strip()}' is not a number.")


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
