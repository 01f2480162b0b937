"""Every attempt and answer of some learners, as a file a teacher opens in a spreadsheet.

CSV: one row per answer (an attempt without answers still gets one row), UTF-8 with a byte
order mark so spreadsheets pick the right encoding, local times, and cells that a spreadsheet
would run as a formula defused with a leading apostrophe. JSON: the same, nested, with UTC times
and responses as the JSON they were saved as. Files are written atomically: a temporary file
in the same folder, fsync, rename.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from quizapp.files import spreadsheet_cell
from quizapp.progress.model import BankUse, Learner, from_db_time, to_db_time
from quizapp.progress.store import Store

FORMATS = ("csv", "json")

CSV_COLUMNS = (
    "learner",
    "attempt",
    "mode",
    "started",
    "ended",
    "end reason",
    "attempt score",
    "banks",
    "answer no.",
    "bank id",
    "bank",
    "question id",
    "question",
    "response",
    "correct",
    "score",
    "time (ms)",
    "answered",
)


@dataclass(frozen=True, slots=True)
class _Row:
    attempt_id: int
    mode: str
    seed: int
    config_json: str
    started_at: str
    ended_at: str | None
    end_reason: str | None
    attempt_score: float | None
    answer_id: int | None
    bank_id: str | None
    bank_title: str | None
    question_id: str | None
    prompt: str | None
    tags_json: str | None
    response_json: str | None
    correct: int | None
    score: float | None
    time_ms: int | None
    answered_at: str | None
    content_hash: str | None


_ROWS = """
SELECT t.id, t.mode, t.seed, t.config_json, t.started_at, t.ended_at, t.end_reason, t.score,
       a.id, a.bank_id, coalesce(q.bank_title, b.title, a.bank_id), a.question_id, q.prompt,
       q.tags_json, a.response_json, a.correct, a.score, a.time_ms, a.answered_at, a.content_hash
FROM attempts AS t
LEFT JOIN answers AS a ON a.attempt_id = t.id
LEFT JOIN questions AS q
       ON q.bank_id = a.bank_id AND q.question_id = a.question_id
      AND q.content_hash = a.content_hash
LEFT JOIN banks AS b ON b.bank_id = a.bank_id
WHERE t.learner_id = ?
ORDER BY t.started_at, t.id, a.id
"""


def _rows(store: Store, learner: Learner) -> Iterator[_Row]:
    for row in store.connection.execute(_ROWS, (learner.id,)):
        yield _Row(*row)


def _banks(store: Store, learner: Learner) -> dict[int, list[BankUse]]:
    found: dict[int, list[BankUse]] = {}
    rows = store.connection.execute(
        "SELECT ab.attempt_id, ab.bank_id, ab.content_hash, ab.title FROM attempt_banks AS ab"
        " JOIN attempts AS t ON t.id = ab.attempt_id WHERE t.learner_id = ?"
        " ORDER BY ab.attempt_id, ab.bank_id",
        (learner.id,),
    )
    for attempt_id, bank_id, content_hash, title in rows:
        found.setdefault(attempt_id, []).append(BankUse(bank_id, content_hash, title))
    return found


def render_csv(store: Store, learners: Sequence[Learner], tz: tzinfo) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for learner in learners:
        banks = _banks(store, learner)
        number = 0
        previous = None
        for r in _rows(store, learner):
            number = number + 1 if previous == r.attempt_id else 1
            previous = r.attempt_id
            used = "; ".join(f"{b.title} ({b.bank_id})" for b in banks.get(r.attempt_id, []))
            answered = r.answer_id is not None
            writer.writerow(
                [
                    spreadsheet_cell(learner.name),
                    r.attempt_id,
                    r.mode,
                    _local(r.started_at, tz),
                    _local(r.ended_at, tz),
                    spreadsheet_cell(r.end_reason or ""),
                    "" if r.attempt_score is None else _number(r.attempt_score),
                    spreadsheet_cell(used),
                    number if answered else "",
                    spreadsheet_cell(r.bank_id or ""),
                    spreadsheet_cell(r.bank_title or ""),
                    spreadsheet_cell(r.question_id or ""),
                    spreadsheet_cell(r.prompt or ""),
                    spreadsheet_cell(
                        _response_text(json.loads(r.response_json)) if r.response_json else ""
                    ),
                    ("yes" if r.correct else "no") if answered else "",
                    "" if r.score is None else _number(r.score),
                    "" if r.time_ms is None else r.time_ms,
                    _local(r.answered_at, tz),
                ]
            )
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def render_json(store: Store, learners: Sequence[Learner], now: datetime) -> bytes:
    people = []
    for learner in learners:
        banks = _banks(store, learner)
        attempts: dict[int, dict[str, Any]] = {}
        for r in _rows(store, learner):
            attempt = attempts.get(r.attempt_id)
            if attempt is None:
                attempt = attempts[r.attempt_id] = {
                    "id": r.attempt_id,
                    "mode": r.mode,
                    "seed": r.seed,
                    "config": json.loads(r.config_json),
                    "banks": [
                        {"bank_id": b.bank_id, "title": b.title, "content_hash": b.content_hash}
                        for b in banks.get(r.attempt_id, [])
                    ],
                    "started_at": r.started_at,
                    "ended_at": r.ended_at,
                    "end_reason": r.end_reason,
                    "score": r.attempt_score,
                    "answers": [],
                }
            if r.answer_id is not None:
                attempt["answers"].append(
                    {
                        "bank_id": r.bank_id,
                        "bank_title": r.bank_title,
                        "question_id": r.question_id,
                        "prompt": r.prompt,
                        "tags": json.loads(r.tags_json or "[]"),
                        "response": json.loads(r.response_json or "null"),
                        "correct": bool(r.correct),
                        "score": r.score,
                        "time_ms": r.time_ms,
                        "answered_at": r.answered_at,
                        "content_hash": r.content_hash,
                    }
                )
        people.append(
            {
                "name": learner.name,
                "created_at": to_db_time(learner.created_at),
                "attempts": list(attempts.values()),
            }
        )
    document = {"exported_at": to_db_time(now), "learners": people}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _local(text: str | None, tz: tzinfo) -> str:
    return from_db_time(text).astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if text else ""


def _number(value: float) -> str:
    return f"{value:.4g}"


def _response_text(value: object) -> str:
    """A response as a teacher reads it: text as is, choices joined, pairs as "a → b"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, list):
        if value and all(isinstance(v, list) and len(v) == 2 for v in value):
            return "; ".join(f"{_response_text(a)} → {_response_text(b)}" for a, b in value)
        return "; ".join(_response_text(v) for v in value)
    return json.dumps(value, ensure_ascii=False)
