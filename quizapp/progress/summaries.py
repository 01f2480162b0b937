"""The small summary tables that keep statistics fast, updated in the same transaction as each
answer, and rebuilt from the answers themselves when a migration adds them.

`answers` is the truth; the summaries are derived. Both paths (one answer at a time, and the
rebuild) are written so that they give the same numbers, which the tests check against
`stats.stats_from_answers`, the slow way over the raw answers.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import sqlite3
from typing import NamedTuple

from quizapp.progress.model import LearnerId


class AnswerFacts(NamedTuple):
    """What the summaries need to know about one answer."""

    learner_id: LearnerId
    bank_id: str
    question_id: str
    content_hash: str
    score: float
    correct: bool
    time_ms: int
    answered_at: str  # db time text
    day: str  # the learner's local calendar day, YYYY-MM-DD
    tags: tuple[str, ...]


_TOTALS = """
INSERT INTO learner_totals (learner_id, answers, correct, score_sum, time_ms, current_run, best_run)
VALUES (:learner, 1, :correct, :score, :time_ms, :correct, :correct)
ON CONFLICT (learner_id) DO UPDATE SET
    answers = answers + 1,
    correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum,
    time_ms = time_ms + excluded.time_ms,
    current_run = CASE WHEN excluded.correct THEN current_run + 1 ELSE 0 END,
    best_run = max(best_run, CASE WHEN excluded.correct THEN current_run + 1 ELSE 0 END)
"""

_QUESTION = """
INSERT INTO question_stats (learner_id, bank_id, question_id, answers, correct, score_sum,
    time_ms, last_correct, last_answered_at, last_content_hash)
VALUES (:learner, :bank, :question, 1, :correct, :score, :time_ms, :correct, :at, :hash)
ON CONFLICT (learner_id, bank_id, question_id) DO UPDATE SET
    answers = answers + 1,
    correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum,
    time_ms = time_ms + excluded.time_ms,
    last_correct = excluded.last_correct,
    last_answered_at = excluded.last_answered_at,
    last_content_hash = excluded.last_content_hash
"""

_BANK = """
INSERT INTO bank_stats (learner_id, bank_id, answers, correct, score_sum, time_ms)
VALUES (:learner, :bank, 1, :correct, :score, :time_ms)
ON CONFLICT (learner_id, bank_id) DO UPDATE SET
    answers = answers + 1,
    correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum,
    time_ms = time_ms + excluded.time_ms
"""

_TAG = """
INSERT INTO tag_stats (learner_id, tag, answers, correct, score_sum)
VALUES (:learner, :tag, 1, :correct, :score)
ON CONFLICT (learner_id, tag) DO UPDATE SET
    answers = answers + 1,
    correct = correct + excluded.correct,
    score_sum = score_sum + excluded.score_sum
"""

_DAY = """
INSERT INTO day_stats (learner_id, day, answers, correct, time_ms)
VALUES (:learner, :day, 1, :correct, :time_ms)
ON CONFLICT (learner_id, day) DO UPDATE SET
    answers = answers + 1,
    correct = correct + excluded.correct,
    time_ms = time_ms + excluded.time_ms
"""


def add_answer(conn: sqlite3.Connection, facts: AnswerFacts) -> None:
    """Count one new answer in every summary; call inside the answer's own transaction."""
    values = {
        "learner": facts.learner_id,
        "bank": facts.bank_id,
        "question": facts.question_id,
        "correct": int(facts.correct),
        "score": facts.score,
        "time_ms": facts.time_ms,
        "at": facts.answered_at,
        "hash": facts.content_hash,
        "day": facts.day,
    }
    conn.execute(_TOTALS, values)
    conn.execute(_QUESTION, values)
    conn.execute(_BANK, values)
    conn.execute(_DAY, values)
    for tag in facts.tags:
        conn.execute(_TAG, {**values, "tag": tag})


_REBUILD = (
    "DELETE FROM learner_totals",
    "DELETE FROM question_stats",
    "DELETE FROM bank_stats",
    "DELETE FROM tag_stats",
    "DELETE FROM day_stats",
    """INSERT INTO learner_totals (learner_id, answers, correct, score_sum, time_ms,
           current_run, best_run)
       SELECT learner_id, count(*), sum(correct), sum(score), sum(time_ms), 0, 0
       FROM answers GROUP BY learner_id""",
    # Bare columns next to max(id) come from the row holding that max: the latest answer.
    """INSERT INTO question_stats (learner_id, bank_id, question_id, answers, correct, score_sum,
           time_ms, last_correct, last_answered_at, last_content_hash)
       SELECT learner_id, bank_id, question_id, n, c, s, t, correct, answered_at, content_hash
       FROM (SELECT learner_id, bank_id, question_id, count(*) AS n, sum(correct) AS c,
                    sum(score) AS s, sum(time_ms) AS t, max(id), correct, answered_at,
                    content_hash
             FROM answers GROUP BY learner_id, bank_id, question_id)""",
    """INSERT INTO bank_stats (learner_id, bank_id, answers, correct, score_sum, time_ms)
       SELECT learner_id, bank_id, count(*), sum(correct), sum(score), sum(time_ms)
       FROM answers GROUP BY learner_id, bank_id""",
    """INSERT INTO tag_stats (learner_id, tag, answers, correct, score_sum)
       SELECT a.learner_id, t.value, count(*), sum(a.correct), sum(a.score)
       FROM answers AS a
       JOIN questions AS q USING (bank_id, question_id, content_hash)
       JOIN json_each(q.tags_json) AS t
       GROUP BY a.learner_id, t.value""",
    """INSERT INTO day_stats (learner_id, day, answers, correct, time_ms)
       SELECT learner_id, day, count(*), sum(correct), sum(time_ms)
       FROM answers GROUP BY learner_id, day""",
)

# Runs of correct answers, in answer order: the current run is everything after the latest
# wrong answer; the longest is the biggest group of correct answers between two wrong ones.
CURRENT_RUN = """
SELECT count(*) FROM answers
WHERE learner_id = :learner
  AND id > coalesce((SELECT max(id) FROM answers WHERE learner_id = :learner AND correct = 0), 0)
"""

LONGEST_RUN = """
SELECT coalesce(max(n), 0) FROM (
    SELECT count(*) AS n FROM (
        SELECT correct, sum(correct = 0) OVER (ORDER BY id) AS run
        FROM answers WHERE learner_id = :learner)
    WHERE correct = 1 GROUP BY run)
"""


def rebuild(conn: sqlite3.Connection) -> None:
    """Recompute every summary from the answers; call inside a transaction."""
    for statement in _REBUILD:
        conn.execute(statement)
    learners = [row[0] for row in conn.execute("SELECT learner_id FROM learner_totals")]
    for learner in learners:
        current = conn.execute(CURRENT_RUN, {"learner": learner}).fetchone()[0]
        longest = conn.execute(LONGEST_RUN, {"learner": learner}).fetchone()[0]
        conn.execute(
            "UPDATE learner_totals SET current_run = ?, best_run = ? WHERE learner_id = ?",
            (current, longest, learner),
        )
