"""Every change the store makes, as a plain record that is applied in one transaction.

The store builds one of these for each change (everything computed up front: ids, times, JSON),
queues it, and applies the queue in order. When the disk refuses writes the records simply stay
queued in memory, and the same records are applied once writing works again.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from typing import Any, NamedTuple

from quizapp.progress import review, summaries
from quizapp.progress.answerrecord import AnswerRecord
from quizapp.progress.model import (
    AnswerId,
    AttemptId,
    BankUse,
    LearnerId,
    LearnerSettings,
    Mode,
)


class CreateLearner(NamedTuple):
    id: LearnerId
    name: str
    key: str
    created_at: str
    settings: LearnerSettings

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO learners (id, name, name_key, created_at, extra_time_factor, font_size,"
            " language) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                self.id,
                self.name,
                self.key,
                self.created_at,
                self.settings.extra_time_factor,
                self.settings.font_size,
                self.settings.language,
            ),
        )


class RenameLearner(NamedTuple):
    id: LearnerId
    name: str
    key: str

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE learners SET name = ?, name_key = ? WHERE id = ?",
            (self.name, self.key, self.id),
        )


class UpdateSettings(NamedTuple):
    id: LearnerId
    settings: LearnerSettings

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE learners SET extra_time_factor = ?, font_size = ?, language = ? WHERE id = ?",
            (
                self.settings.extra_time_factor,
                self.settings.font_size,
                self.settings.language,
                self.id,
            ),
        )


class DeleteLearner(NamedTuple):
    id: LearnerId

    def apply(self, conn: sqlite3.Connection) -> None:
        # Foreign keys cascade to attempts, their answers and the learner's summaries.
        conn.execute("DELETE FROM learners WHERE id = ?", (self.id,))


class StartAttempt(NamedTuple):
    id: AttemptId
    learner_id: LearnerId
    mode: Mode
    config_json: str
    seed: int
    started_at: str
    banks: tuple[BankUse, ...]
    state_json: str

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO attempts (id, learner_id, mode, config_json, seed, started_at,"
            " state_json, state_saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.id,
                self.learner_id,
                self.mode.value,
                self.config_json,
                self.seed,
                self.started_at,
                self.state_json,
                self.started_at,
            ),
        )
        conn.executemany(
            "INSERT INTO attempt_banks (attempt_id, bank_id, content_hash, title)"
            " VALUES (?, ?, ?, ?)",
            [(self.id, b.bank_id, b.content_hash, b.title) for b in self.banks],
        )
        conn.executemany(
            "INSERT INTO banks (bank_id, title, content_hash) VALUES (?, ?, ?)"
            " ON CONFLICT (bank_id) DO UPDATE SET"
            " title = excluded.title, content_hash = excluded.content_hash",
            [(b.bank_id, b.title, b.content_hash) for b in self.banks],
        )


class SaveState(NamedTuple):
    attempt_id: AttemptId
    state_json: str
    saved_at: str

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE attempts SET state_json = ?, state_saved_at = ?"
            " WHERE id = ? AND ended_at IS NULL",
            (self.state_json, self.saved_at, self.attempt_id),
        )
        conn.execute("DELETE FROM attempt_steps WHERE attempt_id = ?", (self.attempt_id,))


class SaveStep(NamedTuple):
    """The change since the attempt's previous state (see `steps`); `whole` is the same state
    in full, written instead whenever the order of steps is in doubt."""

    step: int
    patch_json: str
    whole: SaveState

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO attempt_steps (attempt_id, patch_json, saved_at)"
            " SELECT ?, ?, ? WHERE EXISTS"
            " (SELECT 1 FROM attempts WHERE id = ? AND ended_at IS NULL)",
            (
                self.whole.attempt_id,
                self.patch_json,
                self.whole.saved_at,
                self.whole.attempt_id,
            ),
        )

    @property
    def attempt_id(self) -> AttemptId:
        return self.whole.attempt_id


_QUESTION = """
INSERT INTO questions (bank_id, question_id, content_hash, bank_title, prompt, tags_json)
VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING
"""

_ANSWER = """
INSERT INTO answers (id, attempt_id, learner_id, bank_id, question_id, content_hash,
    response_json, score, correct, time_ms, time_limit_ms, answered_at, day)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
