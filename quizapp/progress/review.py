"""Spaced review: when each learner should see each question again, by FSRS (as in Anki).

One card per (learner, bank id, question id). Every practice, review or mistakes answer reviews
the card with a rating taken from how right and how quick the answer was; exam answers do not
move the schedule. Fuzzing is off, so the same answers always give the same schedule.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING

from quizapp.bank.model import BankId, QuestionId, QuestionRef
from quizapp.progress.model import LearnerId, Mode, from_db_time, to_db_time

if TYPE_CHECKING:
    from fsrs import Rating, Scheduler

SLOW_WITHOUT_LIMIT_MS = 60_000


# fsrs is imported on the first review rather than at start-up (it costs ~15 ms to import)
@cache
def _scheduler() -> Scheduler:
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=False)


def rating_for(score: float, correct: bool, time_ms: int, time_limit_ms: int | None) -> Rating:
    """Wrong: Again (Hard if at least half the credit). Right: Good, or Easy when it took under a
    quarter of the time limit, Hard when it took over three quarters (or a minute, no limit)."""
    from fsrs import Rating

    if not correct:
        return Rating.Hard if score >= 0.5 else Rating.Again
    if time_limit_ms:
        used = time_ms / time_limit_ms
        if used <= 0.25:
            return Rating.Easy
        if used >= 0.75:
            return Rating.Hard
        return Rating.Good
    return Rating.Hard if time_ms >= SLOW_WITHOUT_LIMIT_MS else Rating.Good


_LOAD = """
SELECT state, step, stability, difficulty, due, last_review, reps, lapses FROM review_cards
WHERE learner_id = ? AND bank_id = ? AND question_id = ?
"""

_SAVE = """
INSERT INTO review_cards (learner_id, bank_id, question_id, state, step, stability, difficulty,
    due, last_review, reps, lapses)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (learner_id, bank_id, question_id) DO UPDATE SET
    state = excluded.state, step = excluded.step, stability = excluded.stability,
    difficulty = excluded.difficulty, due = excluded.due, last_review = excluded.last_review,
    reps = excluded.reps, lapses = excluded.lapses
"""


def review(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    bank_id: str,
    question_id: str,
    rating: Rating,
    when: datetime,
    time_ms: int,
) -> datetime:
    """Review one card (creating it on first sight) and save it; returns when it is next due.
    Call inside the answer's transaction."""
    from fsrs import Card, Rating, State

    when = when.astimezone(UTC)
    row = conn.execute(_LOAD, (learner_id, bank_id, question_id)).fetchone()
    reps, lapses = 0, 0
    if row is None:
        card = Card(card_id=1, due=when)
    else:
        state, step, stability, difficulty, due, last_review, reps, lapses = row
        card = Card(
            card_id=1,
            state=State(state),
            step=step,
            stability=stability,
            difficulty=difficulty,
            due=from_db_time(due),
            last_review=from_db_time(last_review) if last_review else None,
        )
    was_review = card.state == State.Review
    card, _ = _scheduler().review_card(card, rating, review_datetime=when, review_duration=time_ms)
    lapses += int(was_review and rating == Rating.Again)
    conn.execute(
        _SAVE,
        (
            learner_id,
            bank_id,
            question_id,
            int(card.state),
            card.step,
            card.stability,
            card.difficulty,
            to_db_time(card.due),
            to_db_time(card.last_review) if card.last_review else None,
            reps + 1,
            lapses,
        ),
    )
    next_due: datetime = card.due
    return next_due


def rebuild(conn: sqlite3.Connection) -> None:
    """Replay every scheduling answer, oldest first, into fresh cards; inside a transaction."""
    conn.execute("DELETE FROM review_cards")
    rows = conn.execute(
        """SELECT a.learner_id, a.bank_id, a.question_id, a.score, a.correct, a.time_ms,
                  a.time_limit_ms, a.answered_at
           FROM answers AS a JOIN attempts AS t ON t.id = a.attempt_id
           WHERE t.mode != ? ORDER BY a.id""",
        (Mode.EXAM.value,),
    )
    for learner, bank, question, score, correct, time_ms, limit, at in rows.fetchall():
        rating = rating_for(score, bool(correct), time_ms, limit)
        review(conn, learner, bank, question, rating, from_db_time(at), time_ms)


def _bank_filter(banks: Collection[str] | None) -> tuple[str, list[str]]:
    if banks is None:
        return "", []
    marks = ",".join("?" * len(banks))
    return f" AND bank_id IN ({marks})", list(banks)


def due_questions(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    now: datetime,
    banks: Collection[str] | None = None,
    limit: int | None = None,
) -> list[QuestionRef]:
    """The questions due now, most overdue first (the ids of a "due for review" quiz)."""
    where, args = _bank_filter(banks)
    rows = conn.execute(
        f"SELECT bank_id, question_id FROM review_cards WHERE learner_id = ? AND due <= ?{where}"
        " ORDER BY due, bank_id, question_id LIMIT ?",
        [learner_id, to_db_time(now), *args, -1 if limit is None else limit],
    )
    return [QuestionRef(BankId(b), QuestionId(q)) for b, q in rows]


def mistakes(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    banks: Collection[str] | None = None,
    limit: int | None = None,
) -> list[QuestionRef]:
    """Questions whose latest answer (in any mode) was wrong, most recent first."""
    where, args = _bank_filter(banks)
    rows = conn.execute(
        "SELECT bank_id, question_id FROM question_stats"
        f" WHERE learner_id = ? AND last_correct = 0{where}"
        " ORDER BY last_answered_at DESC, bank_id, question_id LIMIT ?",
        [learner_id, *args, -1 if limit is None else limit],
    )
    return [QuestionRef(BankId(b), QuestionId(q)) for b, q in rows]
