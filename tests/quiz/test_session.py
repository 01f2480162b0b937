"""The session's state machine: the moves each state and mode allows, and what they record."""

# mypy keeps a property narrowed across the moves that change it (s.state after s.submit()):
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from quizapp.bank.model import BankId, Question
from quizapp.clock import FakeClock
from quizapp.quiz import (
    FinishReason,
    IllegalMoveError,
    Mode,
    QuizConfig,
    QuizError,
    Session,
    State,
    expected_response,
    ref,
)
from tests.quiz.helpers import bank, numbered, short, single

BANK = BankId("bank")


def make(
    clock: FakeClock, *questions: Question, mode: Mode = Mode.PRACTICE, **config: Any
) -> Session:
    """A session over `questions` (default: q1..q3), in bank order unless configured."""
    b = bank(*(questions or numbered(3)), points=config.pop("points", 1.0))
    config.setdefault("shuffle_questions", False)
    return Session(QuizConfig((BANK,), mode=mode, seed=1, **config), [b], clock)


def names(session: Session) -> list[str]:
    return [r.question_id for r in session.pending]


def test_practice_gives_feedback_after_each_answer(clock: FakeClock) -> None:
    """Practice: submit shows feedback, next asks the following question, the last one finishes."""
    s = make(clock)
    assert s.state is State.NOT_STARTED
    s.start()
    assert (s.state, s.current.ref, s.current.number, s.current.total) == (
        State.ASKING, ref("bank", "q1"), 1, 3,
    )  # fmt: skip
    answer = s.submit("Paris")
    assert s.state is State.FEEDBACK
    assert s.feedback == answer
    assert s.current.ref == ref("bank", "q1")  # still on screen, with its feedback
    assert answer.correct and answer.grade.explanation == "The text says so."
    s.next()
    assert (s.state, s.current.ref) == (State.ASKING, ref("bank", "q2"))
    s.submit("Baku")
    s.next()
    s.submit("Paris")
    s.next()
    assert (s.state, s.finish_reason) == (State.FINISHED, FinishReason.COMPLETED)
    r = s.results
    assert (r.correct_count, r.total, r.points_earned, r.points_possible) == (2, 3, 2.0, 3.0)
    assert r.score == pytest.approx(2 / 3)
    assert [a.question_id for a in r.answers] == ["q1", "q2", "q3"]


def test_exam_moves_on_without_feedback(clock: FakeClock) -> None:
    """Exam: submit goes straight to the next question; feedback waits for the results."""
    s = make(clock, mode=Mode.EXAM)
    s.start()
    s.submit("Baku")
    assert (s.state, s.current.ref) == (State.ASKING, ref("bank", "q2"))
    with pytest.raises(IllegalMoveError, match="no feedback"):
        _ = s.feedback
    s.submit("Paris")
    s.submit("Paris")
    assert (s.state, s.finish_reason) == (State.FINISHED, FinishReason.COMPLETED)
    assert [a.correct for a in s.results.answers] == [False, True, True]


def test_exam_skip_and_come_back(clock: FakeClock) -> None:
    """Exam: a skipped question goes to the back of the queue, keeping what was entered."""
    s = make(clock, mode=Mode.EXAM)
    s.start()
    s.set_draft("Baku")
    s.skip()
    assert s.current.ref == ref("bank", "q2")
    assert names(s) == ["q2", "q3", "q1"]
    assert s.skipped == (ref("bank", "q1"),)
    assert s.draft is None  # q2 has nothing entered
    s.submit("Paris")
    s.submit("Paris")
    view = s.current
    assert (view.ref, view.skipped_before, s.draft) == (ref("bank", "q1"), True, "Baku")
    s.submit("Paris")
    assert s.state is State.FINISHED
    assert s.skipped == ()
    assert [a.question_id for a in s.results.answers] == ["q1", "q2", "q3"]  # quiz order
    assert [a.question_id for a in s.answers] == ["q2", "q3", "q1"]  # answered order


