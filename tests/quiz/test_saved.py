"""Resume after a crash: the state dict round-trips, and a rebuilt session continues exactly."""

from __future__ import annotations

import copy
import json
from contextlib import suppress
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.model import Bank, BankId, QuestionType
from quizapp.clock import FakeClock
from quizapp.quiz import (
    STATE_VERSION,
    FinishReason,
    IllegalMoveError,
    Mode,
    QuizConfig,
    Response,
    ResumeError,
    Session,
    State,
    TimeEvent,
    expected_response,
    ref,
)
from quizapp.quiz.config import QuestionRef
from quizapp.quiz.records import QuestionView
from tests.quiz.helpers import bank, numbered, one_of_each

BANK = BankId("bank")


def through_json(data: dict[str, Any]) -> dict[str, Any]:
    """What the progress store gives back: the dict written as JSON text and read again."""
    back: dict[str, Any] = json.loads(json.dumps(data))
    return back


def exam(clock: FakeClock, b: Bank | None = None, **config: Any) -> Session:
    b = b or bank(*numbered(4), time_limit=30)
    config = {"mode": Mode.EXAM, "seed": 7, "quiz_time_limit": 100, **config}
    return Session(QuizConfig((b.id,), **config), [b], clock)


def test_round_trip_mid_exam_continues_where_it_stopped(clock: FakeClock) -> None:
    """A rebuilt exam has the same questions, order, answers, skip list, entry and time left."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b)
    s.start()
    clock.advance(5)
    s.submit("Paris")
    clock.advance(7)
    s.set_draft("Baku")
    s.skip()
    clock.advance(2)
    s.set_draft("Paris")
    data = through_json(s.to_dict())
    assert data["version"] == STATE_VERSION
    back = Session.from_dict(data, [b], clock)
    assert back.to_dict() == s.to_dict()
    assert (back.questions, back.pending, back.skipped) == (s.questions, s.pending, s.skipped)
    assert back.answers == s.answers
    assert (back.current, back.draft) == (s.current, "Paris")
    assert (back.quiz_remaining(), back.question_remaining()) == (86.0, 28.0)


def test_time_while_the_app_was_not_running_is_not_counted(clock: FakeClock) -> None:
    """Resumed on a new clock a day later, the time left is the limit minus the time used."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b)
    s.start()
    clock.advance(12)
    later = FakeClock(start=clock.now() + timedelta(days=1), monotonic_start=5.0)
    back = Session.from_dict(through_json(s.to_dict()), [b], later)
    assert (back.quiz_remaining(), back.question_remaining()) == (88.0, 18.0)
    later.advance(18)
    assert back.tick() is TimeEvent.QUESTION_TIME_UP
    assert back.answers[0].time_ms == 30000


def test_classroom_clock_keeps_running_while_the_app_is_closed(clock: FakeClock) -> None:
    """With clock_keeps_running, wall time between saving and resuming counts."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b, clock_keeps_running=True)
    s.start()
    clock.advance(10)
    data = through_json(s.to_dict())
    later = FakeClock(start=clock.now() + timedelta(seconds=15), monotonic_start=0.0)
    back = Session.from_dict(data, [b], later)
    assert (back.quiz_remaining(), back.question_remaining()) == (75.0, 5.0)
    much_later = FakeClock(start=clock.now() + timedelta(hours=1))
    gone = Session.from_dict(data, [b], much_later)
    assert gone.tick() is TimeEvent.QUIZ_TIME_UP
    assert gone.results.reason is FinishReason.TIME_UP


def test_classroom_clock_set_back_gives_no_time(clock: FakeClock) -> None:
    """A wall clock set back between saving and resuming gives no extra time."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b, clock_keeps_running=True)
    s.start()
    clock.advance(10)
    earlier = FakeClock(start=clock.now() - timedelta(hours=5))
    back = Session.from_dict(through_json(s.to_dict()), [b], earlier)
    assert back.quiz_remaining() == 90.0


def test_a_paused_practice_resumes_paused_and_the_gap_never_counts(clock: FakeClock) -> None:
    """A session saved while paused comes back paused; even a running clock adds nothing."""
    b = bank(*numbered(3))
    config = QuizConfig((BANK,), seed=3, quiz_time_limit=60, clock_keeps_running=True)
    s = Session(config, [b], clock)
    s.start()
    clock.advance(20)
    s.pause()
    later = FakeClock(start=clock.now() + timedelta(hours=2))
    back = Session.from_dict(through_json(s.to_dict()), [b], later)
    assert (back.state, back.paused_from, back.quiz_remaining()) == (
        State.PAUSED, State.ASKING, 40.0,
    )  # fmt: skip
    back.resume()
    later.advance(5)
    assert back.quiz_remaining() == 35.0