"""


class SaveAnswer(NamedTuple):
    """An answer, with the session state after it: both land in one commit, or neither."""

    id: AnswerId
    attempt_id: AttemptId
    learner_id: LearnerId
    moves_schedule: bool
    answer: AnswerRecord
    answered_at: str
    day: str
    tags_json: str
    state: SaveState | SaveStep

    def apply(self, conn: sqlite3.Connection) -> None:
        a = self.answer
        added = conn.execute(
            _QUESTION,
            (a.bank_id, a.question_id, a.content_hash, a.bank_title, a.prompt, self.tags_json),
        ).rowcount
        tags_json = self.tags_json
        if not added:  # the tags as first recorded for this content, as a rebuild would see them
            tags_json = conn.execute(
                "SELECT tags_json FROM questions"
                " WHERE bank_id = ? AND question_id = ? AND content_hash = ?",
                (a.bank_id, a.question_id, a.content_hash),
            ).fetchone()[0]
        conn.execute(
            _ANSWER,
            (
                self.id,
                self.attempt_id,
                self.learner_id,
                a.bank_id,
                a.question_id,
                a.content_hash,
                a.response_json,
                a.score,
                int(a.correct),
                a.time_ms,
                a.time_limit_ms,
                self.answered_at,
                self.day,
            ),
        )
        facts = summaries.AnswerFacts(
            learner_id=self.learner_id,
            bank_id=a.bank_id,
            question_id=a.question_id,
            content_hash=a.content_hash,
            score=a.score,
            correct=a.correct,
            time_ms=a.time_ms,
            answered_at=self.answered_at,
            day=self.day,
            tags=tuple(json.loads(tags_json)),
        )
        summaries.add_answer(conn, facts)
        if self.moves_schedule:
            rating = review.rating_for(a.score, a.correct, a.time_ms, a.time_limit_ms)
            review.review(
                conn, self.learner_id, a.bank_id, a.question_id, rating, a.answered_at, a.time_ms
            )
        self.state.apply(conn)


class FinishAttempt(NamedTuple):
    attempt_id: AttemptId
    ended_at: str
    reason: str
    score: float | None
    end_json: str | None = None  # `{"time_used_ms": N}` kept in state_json once ended

    def apply(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE attempts SET ended_at = ?, end_reason = ?, score = ?, state_json = ?"
            " WHERE id = ? AND ended_at IS NULL",
            (self.ended_at, self.reason, self.score, self.end_json, self.attempt_id),
        )
        conn.execute("DELETE FROM attempt_steps WHERE attempt_id = ?", (self.attempt_id,))


Write = (
    CreateLearner
    | RenameLearner
    | UpdateSettings
    | DeleteLearner
    | StartAttempt
    | SaveState
    | SaveStep
    | SaveAnswer
    | FinishAttempt
)


def whole_states(op: Write) -> Write:
    """`op` with any state step in it written as the whole state instead."""
    if isinstance(op, SaveStep):
        return op.whole
    if isinstance(op, SaveAnswer) and isinstance(op.state, SaveStep):
        return op._replace(state=op.state.whole)
    return op


def _plain(value: Any) -> Any:
    """Named tuples and dataclasses as dicts, all the way down, for `to_json`."""
    if hasattr(value, "_asdict"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def to_json(ops: list[Write]) -> bytes:
    """Writes that could not be made, as JSON a person (or a later tool) can read back."""
    items = [{"write": type(op).__name__, **_plain(op)} for op in ops]
    text = json.dumps({"format": "quizapp-unsaved-1", "writes": items}, default=str, indent=1)
    return text.encode("utf-8")