def test_skipping_the_only_question_left_is_refused(clock: FakeClock) -> None:
    """Exam: with one question left there is nothing to skip to, and that is an error."""
    s = make(clock, mode=Mode.EXAM)
    s.start()
    s.submit("Paris")
    s.submit("Paris")
    with pytest.raises(IllegalMoveError, match="only question left"):
        s.skip()
    assert s.current.ref == ref("bank", "q3")


@pytest.mark.parametrize("mode", [Mode.MISTAKES, Mode.REVIEW])
def test_mistakes_and_review_ask_the_given_ids_as_practice(clock: FakeClock, mode: Mode) -> None:
    """Mistakes and review ask only the listed questions, with feedback and pausing allowed."""
    ids = (ref("bank", "q3"), ref("bank", "q1"))
    s = make(clock, *numbered(4), mode=mode, question_ids=ids)
    assert s.questions == ids
    s.start()
    s.pause()
    s.resume()
    s.submit("Paris")
    assert s.state is State.FEEDBACK


def test_abandon_keeps_answers_and_leaves_the_rest_unanswered(clock: FakeClock) -> None:
    """Abandoning finishes at once: answers so far count, the others are listed as unanswered."""
    s = make(clock, points=2.0)
    s.start()
    s.submit("Paris")
    s.next()
    s.set_draft("Paris")  # entered, never submitted
    s.abandon()
    r = s.results
    assert (r.reason, r.points_earned, r.points_possible) == (FinishReason.ABANDONED, 2.0, 6.0)
    assert [a.question_id for a in r.answers] == ["q1"]
    assert r.unanswered == (ref("bank", "q2"), ref("bank", "q3"))


def test_abandon_while_paused(clock: FakeClock) -> None:
    """A paused practice quiz can be abandoned."""
    s = make(clock)
    s.start()
    s.pause()
    s.abandon()
    assert s.finish_reason is FinishReason.ABANDONED


def _not_started(s: Session) -> None:
    pass


def _asking(s: Session) -> None:
    s.start()


def _feedback(s: Session) -> None:
    s.start()
    s.submit("Paris")


def _paused(s: Session) -> None:
    s.start()
    s.pause()


def _finished(s: Session) -> None:
    s.start()
    s.abandon()


ILLEGAL: list[tuple[Callable[[Session], None], str, tuple[object, ...]]] = [
    (_not_started, "submit", ("Paris",)),
    (_not_started, "set_draft", ("Paris",)),
    (_not_started, "next", ()),
    (_not_started, "pause", ()),
    (_not_started, "resume", ()),
    (_not_started, "abandon", ()),
    (_asking, "start", ()),
    (_asking, "next", ()),
    (_asking, "resume", ()),
    (_asking, "skip", ()),  # practice has no skip list
    (_feedback, "submit", ("Paris",)),
    (_feedback, "set_draft", ("Paris",)),
    (_feedback, "start", ()),
    (_feedback, "resume", ()),
    (_paused, "submit", ("Paris",)),
    (_paused, "next", ()),
    (_paused, "pause", ()),
    (_paused, "start", ()),
    (_finished, "start", ()),
    (_finished, "submit", ("Paris",)),
    (_finished, "next", ()),
    (_finished, "pause", ()),
    (_finished, "resume", ()),
    (_finished, "abandon", ()),
]


@pytest.mark.parametrize(
    ("reach", "move", "args"), ILLEGAL, ids=[f"{r.__name__[1:]}-{m}" for r, m, _ in ILLEGAL]
)
def test_illegal_moves_raise_and_change_nothing(
    clock: FakeClock, reach: Callable[[Session], None], move: str, args: tuple[object, ...]
) -> None:
    """A move the state does not allow raises IllegalMoveError and leaves the session as it was."""
    s = make(clock)
    reach(s)
    before = s.to_dict()
    with pytest.raises(IllegalMoveError):
        getattr(s, move)(*args)
    assert s.to_dict() == before


@pytest.mark.parametrize("move", ["pause", "next", "resume"])
def test_exam_refuses_pause_and_going_back(clock: FakeClock, move: str) -> None:
    """Exam: no pause, and nothing to go back or forward to once an answer is in."""
    s = make(clock, mode=Mode.EXAM)
    s.start()
    with pytest.raises(IllegalMoveError):
        getattr(s, move)()
    assert s.state is State.ASKING


