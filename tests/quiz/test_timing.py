"""Time rules: per-question and whole-quiz expiry, pause, extra time, and a wall clock that lies.

Every test moves a FakeClock by hand; nothing sleeps.
"""

# mypy keeps a property narrowed across the moves that change it (s.state after s.submit()):
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from quizapp.bank.model import BankId, Question
from quizapp.clock import FakeClock
from quizapp.quiz import FinishReason, Mode, QuizConfig, Session, State, TimeEvent, ref
from tests.quiz.helpers import bank, numbered, short, single

BANK = BankId("bank")


def make(
    clock: FakeClock,
    *questions: Question,
    mode: Mode = Mode.EXAM,
    bank_limit: float | None = None,
    **config: Any,
) -> Session:
    b = bank(*(questions or numbered(3)), time_limit=bank_limit)
    config.setdefault("shuffle_questions", False)
    s = Session(QuizConfig((BANK,), mode=mode, seed=1, **config), [b], clock)
    s.start()
    return s


def test_question_time_up_records_a_blank_as_timed_out_and_moves_on(clock: FakeClock) -> None:
    """Exam: when a question's time runs out with nothing entered, it is timed out (score 0)."""
    s = make(clock, bank_limit=20)
    clock.advance(19.9)
    assert s.tick() is None
    assert s.question_remaining() == pytest.approx(0.1)
    clock.advance(0.1)
    assert s.tick() is TimeEvent.QUESTION_TIME_UP
    (a,) = s.answers
    assert (a.question_id, a.timed_out, a.score, a.time_ms) == ("q1", True, 0.0, 20000)
    assert a.submitted_by_clock
    assert (s.state, s.current.ref, s.question_remaining()) == (State.ASKING, ref("bank", "q2"), 20)


def test_question_time_up_submits_what_was_entered(clock: FakeClock) -> None:
    """When time runs out on an entry, it is submitted as it stands and graded normally."""
    s = make(clock, bank_limit=20)
    s.set_draft("Paris")
    clock.advance(25)
    assert s.tick() is TimeEvent.QUESTION_TIME_UP
    (a,) = s.answers
    assert (a.response, a.correct, a.timed_out, a.submitted_by_clock) == (
        "Paris",
        True,
        False,
        True,
    )


def test_question_time_up_in_practice_shows_feedback(clock: FakeClock) -> None:
    """Practice with per-question limits: time running out leads to the feedback, like an answer."""
    s = make(clock, mode=Mode.PRACTICE, bank_limit=10, question_limits=True)
    clock.advance(10)
    assert s.tick() is TimeEvent.QUESTION_TIME_UP
    assert s.state is State.FEEDBACK
    assert s.feedback.timed_out
    assert s.question_remaining() is None  # nothing is being asked
    clock.advance(100)
    assert s.tick() is None  # reading the feedback takes no question time


@pytest.mark.parametrize(
    ("question_limit", "bank_limit", "config_limit", "expected"),
    [
        (5.0, 10.0, 20.0, 5.0),  # the question's own limit first
        (None, 10.0, 20.0, 10.0),  # then the bank's default
        (None, None, 20.0, 20.0),  # then the configuration
        (None, None, None, None),  # else none
    ],
)
def test_per_question_limit_precedence(
    clock: FakeClock,
    question_limit: float | None,
    bank_limit: float | None,
    config_limit: float | None,
    expected: float | None,
) -> None:
    """The limit is the question's time_limit, else the bank default, else the configuration's."""
    q = single("q1", time_limit=question_limit)
    s = make(clock, q, bank_limit=bank_limit, question_time_limit=config_limit)
    assert s.current.time_limit == expected
    assert s.question_remaining() == expected


def test_a_fixed_question_time_replaces_the_banks_limits(clock: FakeClock) -> None:
    """ "5 s for each question" chosen in setup is what every question gets, extra time on top,
    whatever the bank and the question say; and it survives saving and resuming."""
    q = single("q1", time_limit=60)
    s = make(
        clock,
        q,
        mode=Mode.PRACTICE,
        bank_limit=44,
        question_limits=True,
        question_time_limit=5,
        question_time_fixed=True,
        extra_time=1.5,
    )
    assert s.current.time_limit == 7.5
    config = QuizConfig.from_json(s.config.to_json())
    assert config.question_time_fixed
    old = {k: v for k, v in s.config.to_json().items() if k != "question_time_fixed"}
    assert not QuizConfig.from_json(old).question_time_fixed  # saved by an older version


