"""A learner's statistics: attempts over time, activity per day, accuracy per tag and per bank,
weakest questions, streaks and what is due for review.

`learner_stats` reads the summary tables (a few small rows per learner, whatever the number of
answers). `stats_from_answers` computes the same numbers from the raw answers: it is the
reference the summaries are tested against, and the baseline of the `stats_1m_answers` benchmark.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from quizapp.bank.model import BankId, QuestionId
from quizapp.progress import summaries
from quizapp.progress.model import AttemptId, LearnerId, Mode, from_db_time, to_db_time

# The statistics' values live here, not in `model`: only the progress page needs them, and
# each class costs start-up time to define.


class DayActivity(NamedTuple):
    day: date
    answers: int
    correct: int
    time_ms: int


class Accuracy(NamedTuple):
    """How well a learner does on one tag or one bank."""

    key: str
    title: str
    answers: int
    correct: int
    score_sum: float

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers if self.answers else 0.0

    @property
    def mean_score(self) -> float:
        return self.score_sum / self.answers if self.answers else 0.0


class QuestionStats(NamedTuple):
    bank_id: BankId
    question_id: QuestionId
    prompt: str
    answers: int
    correct: int
    last_correct: bool
    last_answered_at: datetime


class AttemptPoint(NamedTuple):
    """One finished attempt on the "attempts over time" chart."""

    attempt_id: AttemptId
    started_at: datetime
    duration_s: float
    score: float | None
    mode: Mode


class Streaks(NamedTuple):
    """Days in a row with practice (the current run counts if it reached today or yesterday),
    and runs of correct answers."""

    current_days: int
    longest_days: int
    current_correct: int
    longest_correct: int


class LearnerStats(NamedTuple):
    answers: int
    correct: int
    score_sum: float
    time_ms: int
    attempts: tuple[AttemptPoint, ...]
    days: tuple[DayActivity, ...]
    per_tag: tuple[Accuracy, ...]
    per_bank: tuple[Accuracy, ...]
    weakest: tuple[QuestionStats, ...]
    streaks: Streaks
    due_now: int
    next_due: datetime | None = None

    @property
    def accuracy(self) -> float:
        return self.correct / self.answers if self.answers else 0.0


ATTEMPTS_SHOWN = 500
WEAKEST_SHOWN = 10

# Laplace-smoothed accuracy: one wrong answer out of one is weaker than one out of ten.
_WEAKNESS_ORDER = "ORDER BY (c + 1.0) / (n + 2.0), n DESC, bank_id, question_id LIMIT :limit"


def learner_stats(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    now: datetime,
    tz: tzinfo,
    attempts_shown: int = ATTEMPTS_SHOWN,
    weakest_shown: int = WEAKEST_SHOWN,
) -> LearnerStats:
    """All statistics for one learner, from the summary tables."""
    args = {"learner": learner_id, "limit": weakest_shown}
    totals = conn.execute(
        "SELECT answers, correct, score_sum, time_ms, current_run, best_run"
        " FROM learner_totals WHERE learner_id = :learner",
        args,
    ).fetchone() or (0, 0, 0.0, 0, 0, 0)
    days = conn.execute(
        "SELECT day, answers, correct, time_ms FROM day_stats WHERE learner_id = :learner"
        " ORDER BY day",
        args,
    ).fetchall()
    tags = conn.execute(
        "SELECT tag, tag, answers, correct, score_sum FROM tag_stats WHERE learner_id = :learner"
        " ORDER BY tag",
        args,
    ).fetchall()
    banks = conn.execute(
        "SELECT s.bank_id, coalesce(b.title, s.bank_id), s.answers, s.correct, s.score_sum"
        " FROM bank_stats AS s LEFT JOIN banks AS b USING (bank_id)"
        " WHERE s.learner_id = :learner ORDER BY s.bank_id",
        args,
    ).fetchall()
    weakest = conn.execute(
        "SELECT bank_id, question_id, coalesce(q.prompt, ''), n, c, last_correct, last_at FROM"
        " (SELECT bank_id, question_id, answers AS n, correct AS c, last_correct,"
        "         last_answered_at AS last_at, last_content_hash AS content_hash"
        "  FROM question_stats WHERE learner_id = :learner AND correct < answers)"
        " LEFT JOIN questions AS q USING (bank_id, question_id, content_hash) " + _WEAKNESS_ORDER,
        args,
    ).fetchall()
    return _assemble(conn, learner_id, now, tz, totals, days, tags, banks, weakest, attempts_shown)


def stats_from_answers(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    now: datetime,
    tz: tzinfo,
    attempts_shown: int = ATTEMPTS_SHOWN,
    weakest_shown: int = WEAKEST_SHOWN,
) -> LearnerStats:
    """The same statistics straight from the answers table: slow, and the reference."""
    args = {"learner": learner_id, "limit": weakest_shown}
    count, correct, score, time_ms = conn.execute(
        "SELECT count(*), coalesce(sum(correct), 0), coalesce(sum(score), 0.0),"
        " coalesce(sum(time_ms), 0) FROM answers WHERE learner_id = :learner",
        args,
    ).fetchone()
    current = conn.execute(summaries.CURRENT_RUN, args).fetchone()[0]
    longest = conn.execute(summaries.LONGEST_RUN, args).fetchone()[0]
    totals = (count, correct, score, time_ms, current, longest)
    days = conn.execute(
        "SELECT day, count(*), sum(correct), sum(time_ms) FROM answers"
        " WHERE learner_id = :learner GROUP BY day ORDER BY day",
        args,
    ).fetchall()
    tags = conn.execute(
        "SELECT t.value, t.value, count(*), sum(a.correct), sum(a.score) FROM answers AS a"
        " JOIN questions AS q USING (bank_id, question_id, content_hash)"
        " JOIN json_each(q.tags_json) AS t"
        " WHERE a.learner_id = :learner GROUP BY t.value ORDER BY t.value",
        args,
    ).fetchall()
    banks = conn.execute(
        "SELECT a.bank_id, coalesce(b.title, a.bank_id), count(*), sum(a.correct), sum(a.score)"
        " FROM answers AS a LEFT JOIN banks AS b USING (bank_id)"
        " WHERE a.learner_id = :learner GROUP BY a.bank_id ORDER BY a.bank_id",
        args,
    ).fetchall()
    weakest = conn.execute(
        "SELECT bank_id, question_id, coalesce(q.prompt, ''), n, c, last_correct, last_at FROM"
        " (SELECT bank_id, question_id, count(*) AS n, sum(correct) AS c, max(id),"
        "         correct AS last_correct, answered_at AS last_at, content_hash"
        "  FROM answers WHERE learner_id = :learner GROUP BY bank_id, question_id)"
        " LEFT JOIN questions AS q USING (bank_id, question_id, content_hash)"
        " WHERE c < n " + _WEAKNESS_ORDER,
        args,
    ).fetchall()
    return _assemble(conn, learner_id, now, tz, totals, days, tags, banks, weakest, attempts_shown)


def _assemble(
    conn: sqlite3.Connection,
    learner_id: LearnerId,
    now: datetime,
    tz: tzinfo,
    totals: tuple[Any, ...],
    days: list[tuple[Any, ...]],
    tags: list[tuple[Any, ...]],
    banks: list[tuple[Any, ...]],
    weakest: list[tuple[Any, ...]],
    attempts_shown: int,
) -> LearnerStats:
    """The parts both ways share: attempts and the review schedule are not summaries."""
    answers, correct, score_sum, time_ms, current_run, best_run = totals
    activity = tuple(DayActivity(date.fromisoformat(d), n, c, t) for d, n, c, t in days)
    attempts = conn.execute(
        "SELECT id, started_at, ended_at, score, mode FROM attempts"
        " WHERE learner_id = ? AND ended_at IS NOT NULL ORDER BY started_at DESC LIMIT ?",
        (learner_id, attempts_shown),
    ).fetchall()
    points = []
    for attempt_id, started, ended, score, mode in reversed(attempts):
        start = from_db_time(started)
        points.append(
            AttemptPoint(
                AttemptId(attempt_id),
                start,
                (from_db_time(ended) - start).total_seconds(),
                score,
                Mode(mode),
            )
        )
    moment = to_db_time(now)
    due_now = conn.execute(
        "SELECT count(*) FROM review_cards WHERE learner_id = ? AND due <= ?",
        (learner_id, moment),
    ).fetchone()[0]
    later = conn.execute(
        "SELECT min(due) FROM review_cards WHERE learner_id = ? AND due > ?", (learner_id, moment)
    ).fetchone()[0]
    return LearnerStats(
        answers=answers,
        correct=correct,
        score_sum=score_sum,
        time_ms=time_ms,
        attempts=tuple(points),
        days=activity,
        per_tag=tuple(Accuracy(*row) for row in tags),
        per_bank=tuple(Accuracy(*row) for row in banks),
        weakest=tuple(
            QuestionStats(BankId(b), QuestionId(q), prompt, n, c, bool(last), from_db_time(last_at))
            for b, q, prompt, n, c, last, last_at in weakest
        ),
        streaks=streaks(
            (a.day for a in activity), now.astimezone(tz).date(), current_run, best_run
        ),
        due_now=due_now,
        next_due=from_db_time(later) if later else None,
    )


def streaks(days: Iterable[date], today: date, current_correct: int, best_correct: int) -> Streaks:
    """Runs of consecutive practice days (`days` sorted); the current one counts if it reached
    today or yesterday, so a streak is not lost before the day is over."""
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return Streaks(current, longest, current_correct, best_correct)
