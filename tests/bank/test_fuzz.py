"""No input whatsoever makes the loader raise: random text and bytes give a bank or our problems."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank import LoadResult, check_bytes, check_text

YAMLISH = st.lists(
    st.sampled_from([*string.printable, "&a", "*a", "!!", "- ", ": ", "\n  ", "é", "\t"]),
    max_size=300,
).map("".join)
KEYS = st.sampled_from(
    [
        "title",
        "questions",
        "id",
        "type",
        "prompt",
        "choices",
        "answer",
        "items",
        "pairs",
        "single",
        "multiple",
        "true_false",
        "short",
        "numeric",
        "order",
        "match",
        "- ",
        ": ",
        "\n",
        "\n  ",
        "\n    ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&x ",
        "*x",
        "!!python/name:os.system",
        "NO",
    ]
)
STRUCTURED = st.lists(KEYS, max_size=80).map("".join)


def _valid(result: LoadResult, path: str) -> None:
    assert result.path == path
    for p in result.problems:
        assert p.line >= 1 and p.column >= 1 and p.message
    if result.bank is not None:
        assert result.bank.questions


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(YAMLISH)
def test_random_text_never_raises(text: str) -> None:
    """Random YAML-ish text yields a bank or located problems, never an exception."""
    _valid(check_text(text, "fuzz.yaml"), "fuzz.yaml")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(STRUCTURED)
def test_random_bank_shaped_text_never_raises(text: str) -> None:
    """Text built from bank keywords and YAML syntax yields a bank or problems, never a crash."""
    _valid(check_text("title: T\nquestions:\n  - " + text, "fuzz.yaml"), "fuzz.yaml")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_raise(data: bytes) -> None:
    """Random bytes (bad UTF-8, NULs, BOMs) yield our problems, never an exception."""
    _valid(check_bytes(data, "fuzz.yaml"), "fuzz.yaml")
