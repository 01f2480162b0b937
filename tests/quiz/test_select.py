"""Making a quiz from a configuration: validation, filters, count, and seeded shuffles."""

from __future__ import annotations

import json
import math
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.model import Bank, BankId, QuestionType
from quizapp.quiz.config import Mode, QuizConfig, ref
from quizapp.quiz.errors import QuizError, ResumeError
from quizapp.quiz.select import bank_index, layout_for, select_questions
from tests.quiz.helpers import EASY, HARD, bank, match, numbered, order, single

A, B = BankId("a"), BankId("b")


def two_banks() -> dict[BankId, Bank]:
    return bank_index(
        [
            bank(
                single("a1", tags=("people",), difficulty=EASY),
                single("a2", tags=("places",), difficulty=HARD),
                single("a3", tags=("people", "places")),
                bank_id="a",
            ),
            bank(*numbered(5, "b"), bank_id="b"),
        ]
    )


def ids(refs: tuple[object, ...]) -> list[str]:
    return [str(r) for r in refs]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"bank_ids": ()}, "at least one bank"),
        ({"mode": Mode.MISTAKES}, "needs the list of questions"),
        ({"mode": Mode.REVIEW}, "needs the list of questions"),
        ({"count": 0}, "at least one question"),
        ({"quiz_time_limit": 0.0}, "positive number of seconds"),
        ({"question_time_limit": -5.0}, "positive number of seconds"),
        ({"quiz_time_limit": math.inf}, "positive number of seconds"),
        ({"extra_time": 0.5}, "at least 1"),
        ({"extra_time": math.nan}, "at least 1"),
    ],
)
def test_config_refuses_impossible_settings(changes: dict[str, object], message: str) -> None:
    """A configuration that cannot make a quiz raises QuizError with a plain message."""
    with pytest.raises(QuizError, match=message):
        QuizConfig(**{"bank_ids": (A,), **changes})  # type: ignore[arg-type]


def test_per_question_limits_default_to_exam_only() -> None:
    """Per-question limits are on in exam mode and off in practice, unless configured."""
    assert QuizConfig((A,), mode=Mode.EXAM).per_question_limits
    assert not QuizConfig((A,)).per_question_limits
    assert QuizConfig((A,), question_limits=True).per_question_limits
    assert not QuizConfig((A,), mode=Mode.EXAM, question_limits=False).per_question_limits


def test_with_seed_keeps_a_given_seed_and_invents_one_otherwise() -> None:
    """with_seed() keeps an existing seed; without one it picks a fresh one."""
    assert QuizConfig((A,), seed=7).with_seed().seed == 7
    assert QuizConfig((A,)).with_seed().seed is not None


def test_config_json_round_trip() -> None:
    """A configuration survives to_json -> JSON text -> from_json unchanged."""
    config = QuizConfig(
        (A, B),
        mode=Mode.REVIEW,
        question_ids=(ref("a", "a1"), ref("b", "b2")),
        tags=frozenset({"people", "places"}),
        difficulties=frozenset({EASY, HARD}),
        types=frozenset({QuestionType.ORDER, QuestionType.SINGLE}),
        count=3,
        seed=99,
        shuffle_choices=False,
        quiz_time_limit=600.0,
        question_time_limit=30.0,
        question_limits=True,
        extra_time=1.5,
        clock_keeps_running=True,
    )
    assert QuizConfig.from_json(json.loads(json.dumps(config.to_json()))) == config


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("mode", "cram"),
        ("extra_time", 0.5),
        ("count", "3"),
        ("difficulties", ["insane"]),
        ("types", ["essay"]),
    ],
)
def test_config_from_damaged_json_raises_resume_error(key: str, value: object) -> None:
    """A damaged saved configuration raises ResumeError, never a KeyError or ValueError."""
    data = QuizConfig((A,), seed=1).to_json()
    data[key] = value  # type: ignore[assignment]
    with pytest.raises(ResumeError, match="damaged"):
        QuizConfig.from_json(data)


def test_without_shuffling_questions_come_in_bank_order() -> None:
    """Unshuffled, the quiz asks every question of each bank, banks in the configured order."""
    config = QuizConfig((B, A), seed=1, shuffle_questions=False)
    assert ids(select_questions(config, two_banks())) == [
        "b/b1", "b/b2", "b/b3", "b/b4", "b/b5", "a/a1", "a/a2", "a/a3",
    ]  # fmt: skip


def test_filters_by_any_tag_and_by_difficulty() -> None:
    """Tags keep questions with any of them; difficulties keep questions with one of them."""
    banks = two_banks()
    by_tag = QuizConfig((A, B), seed=1, shuffle_questions=False, tags=frozenset({"people"}))
    assert ids(select_questions(by_tag, banks)) == ["a/a1", "a/a3"]
    hard = replace(by_tag, tags=frozenset({"places"}), difficulties=frozenset({HARD}))
    assert ids(select_questions(hard, banks)) == ["a/a2"]


