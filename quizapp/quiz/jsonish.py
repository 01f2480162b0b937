"""Plain-JSON helpers for the saved state: the JSON type, and readers that name what is wrong.

A saved session comes back from a file or a database, so every field is checked on the way in and
a malformed one raises `ResumeError` saying which field, instead of a `KeyError` deep inside.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import TypeAlias

from quizapp.quiz.errors import ResumeError, damaged

JSON: TypeAlias = bool | int | float | str | list["JSON"] | dict[str, "JSON"] | None


def field(data: Mapping[str, object], key: str) -> object:
    """`data[key]`, or a `ResumeError` naming the missing field."""
    if key not in data:
        raise damaged(f"the field '{key}' is missing")
    return data[key]


def as_str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise _wrong(what, "text", value)
    return value


def as_bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise _wrong(what, "true or false", value)
    return value


def as_int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _wrong(what, "a whole number", value)
    return value


def as_float(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _wrong(what, "a number", value)
    return float(value)


def as_list(value: object, what: str) -> list[object]:
    if not isinstance(value, list):
        raise _wrong(what, "a list", value)
    return value


def as_mapping(value: object, what: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
        raise _wrong(what, "an object", value)
    return value


def as_time(value: object, what: str) -> datetime:
    """An ISO 8601 timestamp with a time zone, as `time_text` writes it."""
    text = as_str(value, what)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise _wrong(what, "a timestamp", value) from None
    if when.tzinfo is None:
        raise _wrong(what, "a timestamp with a time zone", value)
    return when


def time_text(when: datetime) -> str:
    return when.isoformat()


def opt_float(value: object, what: str) -> float | None:
    return None if value is None else as_float(value, what)


def opt_int(value: object, what: str) -> int | None:
    return None if value is None else as_int(value, what)


def _wrong(what: str, expected: str, value: object) -> ResumeError:
    return damaged(f"{what} should be {expected}, not {value!r:.60}")