def test_practice_has_no_per_question_limits_unless_asked(clock: FakeClock) -> None:
    """Practice ignores question and bank limits by default, and so does an exam told to."""
    practice = make(clock, single("q1", time_limit=5), mode=Mode.PRACTICE, bank_limit=10)
    exam = make(clock, single("q1", time_limit=5), bank_limit=10, question_limits=False)
    clock.advance(3600)
    for s in (practice, exam):
        assert (s.question_remaining(), s.quiz_remaining(), s.tick()) == (None, None, None)


def test_quiz_time_up_finishes_and_times_out_the_rest(clock: FakeClock) -> None:
    """When the quiz's time runs out, the entry on screen is submitted, the rest time out."""
    s = make(clock, *numbered(4), quiz_time_limit=60)
    clock.advance(10)
    s.submit("Paris")
    clock.advance(20)
    s.set_draft("Paris")
    clock.advance(29.999)
    assert s.tick() is None
    assert s.quiz_remaining() == pytest.approx(0.001)
    clock.advance(0.001)
    assert s.tick() is TimeEvent.QUIZ_TIME_UP
    assert (s.state, s.finish_reason, s.quiz_remaining()) == (
        State.FINISHED, FinishReason.TIME_UP, 0.0,
    )  # fmt: skip
    r = s.results
    assert [(a.question_id, a.correct, a.timed_out) for a in r.answers] == [
        ("q1", True, False),
        ("q2", True, False),  # the entry on screen, submitted as it stood
        ("q3", False, True),
        ("q4", False, True),
    ]
    assert r.unanswered == ()
    assert r.time_used_ms == 60000
    assert r.timed_out_count == 2


def test_quiz_time_up_charges_no_question_for_time_past_the_limit(clock: FakeClock) -> None:
    """A late tick charges the question on screen only up to the quiz's expiry."""
    s = make(clock, quiz_time_limit=30)
    clock.advance(45)  # the UI noticed 15 s late
    assert s.tick() is TimeEvent.QUIZ_TIME_UP
    assert [a.time_ms for a in s.results.answers] == [30000, 0, 0]
    assert s.results.time_used_ms == 30000


def test_quiz_time_up_during_feedback(clock: FakeClock) -> None:
    """Practice with a quiz limit: time running out during feedback still finishes the quiz."""
    s = make(clock, mode=Mode.PRACTICE, quiz_time_limit=30)
    s.submit("Paris")
    clock.advance(30)
    assert s.tick() is TimeEvent.QUIZ_TIME_UP
    assert [a.timed_out for a in s.results.answers] == [False, True, True]


def test_quiz_time_up_submits_what_a_skipped_question_holds(clock: FakeClock) -> None:
    """Exam: a question skipped with an entry has that entry submitted when the quiz's time ends."""
    s = make(clock, quiz_time_limit=60)
    s.set_draft("Paris")
    s.skip()
    clock.advance(60)
    s.tick()
    assert [(a.question_id, a.correct, a.timed_out) for a in s.results.answers] == [
        ("q1", True, False),
        ("q2", False, True),
        ("q3", False, True),
    ]


def test_a_late_tick_does_not_shorten_the_next_question(clock: FakeClock) -> None:
    """A late tick charges the expired question its limit; the next starts when it is shown."""
    s = make(clock, bank_limit=10)
    clock.advance(14)
    assert s.tick() is TimeEvent.QUESTION_TIME_UP
    assert s.answers[0].time_ms == 10000
    assert s.question_remaining() == 10.0
    assert s.quiz_used() == 14.0  # the quiz's own clock is never rewritten


def test_submit_after_the_time_ran_out_applies_the_expiry_rule(clock: FakeClock) -> None:
    """An answer after the time ran out (before the tick) is the entry at expiry, by the clock."""
    s = make(clock, bank_limit=10)
    clock.advance(10.05)
    a = s.submit("Paris")
    assert (a.question_id, a.correct, a.submitted_by_clock, a.time_ms) == ("q1", True, True, 10000)
    assert s.current.ref == ref("bank", "q2")


def test_submit_after_the_quiz_time_ran_out_finishes(clock: FakeClock) -> None:
    """An answer arriving after the quiz's time is recorded, then the quiz finishes as time up."""
    s = make(clock, quiz_time_limit=10)
    clock.advance(11)
    a = s.submit("Paris")
    assert a.correct
    assert s.finish_reason is FinishReason.TIME_UP


