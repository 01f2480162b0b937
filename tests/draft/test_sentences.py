"""Sentence splitting: abbreviations, initials and citation markers do not end a sentence."""

from __future__ import annotations

import pytest

from quizapp.draft.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He met the U.S. Secretary of State. Then he left.",
            ["He met the U.S. Secretary of State.", "Then he left."],
        ),
        (
            "During this visit Sen. Lugar spoke. Biden agreed.",
            ["During this visit Sen. Lugar spoke.", "Biden agreed."],
        ),
        (
            "The book is by J. R. R. Tolkien. It is long.",
            ["The book is by J. R. R. Tolkien.", "It is long."],
        ),
        ("Do you know where it is? Nobody did.", ["Do you know where it is?", "Nobody did."]),
        ("It lies in Washington, D.C. and in Baku.", ["It lies in Washington, D.C. and in Baku."]),
        ("The Azerbaijan-U.S. ICT Forum met.", ["The Azerbaijan-U.S. ICT Forum met."]),
        (
            "Prices rose by 3.5 percent. Wages did not.",
            ["Prices rose by 3.5 percent.", "Wages did not."],
        ),
        ("“We agree.” Then they signed.", ["“We agree.”", "Then they signed."]),
        ("it ends. but goes on", ["it ends. but goes on"]),
    ],
)
def test_sentences_end_only_where_a_reader_sees_an_end(text: str, expected: list[str]) -> None:
    """A full stop after an abbreviation or initial, or before lower case, is no sentence end."""
    assert sentences(text) == expected


def test_citation_markers_stay_outside_the_sentences() -> None:
    """ "[4]" before and "[17]" after a sentence are left out, so quotes never start with one."""
    text = "[4] But he recalled it.[17] [12] On Jan 21 ABC reported."
    assert sentences(text) == ["But he recalled it.", "On Jan 21 ABC reported."]