def test_filters_by_question_type() -> None:
    """Types keep only questions of those types; a quiz saved before types existed has none."""
    banks = bank_index([bank(single("s1"), order("o1"), match("m1"), single("s2"), bank_id="a")])
    config = QuizConfig(
        (A,), seed=1, shuffle_questions=False, types=frozenset({QuestionType.SINGLE})
    )
    assert ids(select_questions(config, banks)) == ["a/s1", "a/s2"]
    both = replace(config, types=frozenset({QuestionType.ORDER, QuestionType.MATCH}))
    assert ids(select_questions(both, banks)) == ["a/o1", "a/m1"]
    old = {k: v for k, v in config.to_json().items() if k != "types"}
    assert QuizConfig.from_json(old).types == frozenset()


def test_question_ids_choose_and_order_the_questions() -> None:
    """Listed ids are asked in the listed order; ids gone from their bank are left out."""
    config = QuizConfig(
        (A, B),
        mode=Mode.MISTAKES,
        seed=1,
        shuffle_questions=False,
        question_ids=(ref("b", "b4"), ref("a", "gone"), ref("a", "a2"), ref("b", "b4")),
    )
    assert ids(select_questions(config, two_banks())) == ["b/b4", "a/a2"]


def test_count_takes_the_first_questions_after_shuffling() -> None:
    """count limits the quiz, picking from the whole shuffled pool."""
    config = QuizConfig((A, B), seed=3, count=4)
    chosen = select_questions(config, two_banks())
    full = select_questions(replace(config, count=None), two_banks())
    assert chosen == full[:4]
    assert len(chosen) == 4


def test_nothing_to_ask_is_an_error() -> None:
    """Filters that leave no question raise QuizError instead of making an empty quiz."""
    config = QuizConfig((A,), seed=1, tags=frozenset({"nothing"}))
    with pytest.raises(QuizError, match="No question matches"):
        select_questions(config, two_banks())


def test_an_unavailable_bank_is_an_error() -> None:
    """Asking for a bank that is not loaded raises QuizError naming it."""
    with pytest.raises(QuizError, match="'zzz' is not available"):
        select_questions(QuizConfig((BankId("zzz"),), seed=1), two_banks())


def test_selection_needs_a_seed() -> None:
    """select_questions refuses a configuration without a seed (it would not be reproducible)."""
    with pytest.raises(QuizError, match="seed"):
        select_questions(QuizConfig((A,)), two_banks())


@given(st.integers(min_value=0, max_value=2**32))
def test_the_same_seed_gives_the_same_quiz(seed: int) -> None:
    """Two selections from one seed give the same questions in the same order and layouts."""
    banks = two_banks()
    config = QuizConfig((A, B), seed=seed, count=5)
    first, second = select_questions(config, banks), select_questions(config, banks)
    assert first == second
    for r in first:
        q = banks[r.bank_id].question(r.question_id)
        assert q is not None
        assert layout_for(q, r, config) == layout_for(q, r, config)


def test_different_seeds_usually_give_different_orders() -> None:
    """Shuffling really depends on the seed (8 questions: 40 seeds give many orders)."""
    banks = two_banks()
    orders = {select_questions(QuizConfig((A, B), seed=s), banks) for s in range(40)}
    assert len(orders) > 30


def test_choices_are_shuffled_only_when_asked() -> None:
    """shuffle_choices shuffles single/multiple choices; without it they keep the author's order."""
    q = single(choices=tuple("ABCDEFGH"), correct_choices=("A",))
    r = ref("a", q.id)
    shuffled = {layout_for(q, r, QuizConfig((A,), seed=s)).choices for s in range(10)}
    assert len(shuffled) > 1
    assert all(sorted(c) == list("ABCDEFGH") for c in shuffled)
    kept = layout_for(q, r, QuizConfig((A,), seed=1, shuffle_choices=False))
    assert kept.choices == tuple("ABCDEFGH")


@given(st.integers(min_value=0, max_value=2**32))
def test_order_items_never_start_in_the_right_order(seed: int) -> None:
    """An order question is never shown already solved, even with shuffling turned off."""
    q = order(items=("X", "Y"))
    layout = layout_for(q, ref("a", q.id), QuizConfig((A,), seed=seed, shuffle_choices=False))
    assert layout.items == ("Y", "X")


def test_match_layout_shuffles_distinct_right_hand_sides() -> None:
    """Match shows lefts in the author's order and each distinct right-hand side once."""
    q = match(pairs=(("a", "1"), ("b", "2"), ("c", "1")))
    layout = layout_for(q, ref("a", q.id), QuizConfig((A,), seed=5))
    assert layout.lefts == ("a", "b", "c")
    assert sorted(layout.rights) == ["1", "2"]
    assert layout.rights != ("1", "2")