def test_pause_stops_both_clocks(clock: FakeClock) -> None:
    """Practice: time while paused counts for neither the quiz nor the question."""
    s = make(clock, mode=Mode.PRACTICE, quiz_time_limit=60, question_limits=True, bank_limit=30)
    clock.advance(10)
    s.pause()
    assert s.state is State.PAUSED
    clock.advance(1000)
    assert s.tick() is None
    assert (s.quiz_remaining(), s.question_remaining()) == (50.0, 20.0)
    s.resume()
    assert s.state is State.ASKING
    clock.advance(5)
    assert (s.quiz_remaining(), s.question_remaining()) == (45.0, 15.0)
    assert s.submit("Paris").time_ms == 15000


def test_pause_during_feedback_resumes_to_feedback(clock: FakeClock) -> None:
    """Pausing on the feedback screen resumes there, with the same feedback."""
    s = make(clock, mode=Mode.PRACTICE, quiz_time_limit=60)
    answer = s.submit("Paris")
    s.pause()
    assert (s.paused_from, s.feedback) == (State.FEEDBACK, answer)
    clock.advance(500)
    s.resume()
    assert (s.state, s.quiz_remaining()) == (State.FEEDBACK, 60.0)


def test_extra_time_multiplies_every_limit_and_shows_in_results(clock: FakeClock) -> None:
    """An extra-time factor of 1.5 turns 60 s into 90 s and 20 s into 30 s, and is reported."""
    s = make(clock, quiz_time_limit=60, bank_limit=20, extra_time=1.5)
    assert (s.quiz_remaining(), s.question_remaining(), s.current.time_limit) == (90, 30, 30)
    clock.advance(29.9)
    assert s.tick() is None  # without the extra time this question would be over
    clock.advance(0.1)
    assert s.tick() is TimeEvent.QUESTION_TIME_UP
    s.abandon()
    assert (s.results.extra_time, s.results.extra_time_applied) == (1.5, True)


def test_extra_time_without_limits_is_not_reported_as_applied(clock: FakeClock) -> None:
    """With no limit in force, an extra-time factor changes nothing and says so."""
    s = make(clock, mode=Mode.PRACTICE, extra_time=2.0)
    s.abandon()
    assert (s.results.extra_time, s.results.extra_time_applied) == (2.0, False)


def test_changing_the_wall_clock_gives_and_takes_no_time(clock: FakeClock) -> None:
    """Setting the system time back or forward changes neither remaining time nor time used."""
    s = make(clock, quiz_time_limit=60, bank_limit=30)
    clock.advance(10)
    clock.set_wall(datetime(2000, 1, 1, tzinfo=UTC))
    assert (s.quiz_remaining(), s.question_remaining(), s.tick()) == (50, 20, None)
    clock.set_wall(datetime(2099, 1, 1, tzinfo=UTC))
    assert (s.quiz_remaining(), s.question_remaining(), s.tick()) == (50, 20, None)
    assert s.submit("Paris").time_ms == 10000


def test_time_on_a_skipped_question_adds_up(clock: FakeClock) -> None:
    """Exam: a question's time is the sum of its visits, and its limit covers all of them."""
    s = make(clock, bank_limit=10)
    clock.advance(6)
    s.skip()
    clock.advance(3)
    s.submit("Paris")
    s.submit("Paris")
    assert s.current.ref == ref("bank", "q1")
    assert s.question_remaining() == 4.0
    clock.advance(1.5)
    assert s.submit("Paris").time_ms == 7500


def test_remaining_time_does_not_depend_on_ticks(clock: FakeClock) -> None:
    """Remaining time is read from the clock: no tick for a minute still gives the right value."""
    s = make(clock, quiz_time_limit=300)
    for _ in range(10):
        clock.advance(0.1)
        s.tick()
    clock.advance(59)
    assert s.quiz_remaining() == pytest.approx(240.0)


def test_short_question_timeout_keeps_partial_text(clock: FakeClock) -> None:
    """A half-typed short answer is graded as it stands when time runs out."""
    s = make(clock, short("s1"), bank_limit=15)
    s.set_draft("San Fran")
    clock.advance(15)
    s.tick()
    (a,) = s.results.answers
    assert (a.response, a.score, a.timed_out) == ("San Fran", 0.0, False)
