"""Scoring: every rule of every type, its edge cases, and the reason given when not obvious."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.model import Question
from quizapp.quiz.responses import Response, expected_response
from quizapp.quiz.scoring import edit_distance, expected_text, grade, normalise_text
from quizapp.words import grade_reason
from tests.quiz.helpers import (
    match,
    multiple,
    numeric,
    one_of_each,
    order,
    short,
    single,
    true_false,
)


def test_single_is_all_or_nothing_and_carries_the_feedback() -> None:
    """A single-choice answer scores 1 or 0, and the grade carries explanation and source."""
    right, wrong = grade(single(), "Paris"), grade(single(), "Baku")
    assert (right.score, right.correct, grade_reason(right)) == (1.0, True, None)
    assert (wrong.score, wrong.correct) == (0.0, False)
    assert wrong.expected == "Paris"
    assert wrong.explanation == "The text says so."
    assert wrong.source_quote == "the meeting in Paris"


@pytest.mark.parametrize(("response", "score"), [(True, 1.0), (False, 0.0)])
def test_true_false_is_all_or_nothing(response: bool, score: float) -> None:
    """True/false scores 1 for the truth and 0 otherwise; the expected answer reads True."""
    g = grade(true_false(), response)
    assert g.score == score
    assert g.expected == "True"


@pytest.mark.parametrize(
    ("picks", "score"),
    [
        ({"A", "C", "E"}, 1.0),  # all right choices, nothing wrong
        ({"A", "C"}, 2 / 3),  # a right one missing
        ({"A", "C", "E", "B"}, 2 / 3),  # every right one, plus one wrong
        ({"A"}, 1 / 3),
        ({"A", "B"}, 0.0),  # (1 - 1) / 3
        ({"B", "D"}, 0.0),  # (0 - 2) / 3, never below 0
        ({"A", "B", "C", "D", "E"}, 1 / 3),  # ticking everything is not a strategy
    ],
)
def test_multiple_gives_partial_credit(picks: set[str], score: float) -> None:
    """Multiple choice scores (right picks - wrong picks) / right choices, at least 0."""
    g = grade(multiple(), frozenset(picks))
    assert g.score == pytest.approx(score)
    assert g.correct is (score == 1.0)
    assert g.expected == "A; C; E"


def test_multiple_explains_partial_credit() -> None:
    """A partial multiple-choice score says how it was counted."""
    g = grade(multiple(), frozenset({"A", "C", "B"}))
    assert (
        grade_reason(g) == "2 of the 3 right choices picked and 1 wrong pick: (2 − 1) / 3 = 0.33."
    )
    below = grade(multiple(), frozenset({"B", "D", "A"}))
    assert grade_reason(below) is not None and "never below 0" in grade_reason(below)


def test_partial_credit_scales_the_points() -> None:
    """Points earned are the score times the question's points."""
    g = grade(multiple(), frozenset({"A", "C"}), points=3.0)
    assert g.points_earned == pytest.approx(2.0)
    assert g.points_possible == 3.0


@pytest.mark.parametrize(
    "typed",
    [
        "San Francisco",
        "san francisco",
        "  SAN   FRANCISCO  ",
        "San Francisco.",
        '"San Francisco!"',
        "¿San Francisco?",
        "San\tFrancisco",
    ],
)
def test_short_ignores_case_spacing_and_surrounding_punctuation(typed: str) -> None:
    """Short answers match after case-folding, trimming, collapsing spaces, dropping punctuation."""
    g = grade(short(typos=0), typed)
    assert (g.score, grade_reason(g)) == (1.0, None)


def test_short_compares_in_nfc() -> None:
    """A decomposed accent (e + combining acute) matches the precomposed é."""
    q = short(accepted=("Café",), typos=0)
    assert grade(q, "Cafe\u0301").score == 1.0


def test_short_case_folds_beyond_lowercase() -> None:
    """Case folding makes 'STRASSE' equal 'Straße', as lowercasing alone would not."""
    assert grade(short(accepted=("Straße",), typos=0), "STRASSE").score == 1.0


def test_short_keeps_inner_punctuation() -> None:
    """Only surrounding punctuation goes: 'D.C.' inside an answer still matters."""
    q = short(accepted=("Washington, D.C.",), typos=0)
    assert grade(q, "washington, d.c").score == 1.0
    assert grade(q, "Washington DC").score == 0.0


