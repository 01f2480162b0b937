"""How typed numbers are read: the usual English ways are accepted, the rest refused with a reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.quiz import numbers
from quizapp.quiz.numbers import NumberError, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1998", 1998),
        (" 1998.0", 1998),
        ("1,998", 1998),
        ("1,234,567.5", 1234567.5),
        ("1 998", 1998),
        ("1\u202f998", 1998),  # narrow no-break space, as some keyboards type it
        ("-3.5", -3.5),
        ("\u22123.5", -3.5),  # the Unicode minus sign
        ("+2", 2),
        (".5", 0.5),
        ("7.", 7),
        ("1.5e3", 1500),
        ("2E-2", 0.02),
        ("3/4", 0.75),
        ("-1/2", -0.5),
        ("1 1/2", 1.5),
        ("½", 0.5),
        ("1½", 1.5),
        ("-¾", -0.75),
        ("１９９８", 1998),  # full-width digits
        ("١٩٩٨", 1998),  # Arabic-Indic digits
        ("0", 0),
    ],
)
def test_accepted_spellings(text: str, value: float) -> None:
    """Each usual way of typing a number gives its value."""
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,99", "ambiguous"),
        ("1,5", "ambiguous"),
        ("1.998,5", "ambiguous"),
        ("12,34", "ambiguous"),
        ("about 1998", "not a number"),
        ("1998 AD", "not a number"),
        ("nan", "not a number"),
        ("inf", "not a number"),
        ("1e999", "too large"),
        ("1/0", "divides by zero"),
        ("", "No number"),
        ("   ", "No number"),
        (".", "not a number"),
        ("1,2345", "ambiguous"),
        ("1 99", "not a number"),
        ("--1", "not a number"),
        ("x½", "not a number"),
    ],
)
def test_refused_spellings_say_why(text: str, message: str) -> None:
    """Text that is not a number (or is ambiguous) raises NumberError with a plain reason."""
    with pytest.raises(NumberError, match=message):
        parse_number(text)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_grouped_integers_read_back(n: int) -> None:
    """Any integer written with thousands commas reads back as itself."""
    assert parse_number(f"{n:,}") == n


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_format_number_reads_back(x: float) -> None:
    """What format_number writes, parse_number reads back (to 10 significant digits)."""
    assert parse_number(format_number(x)) == pytest.approx(x, rel=1e-9, abs=1e-9)


def test_format_number_drops_a_useless_point() -> None:
    """Whole numbers are shown without `.0`, as a learner would write them."""
    assert (format_number(1998.0), format_number(0.25), format_number(-3.0)) == (
        "1998",
        "0.25",
        "-3",
    )


@pytest.fixture
def decimal_comma() -> Iterator[None]:
    """The learner's locale writes decimals with a comma (German, Spanish)."""
    numbers.use_decimal_separator(",")
    yield
    numbers.use_decimal_separator(".")


@pytest.mark.parametrize(
    ("text", "value"),
    [("3,14", 3.14), ("-0,5", -0.5), ("1.234,5", 1234.5), ("1 234,5", 1234.5), ("1998", 1998)],
)
def test_a_decimal_comma_locale_reads_commas_and_groups_with_points(
    decimal_comma: None, text: str, value: float
) -> None:
    """Where decimals are written with a comma, `3,14` is read and a point groups thousands."""
    assert parse_number(text) == pytest.approx(value)


def test_a_decimal_comma_locale_refuses_a_decimal_point_and_shows_commas(
    decimal_comma: None,
) -> None:
    """`3.14` is ambiguous there (a thousands point?), and numbers are shown with a comma."""
    with pytest.raises(NumberError, match="ambiguous") as refused:
        parse_number("3.14")
    assert refused.value.code == "ambiguous"
    assert numbers.show_number(2.5) == "2,5"
    assert format_number(2.5) == "2.5", "files and statements keep the point"
