"""Patterns rewritten to run faster find exactly what the plainer ones they replace found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.draft import drafter, facts

# the plain forms, as first written: each looks behind before the first character it matches
PLAIN_YEAR = re.compile(r"(?<![\d,.$£€-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d%]|\.\d| ?(?:%|percent))")
PLAIN_AMOUNT = re.compile(
    facts._AMOUNT.pattern.replace(
        r"(?P<num>\d(?<![\w.,-]\d)(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?))",
        r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)",
    )
)

PIECES = [
    *"aAzZéÉł-.,$£€%/ 0123456789\n", "1919", "2013", "1,000", "3.5", "12,34", "U.S.",
    " percent", "%", " km", " million", " thousand", "kg", "In ", "x1998", "-2001", "$1999",
]  # fmt: skip


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_the_plain_amount_pattern_is_the_one_replaced() -> None:
    assert PLAIN_AMOUNT.pattern != facts._AMOUNT.pattern
    assert PLAIN_AMOUNT.search("about 42 km") is not None


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16).map("".join))
def test_years_and_amounts_are_found_as_before(text: str) -> None:
    assert _found(facts._YEAR, text) == _found(PLAIN_YEAR, text)
    assert _found(facts._AMOUNT, text) == _found(PLAIN_AMOUNT, text)
    head = text[:4]
    assert (facts._YEAR.fullmatch(head) is None) == (PLAIN_YEAR.fullmatch(head) is None)


def test_years_and_amounts_in_context() -> None:
    text = "In 1998 about 1,200 km and 3.5 percent; x1919, $2001, 1919%, 2013.5 and 1805."
    assert [m.group() for m in facts._YEAR.finditer(text)] == ["1998", "1805"]
    assert [m.group() for m in facts._AMOUNT.finditer(text)] == ["1,200 km", "3.5 percent", "1919%"]


PLACES = sorted(facts.L.MULTIWORD_PLACES, key=len, reverse=True)
PLAIN_PLACES = re.compile(
    r"(?<![^\W\d_]|-)(" + "|".join(map(re.escape, PLACES)) + r")(?![A-Za-z-])"
)
PLACE_PIECES = [*PLACES, *"aZé-. ,\n", "New", "San", "x", "-", "the "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PLACE_PIECES), max_size=10).map("".join))
def test_places_of_several_words_are_found_as_before(text: str) -> None:
    assert _found(facts._PLACES_MULTI, text) == _found(PLAIN_PLACES, text)
    assert [m.groups() for m in facts._PLACES_MULTI.finditer(text)] == [
        m.groups() for m in PLAIN_PLACES.finditer(text)
    ]


NAMES = ["Wilson", "Lugar", "Cuellar", "Lu", "Éva", "_x", "3M", "-Ng", "Ng."]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, unique=True),
    st.lists(st.sampled_from([*NAMES, *"aZé-_. 1\n"]), max_size=10).map("".join),
)
def test_a_known_surname_alone_is_found_as_before(known: list[str], text: str) -> None:
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, known)) + r")\b")
    fast = re.compile("|".join(map(drafter._alone, known)))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_surname_inside_a_longer_word_is_not_alone() -> None:
    fast = re.compile("|".join(map(drafter._alone, ["Lugar", "Wilson"])))
    assert fast.search("Lugaro and XWilson and Wilsons") is None
    assert fast.search("as (Wilson) said") is not None


def _chains(text: str) -> list[str]:
    return [text[c[0][0] : c[-1][1]] for c in facts.find_chains(text, 0, len(text))]


def test_chains_hold_capitalised_words_and_up_to_two_connectors_between_them() -> None:
    text = "Then Sen. Richard Lugar met the Bank of the West, then the Secretary of State in Baku."
    assert _chains(text) == [
        "Then Sen. Richard Lugar",
        "Bank of the West",
        "Secretary of State in Baku",
    ]
    # three connectors, two spaces, a line break, a full stop or a word outside ASCII end one
    assert _chains("Anna of the and Berg") == ["Anna", "Berg"]
    assert _chains("Anna  Berg, Anna\nBerg, Anna. Berg") == [
        "Anna",
        "Berg",
        "Anna",
        "Berg",
        "Anna",
        "Berg",
    ]
    assert _chains("Anna élan Berg, U.S. Éva, Jean-Paul de Gaulle") == [
        "Anna", "Berg", "U.S. Éva", "Jean-Paul de Gaulle",
    ]  # fmt: skip


def test_the_letters_folded_before_looking_for_causes_are_all_that_match_ascii_ones() -> None:
    """Every letter outside ASCII that an ASCII letter matches when case is ignored is folded
    to it, so the quick look for a cause marker never misses one the full pattern finds."""
    matching = {chr(c) for c in range(128, 0x110000) if re.fullmatch("[a-z]", chr(c), re.I)}
    assert matching == set(facts.FOLD_TO_ASCII)
    for letter, ascii_letter in facts.FOLD_TO_ASCII.items():
        assert re.fullmatch(ascii_letter, letter, re.I)


def test_a_cause_marker_with_such_letters_is_found() -> None:
    text = "The fleet sailed İN RESPONSE TO the blockade, and becauſe of the storm it turned."
    assert [f.value for f in facts._causes(0, text)] == ["the blockade", "the storm it turned"]