def test_short_accepts_every_listed_answer_and_says_so() -> None:
    """Any accepted answer is correct; one other than the first says it is also accepted."""
    g = grade(short(), "sf")
    assert (g.score, g.expected) == (1.0, "San Francisco")
    assert grade_reason(g) == "'SF' is also accepted."


@pytest.mark.parametrize(
    "typed", ["San Fransisco", "Sna Francisco", "San Francisc", "SanFrancisco"]
)
def test_short_accepts_close_spellings_within_typos(typed: str) -> None:
    """With typos: 1, one edit (including a swap of neighbours) is accepted, and says so."""
    g = grade(short(typos=1), typed)
    assert g.score == 1.0
    assert g.correct
    assert grade_reason(g) == "Your answer was accepted as a close spelling of 'San Francisco'."


def test_short_refuses_beyond_typos_and_says_how_far() -> None:
    """Two edits with typos: 1 is wrong, and the reason says how far it was."""
    g = grade(short(typos=1), "Sab Fransisco")
    assert g.score == 0.0
    assert grade_reason(g) == "That is 2 edits from 'San Francisco'; up to 1 edit allowed."


def test_short_without_typos_needs_the_exact_spelling() -> None:
    """With typos: 0 a one-letter slip is wrong, with no reason needed."""
    g = grade(short(typos=0), "San Fransisco")
    assert (g.score, grade_reason(g)) == (0.0, None)


def test_short_far_off_answers_get_no_distance_note() -> None:
    """An unrelated answer is simply wrong; the distance is only mentioned when close."""
    assert grade_reason(grade(short(typos=1), "Baku")) is None


def test_short_punctuation_only_is_wrong_not_blank() -> None:
    """Typing only punctuation is an answer (wrong), not a blank one."""
    g = grade(short(), "?!")
    assert (g.score, g.blank) == (0.0, False)


WAR = ("first Nagorno-Karabakh War",)
ARTICLE_NOTE = "A leading 'the', 'a' or 'an' does not count when answers are compared."


@pytest.mark.parametrize(
    ("accepted", "typed"),
    [
        (WAR, "the first Nagorno-Karabakh War"),  # an article added
        (("the Caspian",), "Caspian"),  # an article dropped
        (("a confederation",), "The confederation"),  # one article for another
        (("an embassy",), "  THE   embassy. "),  # the usual space and punctuation rules too
    ],
)
def test_short_ignores_a_leading_article_and_says_so(accepted: tuple[str, ...], typed: str) -> None:
    """Adding, dropping or swapping 'the', 'a' or 'an' is no typing mistake, and the reason says so.

    Before, "the first Nagorno-Karabakh War" was four edits from the accepted answer.
    """
    g = grade(short(accepted=accepted, typos=0), typed, language="en")
    assert (g.score, g.correct, g.article_ignored) == (1.0, True, True)
    assert grade_reason(g) == ARTICLE_NOTE


def test_short_article_note_only_when_the_article_made_the_difference() -> None:
    """The same article on both sides, or an exact match, needs no note."""
    q = short(accepted=("the Caspian", "Caspian Sea"), typos=0)
    for typed in ("The Caspian", "caspian sea"):
        g = grade(q, typed, language="en")
        assert (g.score, g.article_ignored) == (1.0, False)
        assert "leading" not in (grade_reason(g) or "")
    g = grade(q, "the Caspian Sea", language="en")
    assert (g.score, g.article_ignored) == (1.0, True)
    assert grade_reason(g) == f"'Caspian Sea' is also accepted. {ARTICLE_NOTE}"


def test_short_article_and_a_typo_together() -> None:
    """An article added and a letter dropped: the typo allowance applies to the rest."""
    g = grade(short(accepted=WAR, typos=1), "the first Nagorno-Karabak War", language="en")
    assert (g.score, g.article_ignored) == (1.0, True)
    assert grade_reason(g) == (
        "Your answer was accepted as a close spelling of 'first Nagorno-Karabakh War'. "
        + ARTICLE_NOTE
    )