def test_a_wrong_response_is_refused_and_changes_nothing(clock: FakeClock) -> None:
    """submit() with a choice the question does not offer raises QuizError; nothing is recorded."""
    s = make(clock)
    s.start()
    with pytest.raises(QuizError, match="not a choice"):
        s.submit("Lyon")
    assert (s.state, s.answers) == (State.ASKING, ())


def test_no_question_on_screen_before_the_start(clock: FakeClock) -> None:
    """current and results raise QuizError when the state has none to give."""
    s = make(clock)
    with pytest.raises(QuizError, match="no question on screen"):
        _ = s.current
    with pytest.raises(IllegalMoveError, match="when the quiz has finished"):
        _ = s.results


def test_the_view_carries_layout_points_and_limit(clock: FakeClock) -> None:
    """The question view has the shuffled choices, the question's points and effective limit."""
    q = single("q1", choices=tuple("ABCDEF"), correct_choices=("A",), points=3.0, time_limit=20)
    s = make(clock, q, mode=Mode.EXAM, extra_time=1.5)
    s.start()
    view = s.current
    assert sorted(view.choices) == list("ABCDEF")
    assert view.choices != tuple("ABCDEF")  # seed 1 shuffles these six
    assert (view.points, view.time_limit, view.question) == (3.0, 30.0, q)


def test_answer_record_for_the_progress_store(clock: FakeClock) -> None:
    """Answer.to_json has what the progress store keeps: ids, response, score, time, ..."""
    s = make(clock)
    s.start()
    clock.advance(4.25)
    record = s.submit("Paris").to_json()
    assert record == {
        "bank": "bank",
        "question": "q1",
        "response": "Paris",
        "score": 1.0,
        "correct": True,
        "points_earned": 1.0,
        "points_possible": 1.0,
        "time_ms": 4250,
        "timed_out": False,
        "submitted_by_clock": False,
        "answered_at": "2026-01-01T09:00:04.250000+00:00",
    }


def test_response_json_is_the_text_the_store_keeps(clock: FakeClock) -> None:
    """Answer.response_json is JSON text of the response; non-ASCII stays readable."""
    s = make(clock, single("q1", choices=("Bakı", "Gəncə"), correct_choices=("Bakı",)))
    s.start()
    assert s.submit("Bakı").response_json == '"Bakı"'


def test_a_seeded_session_is_reproducible(clock: FakeClock, every_type: Any) -> None:
    """Two sessions from one seed ask the same questions with the same layouts."""
    config = QuizConfig((every_type.id,), seed=42)
    a, b = Session(config, [every_type], clock), Session(config, [every_type], clock)
    assert a.questions == b.questions
    a.start()
    b.start()
    while a.state is not State.FINISHED:
        assert a.current == b.current
        a.submit(expected_response(a.current.question))
        b.submit(expected_response(b.current.question))
        a.next()
        b.next()
    assert a.results.score == 1.0


def test_a_session_without_a_seed_gets_one_and_records_it(clock: FakeClock) -> None:
    """A configuration without a seed gets a concrete one, which the saved state keeps."""
    s = Session(QuizConfig((BANK,)), [bank(*numbered(2))], clock)
    assert isinstance(s.seed, int)
    assert s.to_dict()["config"]["seed"] == s.seed  # type: ignore[index,call-overload]


@pytest.mark.parametrize(("language", "correct"), [("en", True), ("de", False)])
def test_the_bank_language_decides_which_articles_are_ignored(
    clock: FakeClock, language: str, correct: bool
) -> None:
    """A session grades short answers by its bank's language, also when resumed from disk."""
    war = short("war", accepted=("first Nagorno-Karabakh War",), typos=0)
    b = bank(war)._replace(language=language)
    s = Session(QuizConfig((BANK,), seed=1), [b], clock)
    s.start()
    answer = s.submit("the first Nagorno-Karabakh War")
    assert (answer.correct, answer.grade.article_ignored) == (correct, correct)
    back = Session.from_dict(s.to_dict(), [b], clock)
    assert back.answers[0].grade == answer.grade
