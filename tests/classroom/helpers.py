"""Helpers for the classroom tests: answering a quiz as a learner would, and results built by
hand for the report's arithmetic."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.classroom import AttemptResult, ItemResult, Sitting, write_result
from quizapp.classroom.results import BankInfo, PresetInfo
from quizapp.clock import FakeClock
from quizapp.quiz import State, expected_response

PRESET = PresetInfo("week3", "Week 3 review", "/teacher/week3.preset.yaml", "p-hash")
BANK = BankInfo("b", "Bank B", "/teacher/b.yaml", "b-hash")

BANK_ID = "azerbaijan-us-relations"  # the bundled bank
MINIMAL_PRESET = f"title: Week 3\nbanks: [{BANK_ID}]\nresults: out\n"


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


def scored(learner: str, scores: list[float], minute: int, **kw) -> object:  # type: ignore[no-untyped-def]
    """An attempt at q1..q5 with these scores (1 point each); q1 takes 10 s per minute."""
    items = [
        item(f"q{i}", s, time_ms=(minute + 1) * 10_000 if i == 1 else 5_000)
        for i, s in enumerate(scores, start=1)
    ]
    return attempt(learner, items, minute=minute, **kw)


def write_class_folder(results_dir: Path) -> Path:
    """Fill `results_dir` with the hand-computed class (see test_report.py's `class_folder`)."""
    a = scored("Ana", [1, 1, 0, 1, 0], 0)
    c = scored("Cem", [1, 1, 1, 1, 0], 2)
    for result in (a, scored("Bob", [1, 0, 0, 1, 0], 1), c, scored("Dana", [0, 0, 1, 1, 0], 3)):
        write_result(results_dir, result)
    write_result(results_dir, scored("Ana", [0], 4, interrupted=True))
    stick = results_dir / "from-stick-2"
    stick.mkdir()
    write_result(stick, a)  # the same attempt copied twice
    interrupted_c = replace(
        c,
        items=c.items[:2],
        interrupted=True,
        finish_reason="interrupted",
        written_at=c.written_at.replace(minute=59),
    )
    (stick / "cem-snapshot.json").write_bytes(interrupted_c.to_bytes())  # older, less complete
    (results_dir / "cut-short.result.json").write_text('{"format": "quizapp-cl', encoding="utf-8")
    return results_dir