@pytest.mark.parametrize("typed", ["the", "A", "theCaspian", "Caspian the"])
def test_short_article_must_lead_and_be_a_word(typed: str) -> None:
    """Only a whole leading word followed by more text is an article: 'A' alone is an answer."""
    q = short(accepted=("Caspian", "A"), typos=0)
    expected = 1.0 if typed == "A" else 0.0
    g = grade(q, typed, language="en")
    assert (g.score, g.article_ignored) == (expected, False)


@pytest.mark.parametrize(
    ("language", "score"), [("en", 1.0), ("en-GB", 1.0), (None, 1.0), ("de", 0.0)]
)
def test_short_articles_follow_the_bank_language(language: str | None, score: float) -> None:
    """English articles apply to English banks (and banks naming no language), not to others."""
    g = grade(short(accepted=WAR, typos=0), "the first Nagorno-Karabakh War", language=language)
    assert (g.score, g.article_ignored) == (score, score == 1.0)


def test_article_ignored_survives_time_running_out() -> None:
    """An entry submitted by the clock keeps the article note after the time-out note."""
    g = grade(short(accepted=WAR, typos=0), "the first Nagorno-Karabakh War", timed_out=True)
    assert (g.score, g.article_ignored) == (1.0, True)
    assert grade_reason(g) == f"Time ran out; what you had entered was submitted. {ARTICLE_NOTE}"


@pytest.mark.parametrize("typed", ["1998", " 1998.0", "1,998", "1998.", "+1998", "1 998"])
def test_numeric_accepts_usual_spellings(typed: str) -> None:
    """A numeric answer is compared by value, however it is typed."""
    g = grade(numeric(), typed)
    assert (g.score, grade_reason(g)) == (1.0, None)


def test_numeric_within_tolerance_is_correct_and_says_why() -> None:
    """Inside the tolerance counts as correct; the reason names the tolerance."""
    q = numeric(tolerance=2.0)
    g = grade(q, "1997")
    assert g.score == 1.0
    assert grade_reason(g) == "1997 is within ± 2 of 1998."
    assert g.expected == "1998 (± 2)"
    assert grade(q, "2000").score == 1.0  # the edge itself is inside


def test_numeric_outside_tolerance_is_wrong_and_says_how_far() -> None:
    """Outside the tolerance is wrong, with the distance in the reason."""
    g = grade(numeric(tolerance=2.0), "1995")
    assert g.score == 0.0
    assert grade_reason(g) == "1995 is 3 away from the answer; answers within ± 2 are accepted."


def test_numeric_tolerance_edge_survives_float_rounding() -> None:
    """0.34 is within 0.01 of 0.33 even though 0.34 - 0.33 is 0.010000000000000009 in floats."""
    q = numeric(number=0.33, number_text="0.33", tolerance=0.01)
    assert grade(q, "0.34").score == 1.0
    assert grade(q, "0.35").score == 0.0


@pytest.mark.parametrize(
    ("typed", "message"),
    [("nineteen ninety-eight", "is not a number"), ("1,99", "ambiguous"), ("1/0", "zero")],
)
def test_numeric_non_numbers_are_wrong_with_a_message(typed: str, message: str) -> None:
    """Text that is not a number scores 0 with a message, rather than crashing."""
    g = grade(numeric(), typed)
    assert g.score == 0.0
    assert grade_reason(g) is not None and message in grade_reason(g)


def test_numeric_without_number_text_shows_the_value() -> None:
    """When the author's spelling is unknown, the expected answer is the value, tidily."""
    assert expected_text(numeric(number_text="")) == "1998"


@pytest.mark.parametrize(
    ("arranged", "score"),
    [
        (("W", "X", "Y", "Z"), 1.0),
        (("W", "X", "Z", "Y"), 1 / 3),  # W-X right; X-Z, Z-Y wrong
        (("X", "Y", "Z", "W"), 2 / 3),  # rotated: X-Y, Y-Z right, but not full marks
        (("Z", "Y", "X", "W"), 0.0),  # reversed
        (("Y", "Z", "W", "X"), 2 / 3),  # Y-Z and W-X right
    ],
)
def test_order_scores_neighbouring_pairs(arranged: tuple[str, ...], score: float) -> None:
    """Order scores the share of neighbouring pairs in the right order."""
    g = grade(order(), arranged)
    assert g.score == pytest.approx(score)
    assert g.expected == "1. W → 2. X → 3. Y → 4. Z"