def test_feedback_and_finished_states_round_trip(clock: FakeClock) -> None:
    """Saved on the feedback screen or after the end, the session comes back the same."""
    b = bank(*numbered(2))
    s = Session(QuizConfig((BANK,), seed=3), [b], clock)
    s.start()
    s.submit("Baku")
    on_feedback = Session.from_dict(through_json(s.to_dict()), [b], clock)
    assert (on_feedback.state, on_feedback.feedback) == (State.FEEDBACK, s.feedback)
    s.next()
    s.submit("Paris")
    s.next()
    done = Session.from_dict(through_json(s.to_dict()), [b], clock)
    assert done.results == s.results


def test_a_not_started_session_round_trips(clock: FakeClock) -> None:
    """A session saved before its start keeps its questions and can be started later."""
    b = bank(*numbered(5))
    s = Session(QuizConfig((BANK,), seed=11, count=3), [b], clock)
    back = Session.from_dict(through_json(s.to_dict()), [b], clock)
    assert back.questions == s.questions
    back.start()
    assert back.current.ref == s.questions[0]


def test_a_question_gone_from_the_bank_is_a_clear_error(clock: FakeClock) -> None:
    """Resuming after the bank lost one of the quiz's questions raises ResumeError naming it."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b)
    s.start()
    data = through_json(s.to_dict())
    edited = b._replace(questions=b.questions[:2] + b.questions[3:])  # q3 is gone
    with pytest.raises(ResumeError, match="'q3' is no longer in the bank 'bank'"):
        Session.from_dict(data, [edited], clock)
    with pytest.raises(ResumeError, match="bank 'bank' is not available"):
        Session.from_dict(data, [], clock)


def test_a_bank_edit_regrades_answers_and_drops_a_stale_entry(clock: FakeClock) -> None:
    """Answers are re-graded from their responses; an entry no longer valid is dropped."""
    b = bank(*numbered(3))
    s = exam(clock, b, quiz_time_limit=None)
    s.start()
    s.submit("Baku")
    s.set_draft("Tbilisi")
    changed = tuple(
        q._replace(correct_choices=("Baku",), choices=("Paris", "Baku")) for q in b.questions
    )
    back = Session.from_dict(through_json(s.to_dict()), [b._replace(questions=changed)], clock)
    assert back.answers[0].correct  # "Baku" is now the right answer
    assert back.draft is None  # "Tbilisi" is no longer a choice


def _mutations() -> list[tuple[str, Any]]:
    return [
        ("version", 99),
        ("version", None),
        ("state", "sleeping"),
        ("order", "q1"),
        ("answers", [{"bank": "bank"}]),
        ("quiz_used", "ten"),
        ("saved_at", "yesterday"),
        ("saved_at", "2026-01-01T09:00:00"),  # no time zone
        ("pending", []),  # answers and pending no longer add up to the order
        ("current", None),  # asking, but nothing on screen
        ("paused_from", "asking"),  # not paused
        ("finish_reason", "completed"),  # not finished
        ("skipped", [{"bank": "bank", "question": "q1"}]),  # answered, so not skippable
        ("drafts", [{"bank": "bank", "question": "q1", "response": "Paris"}]),
        ("drafts", [{"bank": "bank", "question": "q2", "response": 12}]),
        ("config", {"mode": "exam"}),
        ("started_at", None),
    ]


@pytest.mark.parametrize(("key", "value"), _mutations(), ids=lambda v: str(v)[:20])
def test_damaged_state_raises_resume_error(clock: FakeClock, key: str, value: Any) -> None:
    """Any damaged or inconsistent field raises ResumeError, never a KeyError or a half session."""
    b = bank(*numbered(4), time_limit=30)
    s = exam(clock, b, shuffle_questions=False)
    s.start()
    s.submit("Paris")  # q1 answered, q2 on screen
    data = through_json(s.to_dict())
    data[key] = value
    with pytest.raises(ResumeError):
        Session.from_dict(data, [b], clock)


def test_a_saved_config_without_a_seed_is_refused(clock: FakeClock) -> None:
    """A saved quiz must carry its seed, or its layouts could not be rebuilt."""
    data = through_json(exam(clock).to_dict())
    data["config"]["seed"] = None
    with pytest.raises(ResumeError, match="no seed"):
        Session.from_dict(data, [bank(*numbered(4), time_limit=30)], clock)


def test_refs_sort_by_bank_then_question() -> None:
    """Question references sort by bank id, then question id (for stable listings)."""
    assert sorted([ref("b", "a"), ref("a", "z"), ref("a", "b")]) == [
        ref("a", "b"), ref("a", "z"), ref("b", "a"),
    ]  # fmt: skip


def test_a_missing_field_is_named(clock: FakeClock) -> None:
    """A missing field is reported by name."""
    s = exam(clock)
    data = through_json(s.to_dict())
    del data["order"]
    with pytest.raises(ResumeError, match="'order' is missing"):
        Session.from_dict(data, [bank(*numbered(4), time_limit=30)], clock)


# --- the round trip, as a property --------------------------------------------------------------

QUESTIONS = one_of_each() + numbered(3)
EVERYTHING = bank(*QUESTIONS, time_limit=20)


def other_response(view: QuestionView) -> Response:
    """A valid response that is usually wrong or partial."""
    q = view.question
    t = q.type
    if t is QuestionType.SINGLE:
        return view.choices[-1]
    if t is QuestionType.MULTIPLE:
        return frozenset(view.choices[:2])
    if t is QuestionType.TRUE_FALSE:
        return not q.truth
    if t is QuestionType.SHORT:
        return "San Fransisco"
    if t is QuestionType.NUMERIC:
        return "1,99"
    if t is QuestionType.ORDER:
        return view.items
    return {view.lefts[0]: view.rights[0]}


@st.composite
def configs(draw: st.DrawFn) -> QuizConfig:
    mode = draw(st.sampled_from(list(Mode)))
    ids: tuple[QuestionRef, ...] = ()
    if mode.needs_question_ids:
        picked = draw(st.lists(st.sampled_from(QUESTIONS), min_size=1, unique=True))
        ids = tuple(ref("bank", q.id) for q in picked)
    return QuizConfig(
        (BANK,),
        mode=mode,
        question_ids=ids,
        count=draw(st.none() | st.integers(1, 4)),
        seed=draw(st.integers(0, 2**32)),
        shuffle_questions=draw(st.booleans()),
        shuffle_choices=draw(st.booleans()),
        quiz_time_limit=draw(st.none() | st.integers(5, 120).map(float)),
        question_time_limit=draw(st.none() | st.integers(3, 40).map(float)),
        question_limits=draw(st.none() | st.booleans()),
        extra_time=draw(st.sampled_from([1.0, 1.25, 1.5, 2.0])),
        clock_keeps_running=draw(st.booleans()),
    )


# Quarter seconds add up exactly in binary floats, so the twin sessions compare exactly.
# Saving and answering are listed twice to make them common.
STEPS = ["expected", "expected", "other", "blank", "draft", "skip", "next", "next", "pause"]
STEPS += ["resume", "tick", "start", "save", "save", "save", "advance", "advance", "advance"]
ACTIONS = st.lists(
    st.tuples(st.sampled_from(STEPS), st.integers(0, 60).map(lambda n: n / 4)),
    min_size=10,
    max_size=60,
)


def act(s: Session, clock: FakeClock, action: str, seconds: float) -> None:
    """Apply one learner or timer action; moves the state forbids are skipped."""
    if action == "advance":
        clock.advance(seconds)
        return
    if action in ("expected", "other", "blank", "draft"):
        if s.state is not State.ASKING:
            return
        view = s.current
        response = {
            "expected": expected_response(view.question),
            "other": other_response(view),
            "blank": None,
            "draft": other_response(view),
        }[action]
        if action == "draft":
            s.set_draft(response)
        else:
            s.submit(response)
        return
    with suppress(IllegalMoveError):  # e.g. "next" while asking: refused, nothing changes
        getattr(s, action)()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(config=configs(), actions=ACTIONS, start=st.sampled_from([True, True, True, False]))
def test_a_restored_session_behaves_exactly_like_the_original(
    config: QuizConfig, actions: list[tuple[str, float]], start: bool
) -> None:
    """Saving and restoring (through JSON) at any point changes nothing that follows."""
    clock = FakeClock()
    twin = Session(config, [EVERYTHING], clock)
    restored = Session(config, [EVERYTHING], clock)
    if start:
        twin.start()
        restored.start()
    for action, seconds in actions:
        if action == "save":
            saved = through_json(restored.to_dict())
            untouched = copy.deepcopy(saved)
            restored = Session.from_dict(saved, [EVERYTHING], clock)
            assert saved == untouched  # from_dict does not alter what it was given
            continue
        act(twin, clock, action, seconds)
        if action != "advance":
            act(restored, clock, action, seconds)
        assert restored.to_dict() == twin.to_dict()
        assert restored.quiz_remaining() == twin.quiz_remaining()
        assert restored.question_remaining() == twin.question_remaining()
        assert restored.answers == twin.answers
        for a in twin.answers:
            assert 0.0 <= a.score <= 1.0
            assert a.time_ms >= 0
    if twin.state is State.FINISHED:
        assert restored.results == twin.results
