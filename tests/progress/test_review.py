"""Spaced review with FSRS: ratings from answers, what is due, mistakes, and exams left out."""

from __future__ import annotations

import pytest
from fsrs import Rating

from quizapp.clock import FakeClock
from quizapp.progress import Learner, Mode, QuestionRef, Store
from quizapp.progress.review import rating_for
from tests.progress.helpers import GEO, HIST, answer


@pytest.mark.parametrize(
    ("score", "correct", "time_ms", "limit_ms", "rating"),
    [
        (0.0, False, 5_000, None, Rating.Again),
        (0.4, False, 5_000, None, Rating.Again),
        (0.5, False, 5_000, None, Rating.Hard),  # partial credit
        (1.0, True, 5_000, None, Rating.Good),
        (1.0, True, 60_000, None, Rating.Hard),  # right, but took a minute
        (1.0, True, 2_000, 10_000, Rating.Easy),  # a fifth of the limit
        (1.0, True, 5_000, 10_000, Rating.Good),
        (1.0, True, 8_000, 10_000, Rating.Hard),
    ],
)
def test_rating_from_correctness_and_time(
    score: float, correct: bool, time_ms: int, limit_ms: int | None, rating: Rating
) -> None:
    """How right and how quick an answer was decides the FSRS rating."""
    assert rating_for(score, correct, time_ms, limit_ms) == rating


def run(store: Store, who: Learner, clock: FakeClock, mode: Mode, results: dict[str, bool]) -> None:
    attempt = store.start_attempt(who.id, mode, config={}, seed=0, banks=[GEO], state={})
    for question, correct in results.items():
        clock.advance(5)
        store.record_answer(attempt, answer(clock.now(), question, correct=correct), {})
    store.finish_attempt(attempt, "finished", None)


def keys(*questions: str) -> list[QuestionRef]:
    return [QuestionRef(GEO.bank_id, q) for q in questions]  # type: ignore[arg-type]


def test_questions_become_due_as_time_passes(store: Store, ana: Learner, clock: FakeClock) -> None:
    """A missed question is due again within minutes; a known one only days later."""
    run(store, ana, clock, Mode.PRACTICE, {"missed": False, "known": True})
    assert store.due_questions(ana.id) == []
    clock.advance(60)
    assert store.due_questions(ana.id) == keys("missed")
    clock.advance(3 * 24 * 3600)
    assert store.due_questions(ana.id) == keys("missed", "known")  # most overdue first
    assert store.stats(ana.id).due_now == 2


def test_exam_answers_do_not_move_the_schedule(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """An exam records answers but schedules nothing, and leaves existing cards as they were."""
    run(store, ana, clock, Mode.EXAM, {"q1": False})
    assert store.connection.execute("SELECT count(*) FROM review_cards").fetchone()[0] == 0
    run(store, ana, clock, Mode.PRACTICE, {"q2": True})
    card = store.connection.execute("SELECT due, reps FROM review_cards").fetchall()
    run(store, ana, clock, Mode.EXAM, {"q2": False})
    assert store.connection.execute("SELECT due, reps FROM review_cards").fetchall() == card
    assert store.stats(ana.id).answers == 3


def test_mistakes_are_questions_whose_latest_answer_was_wrong(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """A question answered wrong then right is no longer a mistake; exam mistakes count too."""
    run(store, ana, clock, Mode.PRACTICE, {"q1": False, "q2": False, "q3": True})
    run(store, ana, clock, Mode.MISTAKES, {"q1": True})
    run(store, ana, clock, Mode.EXAM, {"q3": False})
    assert store.mistakes(ana.id) == keys("q3", "q2")  # most recent first
    assert store.mistakes(ana.id, limit=1) == keys("q3")


def test_due_and_mistakes_can_be_limited_to_some_banks(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """A quiz over some banks asks only for their due questions and mistakes."""
    attempt = store.start_attempt(
        ana.id, Mode.PRACTICE, config={}, seed=0, banks=[GEO, HIST], state={}
    )
    store.record_answer(attempt, answer(clock.now(), "g1", bank=GEO, correct=False), {})
    store.record_answer(attempt, answer(clock.now(), "h1", bank=HIST, correct=False), {})
    clock.advance(3600)
    assert store.due_questions(ana.id, banks=["hist"]) == [QuestionRef(HIST.bank_id, "h1")]  # type: ignore[arg-type]
    assert store.mistakes(ana.id, banks=["geo"]) == keys("g1")
    assert len(store.due_questions(ana.id)) == 2


def test_schedules_are_per_learner(store: Store, clock: FakeClock) -> None:
    """One learner's answers never make a question due for another."""
    ana, ben = store.create_learner("Ana"), store.create_learner("Ben")
    run(store, ana, clock, Mode.PRACTICE, {"q1": False})
    clock.advance(3600)
    assert store.due_questions(ana.id) == keys("q1")
    assert store.due_questions(ben.id) == []
    assert store.mistakes(ben.id) == []


def test_opening_the_store_package_does_not_load_fsrs() -> None:
    """fsrs is loaded on the first review, so starting the app does not pay for it."""
    import subprocess
    import sys

    code = "import sys, quizapp.progress; print('fsrs' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