def test_order_explains_partial_credit() -> None:
    """A partial order score says how many neighbouring pairs were right."""
    g = grade(order(), ("X", "Y", "Z", "W"))
    assert grade_reason(g) == "2 of the 3 neighbouring pairs are in the right order."


def test_order_with_repeated_items_gives_full_marks_only_for_the_exact_order() -> None:
    """Even when repeated items make every pair look right, only the exact order scores 1."""
    q = order(items=("A", "B", "A", "B"))
    assert grade(q, ("A", "B", "A", "B")).score == 1.0
    assert grade(q, ("B", "A", "B", "A")).score < 1.0


@given(st.permutations(["W", "X", "Y", "Z"]))
def test_order_full_marks_exactly_for_the_right_order(arranged: list[str]) -> None:
    """Over every arrangement of four items, the score is 1 if and only if the order is exact."""
    g = grade(order(), tuple(arranged))
    assert (g.score == 1.0) is (tuple(arranged) == ("W", "X", "Y", "Z"))
    assert 0.0 <= g.score <= 1.0


@pytest.mark.parametrize(
    ("chosen", "score"),
    [
        ({"Albright": "Secretary", "Livingston": "Chair", "Wilson": "President"}, 1.0),
        ({"Albright": "Secretary", "Livingston": "President", "Wilson": "Chair"}, 1 / 3),
        ({"Albright": "Secretary", "Livingston": "Chair"}, 2 / 3),  # one left unmatched
        ({"Albright": "Chair", "Livingston": "President", "Wilson": "Secretary"}, 0.0),
    ],
)
def test_match_scores_the_share_of_right_pairs(chosen: dict[str, str], score: float) -> None:
    """Match scores the share of left-hand sides paired with their right-hand side."""
    g = grade(match(), MappingProxyType(chosen))
    assert g.score == pytest.approx(score)
    assert g.expected == "Albright → Secretary\nLivingston → Chair\nWilson → President"


def test_match_explains_partial_credit() -> None:
    """A partial match score says how many pairs were right."""
    g = grade(match(), {"Albright": "Secretary"})
    assert grade_reason(g) == "1 of the 3 pairs are matched right."


BLANKS: list[tuple[Question, Response]] = [
    (single(), None),
    (multiple(), frozenset()),
    (true_false(), None),
    (short(), "   "),
    (numeric(), ""),
    (order(), None),
    (match(), {}),
]


@pytest.mark.parametrize(("question", "blank"), BLANKS, ids=lambda x: getattr(x, "id", None))
def test_blank_answers_score_zero(question: Question, blank: Response) -> None:
    """A blank answer of any type scores 0 and says no answer was given."""
    g = grade(question, blank, points=2.0)
    assert (g.score, g.points_earned, g.blank, g.timed_out) == (0.0, 0.0, True, False)
    assert grade_reason(g) == "No answer was given."


@pytest.mark.parametrize(("question", "blank"), BLANKS, ids=lambda x: getattr(x, "id", None))
def test_timed_out_blank_answers_score_zero(question: Question, blank: Response) -> None:
    """Time running out on a blank answer scores 0 and is marked timed out."""
    g = grade(question, blank, timed_out=True)
    assert (g.score, g.timed_out) == (0.0, True)
    assert grade_reason(g) == "Time ran out before an answer was given."


def test_an_entry_submitted_by_the_clock_is_graded_as_it_stands() -> None:
    """When time runs out on a non-blank entry, it is graded normally and the note says so."""
    g = grade(short(), "San Fransisco", timed_out=True)
    assert (g.score, g.timed_out) == (1.0, False)
    assert grade_reason(g) == (
        "Time ran out; what you had entered was submitted. "
        "Your answer was accepted as a close spelling of 'San Francisco'."
    )


@pytest.mark.parametrize("question", one_of_each(), ids=lambda q: q.id)
def test_the_expected_answer_scores_full_marks(question: Question) -> None:
    """For each type, the expected response gets score 1 and counts as correct."""
    g = grade(question, expected_response(question), points=2.5)
    assert (g.score, g.correct, g.points_earned) == (1.0, True, 2.5)


