"""Helpers for the classroom tests: answering a quiz as a learner would, and results built by
hand for the report's arithmetic."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from quizapp.classroom import AttemptResult, ItemResult, Sitting
from quizapp.classroom.results import BankInfo, PresetInfo
from quizapp.clock import FakeClock
from quizapp.quiz import State, expected_response

PRESET = PresetInfo("week3", "Week 3 review", "/teacher/week3.preset.yaml", "p-hash")
BANK = BankInfo("b", "Bank B", "/teacher/b.yaml", "b-hash")


def take(
    sitting: Sitting,
    clock: FakeClock,
    rng: random.Random,
    skill: float,
    stop_after: int | None = None,
) -> int:
    """Answer like a learner: right with probability `skill`, else blank; `stop_after` answers
    at most. Returns how many were answered."""
    answered = 0
    while sitting.session.state in (State.ASKING, State.FEEDBACK) and answered != stop_after:
        if sitting.session.state is State.FEEDBACK:
            sitting.next()
            continue
        question = sitting.session.current.question
        clock.advance(rng.randint(5, 40))
        right = rng.random() < skill
        sitting.submit(expected_response(question) if right else None)
        answered += 1
    return answered


def item(question: str, score: float, points: float = 1.0, time_ms: int = 10_000) -> ItemResult:
    """An answered question of bank b, worth `points`."""
    return ItemResult(
        bank_id="b",
        question_id=question,
        prompt=f"Prompt of {question}",
        question_type="single",
        bank_file="/teacher/b.yaml",
        line=10 * int(question.lstrip("q") or 1),
        points_possible=points,
        answered=True,
        response="x",
        response_text="x",
        score=score,
        points_earned=score * points,
        correct=score == 1.0,
        time_ms=time_ms,
    )


def attempt(
    learner: str,
    items: list[ItemResult],
    *,
    attempt_id: str | None = None,
    interrupted: bool = False,
    machine: str = "lab-1",
    minute: int = 0,
    written_minute: int | None = None,
    extra_time: float = 1.0,
) -> AttemptResult:
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(minutes=minute)
    return AttemptResult(
        attempt_id=attempt_id or f"{learner.casefold()}-{minute}",
        learner=learner,
        learner_key=learner.casefold(),
        machine=machine,
        preset=PRESET,
        banks=(BANK,),
        mode="exam",
        seed=1,
        started_at=start,
        ended_at=start + timedelta(minutes=10),
        finish_reason="abandoned" if interrupted else "completed",
        interrupted=interrupted,
        extra_time=extra_time,
        extra_time_applied=extra_time > 1,
        time_used_ms=600_000,
        items=tuple(items),
        written_at=start + timedelta(minutes=10 if written_minute is None else written_minute),
        results_folder="/media/usb/results",
    )
