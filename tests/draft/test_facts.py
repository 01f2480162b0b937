"""Fact finding: dates, amounts, people with their offices, places, bodies, quotes, causes."""

from __future__ import annotations

import pytest

from quizapp.draft.facts import Fact, find_facts, surnames


def facts(text: str, known: dict[str, str] | None = None) -> list[Fact]:
    return find_facts(text, 0, len(text), known or {})


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.value) for f in facts(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 1998 the law passed.", [("year", "1998")]),
        ("On September 18, 1919, he spoke.", [("date", "1919-09-18")]),
        ("On 7 November 1867 she was born.", [("date", "1867-11-07")]),
        ("In November 2011 they met.", [("date", "2011-11-00")]),
        ("Section 1907 was passed.", []),
        ("It weighs 1998 kg.", [("number", "1998")]),
        ("It is 8,849 m high.", [("number", "8849")]),
        ("Over one-third of it went.", [("number", "0.333")]),
        ("Prices rose by 3.5 percent.", [("number", "3.5")]),
    ],
)
def test_dates_years_and_amounts(text: str, expected: list[tuple[str, str]]) -> None:
    """Years, full and partial dates, amounts with units and fractions are found; a number in a
    name ("Section 1907") or with a unit ("1998 kg") is no year."""
    assert kinds(text) == expected


def test_a_title_before_a_name_is_the_persons_office() -> None:
    """ "then U.S. Secretary of State Madeleine Albright" is Albright, with her office."""
    (person,) = [f for f in facts("Later, then U.S. Secretary of State Madeleine Albright wrote.")]
    assert (person.kind, person.value, person.office) == (
        "person",
        "Madeleine Albright",
        "U.S. Secretary of State",
    )


def test_an_office_before_a_comma_and_an_abbreviated_title() -> None:
    """ "the Committee chairman, Bob Livingston" gives the office; "Sen." reads as Senator."""
    found = facts("She wrote to the House Appropriations Committee chairman, Bob Livingston.")
    assert [(f.kind, f.value, f.office) for f in found] == [
        ("organization", "House Appropriations Committee", ""),
        ("person", "Bob Livingston", "House Appropriations Committee chairman"),
    ]
    (lugar,) = facts("Then Sen. Lugar spoke.")
    assert (lugar.value, lugar.office) == ("Lugar", "Senator")


def test_a_surname_alone_is_the_person_met_earlier() -> None:
    """Once "Henry Cuellar" is known, "Cuellar has denied" is the same person."""
    known = surnames(facts("They searched the home of Congressman Henry Cuellar today."))
    assert known == {"Cuellar": "Henry Cuellar"}
    (person,) = facts("Cuellar has denied wrongdoing.", known)
    assert (person.kind, person.value) == ("person", "Henry Cuellar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke at the Commonwealth Club of California in San Francisco.",
         [("organization", "Commonwealth Club of California"), ("place", "San Francisco")]),
        ("A testimony to the Commission on Security and Cooperation in Europe was sent.",
         [("organization", "Commission on Security and Cooperation in Europe")]),
        ("The Embassy of Azerbaijan in Washington, D.C. opened.",
         [("organization", "Embassy of Azerbaijan"), ("place", "Washington, D.C.")]),
        ("She climbed Mount Everest with Tenzing Norgay.",
         [("place", "Mount Everest"), ("person", "Tenzing Norgay")]),
        ("The Armenian American lobby grew.", []),
        ("She won the Nobel Prize in Physics.", []),
        ("Maria Skłodowska was born in Warsaw.", [("person", "Maria Skłodowska"), ("place", "Warsaw")]),
        ("It was signed by President Jimmy Carter and General Omar Torrijos.",
         [("person", "Jimmy Carter"), ("person", "Omar Torrijos")]),
        ("Under the Torrijos–Carter Treaties of 1977 it passed.",
         [("event", "Torrijos–Carter Treaties"), ("year", "1977")]),
        ("It crosses the Isthmus of Panama near the Suez Canal.",
         [("place", "Isthmus of Panama"), ("place", "Suez Canal")]),
        ("During the First World War it closed.", [("event", "First World War")]),
    ],
)  # fmt: skip
def test_places_organisations_and_names(text: str, expected: list[tuple[str, str]]) -> None:
    """Bodies keep their "of ..." and, for a commission, their "in Europe"; demonyms, prizes and
    common words are nobody's name; names may have letters outside ASCII."""
    assert kinds(text) == expected


def test_a_quote_knows_who_said_it() -> None:
    """Words after "wrote:" belong to the nearest person before the verb, and to anyone joined
    to them by "along with"."""
    found = facts(
        "Then Sen. Lugar suggested that he along with Joseph Biden endorsed the need for "
        '"a special representative focused on energy issues in the Caspian" in a letter.'
    )
    (quote,) = [f for f in found if f.kind == "quote"]
    assert quote.answers == ("Joseph Biden", "Lugar")
    assert quote.extra == "endorsed"
    (wrote,) = [f for f in facts("Minister Anna Berg wrote: Our budget will grow by a tenth.")
                if f.kind == "quote"]  # fmt: skip
    assert (wrote.answers, wrote.value) == (("Anna Berg",), "Our budget will grow by a tenth")


def test_a_quote_with_no_named_speaker_is_not_a_fact() -> None:
    """ "he wrote: ..." names nobody, so no question can ask who said it."""
    assert [f for f in facts("In 2014 he wrote: “I want to emphasize our friendship now.”")
            if f.kind == "quote"] == []  # fmt: skip


def test_causes_are_the_phrase_after_the_marker() -> None:
    """ "in response to X" gives X, up to the next comma or citation marker; "as instead of Y,
    Z" gives the clause Z."""
    (cause,) = [f for f in facts("It passed in response to the blockade of Armenia, they say.")
                if f.kind == "cause"]  # fmt: skip
    assert cause.value == "the blockade of Armenia"
    (instead,) = [f for f in facts("They were unimpressed, as instead of recognition, he advised "
                                   "them to wait.") if f.kind == "cause"]  # fmt: skip
    assert instead.value == "he advised them to wait"


def test_each_of_two_titled_people_keeps_their_own_title() -> None:
    """ "President Jimmy Carter and General Omar Torrijos": Carter is President, Torrijos General."""
    found = facts("It was signed by President Jimmy Carter and General Omar Torrijos.")
    assert [(f.value, f.office) for f in found] == [
        ("Jimmy Carter", "President"),
        ("Omar Torrijos", "General"),
    ]