def _responses(q: Question) -> st.SearchStrategy[Response]:
    """Any response a learner could give to `q` (and some a GUI never would)."""
    # An explicit alphabet: near-misses of the answers, digits, separators, odd Unicode.
    text = st.text(alphabet="SanFrcisco ,.-1998½e\u0301\u00a0ß!'", max_size=20)
    by_type: dict[str, st.SearchStrategy[Response]] = {
        "single": st.sampled_from(q.choices),
        "multiple": st.frozensets(st.sampled_from(q.choices)),
        "true_false": st.booleans(),
        "short": text | st.sampled_from(q.accepted),
        "numeric": text | st.floats(allow_nan=False).map(str) | st.integers().map(str),
        "order": st.permutations(q.items).map(tuple),
        "match": st.dictionaries(
            st.sampled_from([left for left, _ in q.pairs]),
            st.sampled_from([right for _, right in q.pairs]),
        ),
    }
    return st.none() | by_type[q.type.value]


@given(st.data())
def test_every_score_is_between_zero_and_one(data: st.DataObject) -> None:
    """Whatever is answered to whichever type, 0 <= score <= 1 and correct means score 1."""
    q = data.draw(st.sampled_from(one_of_each()))
    g = grade(q, data.draw(_responses(q)), timed_out=data.draw(st.booleans()))
    assert 0.0 <= g.score <= 1.0
    assert g.correct is (g.score == 1.0)
    assert g.points_earned == pytest.approx(g.score * g.points_possible)


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("abc", "", 3),
        ("kitten", "sitting", 3),
        ("recieve", "receive", 1),
        ("ab", "ba", 1),
    ],
)
def test_edit_distance_counts_neighbour_swaps_as_one(a: str, b: str, distance: int) -> None:
    """Edit distance: insert, delete, substitute, or swap two neighbours, one edit each."""
    assert edit_distance(a, b) == distance == edit_distance(b, a)


def test_normalise_text_steps() -> None:
    """Normalising folds case, collapses spaces and strips only the surrounding punctuation."""
    assert normalise_text("  «Hello,   World!»  ") == "hello, world"


def test_degenerate_questions_grade_without_crashing() -> None:
    """A multiple question with no right choice, or an order of one item, still grades sanely."""
    none_right = multiple(correct_choices=())
    assert grade(none_right, frozenset({"A"})).score == 0.0
    assert grade(none_right, frozenset({"B"}), timed_out=False).expected == ""
    one = order(items=("only",))
    assert grade(one, ("only",)).score == 1.0


@pytest.mark.parametrize(
    ("accepted", "typos", "typed", "score"),
    [
        (("SF",), 1, "SD", 0.0),  # two letters: no slip forgiven
        (("TX",), 3, "TN", 0.0),
        (("Baku",), 1, "Bako", 1.0),  # four letters: one slip
        (("Baku",), 3, "Bkao", 0.0),  # ...but never two
        (("San Francisco",), 3, "Sab Fransisco", 1.0),  # thirteen letters: up to three
    ],
)
def test_typos_are_capped_at_one_edit_per_four_letters(
    accepted: tuple[str, ...], typos: int, typed: str, score: float
) -> None:
    """`typos` never lets a short answer or abbreviation accept a different word."""
    assert grade(short(accepted=accepted, typos=typos), typed).score == score


def test_a_refused_short_answer_says_the_cap_applied() -> None:
    """When the cap is what refused it, the reason says the answer is short."""
    g = grade(short(accepted=("Baku",), typos=3), "Bkao")
    assert grade_reason(g) is not None and "for an answer that short" in grade_reason(g)


@pytest.mark.parametrize(
    ("language", "typed", "score"),
    [
        ("de", "die Donau", 1.0),
        ("de", "the Donau", 0.0),
        ("es", "el Danubio", 1.0),
        ("es-MX", "los Danubio", 1.0),
        ("en", "el Danubio", 0.0),
    ],
)
def test_german_and_spanish_banks_have_their_own_articles(
    language: str, typed: str, score: float
) -> None:
    """A German bank lets 'die' lead, a Spanish one 'el' — whatever the interface speaks."""
    answer = "Danubio" if typed.endswith("Danubio") else "Donau"
    g = grade(short(accepted=(answer,), typos=0), typed, language=language)
    assert g.score == score
