"""Reading a learner's progress off the GUI thread: each function opens its own read-only
connection (`Store.open_for_reading`) in the thread that calls it, and returns plain data."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quizapp.clock import Clock
from quizapp.paths import Paths
from quizapp.progress import Attempt, Store, StoreError

if TYPE_CHECKING:
    from quizapp.progress.stats import LearnerStats


class BankSummary(NamedTuple):
    last_score: float | None
    due: int


class ProgressReport(NamedTuple):
    stats: LearnerStats | None
    attempts: tuple[Attempt, ...]  # newest first
    due_per_bank: dict[str, int]


def bank_summaries(paths: Paths, clock: Clock, learner_id: int) -> dict[str, BankSummary]:
    """Per bank id: the learner's last finished score and how many questions are due."""
    try:
        reader = Store.open_for_reading(paths, clock)
    except StoreError:
        return {}
    with reader:
        last: dict[str, float | None] = {}
        for attempt in reversed(reader.attempts(learner_id)):  # type: ignore[arg-type]
            if attempt.ended_at is None or attempt.score is None:
                continue
            for use in attempt.banks:
                last.setdefault(use.bank_id, attempt.score)
        due: dict[str, int] = {}
        for key in reader.due_questions(learner_id):  # type: ignore[arg-type]
            due[key.bank_id] = due.get(key.bank_id, 0) + 1
    return {b: BankSummary(last.get(b), due.get(b, 0)) for b in set(last) | set(due)}


def progress_report(paths: Paths, clock: Clock, learner_id: int) -> ProgressReport:
    """Everything the progress page draws."""
    try:
        reader = Store.open_for_reading(paths, clock)
    except StoreError:
        return ProgressReport(None, (), {})
    with reader:
        stats = reader.stats(learner_id)  # type: ignore[arg-type]
        attempts = tuple(reversed(reader.attempts(learner_id)))  # type: ignore[arg-type]
        due: dict[str, int] = {}
        for key in reader.due_questions(learner_id):  # type: ignore[arg-type]
            due[key.bank_id] = due.get(key.bank_id, 0) + 1
    return ProgressReport(stats, attempts, due)
