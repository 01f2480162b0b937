"""One self-contained results file per classroom attempt, for the teacher to collect.

A file holds everything the class report needs without the banks or the progress store: the
learner, the machine, the preset (title, path, content hash), the banks (ids, files, content
hashes), the quiz's seed and mode, start and end, why it ended and whether it was interrupted,
the extra-time factor, and every question with the learner's answer, score, time, and the bank
file and line it came from. `attempt_id` (a UUID) makes copies of the same attempt detectable;
a `checksum` over the content makes a damaged copy (a flipped bit on a stick) detectable.

The file name is unique across machines and attempts — preset, learner, machine, start time
and attempt id — and stays the same for the life of an attempt, so a finished attempt replaces
the "interrupted" file written for it earlier.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizapp import __version__
from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.files import slug, write_atomic
from quizapp.files import FileRefused, read_bounded
from quizapp.words import Notice, error_words, notice

FORMAT = "quizapp-classroom-result"
VERSION = 1
SUFFIX = ".result.json"
MAX_FILE_BYTES = 16 * 1024 * 1024  # far above any real attempt; refuses a runaway file

INTERRUPTED = "interrupted"  # the finish reason of an attempt that never ended (crash, kill)


@dataclass(frozen=True, slots=True)
class PresetInfo:
    id: str
    title: str
    path: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class BankInfo:
    id: str
    title: str
    path: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class ItemResult:
    """One question of the attempt: the answer given (if any) and where the question lives."""

    bank_id: str
    question_id: str
    prompt: str
    question_type: str
    bank_file: str
    line: int
    points_possible: float
    answered: bool = False
    response: Any = None  # the engine's JSON form of the response
    response_text: str = ""
    score: float = 0.0  # 0..1
    points_earned: float = 0.0
    correct: bool = False
    time_ms: int = 0
    timed_out: bool = False
    answered_at: str | None = None


@dataclass(frozen=True, slots=True)
class AttemptResult:
    """One attempt as the teacher collects it. `items` are every question of the quiz in the
    order asked; `answers` those that were answered."""

    attempt_id: str
    learner: str
    learner_key: str  # the name casefolded: the same learner on every machine
    machine: str
    preset: PresetInfo
    banks: tuple[BankInfo, ...]
    mode: str
    seed: int
    started_at: datetime
    ended_at: datetime
    finish_reason: str  # completed | time_up | abandoned | interrupted
    interrupted: bool
    extra_time: float
    extra_time_applied: bool
    time_used_ms: int
    items: tuple[ItemResult, ...]
    written_at: datetime
    results_folder: str = ""  # where the outbox delivers it
    app_version: str = field(default=__version__)

    @property
    def answers(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.answered)

    @property
    def points_earned(self) -> float:
        return sum(i.points_earned for i in self.items)

    @property
    def points_possible(self) -> float:
        return sum(i.points_possible for i in self.items)

    @property
    def score(self) -> float:
        """Points earned over points possible, 0..1 (0 for a quiz worth no points)."""
        possible = self.points_possible
        return self.points_earned / possible if possible else 0.0

    @property
    def correct_count(self) -> int:
        return sum(1 for i in self.items if i.correct)

    @property
    def file_name(self) -> str:
        when = self.started_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        parts = (
            slug(self.preset.id, "preset", 40),
            slug(self.learner, "learner"),
            slug(self.machine, "machine"),
            when,
            slug(self.attempt_id, "attempt", 32),
        )
        return "_".join(parts) + SUFFIX

    def to_json(self) -> dict[str, Any]:
        body = _body(self)
        return {**body, "checksum": _checksum(body)}

    def to_bytes(self) -> bytes:
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1, allow_nan=False)
        return (text + "\n").encode("utf-8")


def write_result(folder: Path, result: AttemptResult) -> Path:
    """Write `result` into `folder` under its own name, atomically. Raises `OSError`."""
    path = folder / result.file_name
    write_atomic(path, result.to_bytes())
    return path


def result_files(folder: Path) -> list[Path]:
    """The results files directly in `folder`, by name (none if it cannot be listed)."""
    try:
        return sorted(
            p
            for p in folder.iterdir()
            if p.name.endswith(SUFFIX) and not p.name.startswith(".") and p.is_file()
        )
    except OSError:
        return []


def read_result(path: Path) -> AttemptResult:
    """Read a results file; `ResultFileError` says in plain words why it cannot be used."""
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except OSError as exc:
        if isinstance(exc, FileRefused) and exc.reason == "too_big":
            raise _unusable("result_too_big", mb=MAX_FILE_BYTES // 1024 // 1024) from None
        raise _unusable("result_unreadable", why=error_words(exc)) from None
    except ValueError:  # a NUL in the name
        raise _unusable("result_bad_name") from None
    return result_from_bytes(data)


def result_from_bytes(data: bytes) -> AttemptResult:
    """A result from a file's bytes. Anything a hostile or damaged file can hold (nesting
    deep enough to exhaust the stack, text that is not Unicode, numbers past any float) is a
    `ResultFileError`, so one bad file is listed and never stops a report."""
    try:
        document = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise _unusable("result_not_utf8") from None
    except RecursionError:
        raise _unusable("result_too_deep") from None
    except json.JSONDecodeError as exc:
        raise _unusable("result_not_json", line=exc.lineno, column=exc.colno) from None
    except ValueError:  # NaN or Infinity (`_no_constant`)
        raise _unusable("result_not_a_number") from None
    try:
        return result_from_json(document)
    except RecursionError:
        raise _unusable("result_too_deep") from None
    except UnicodeError:
        raise _unusable("result_bad_unicode") from None
    except OverflowError:
        raise _unusable("result_huge_number") from None


def _no_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a result can hold")


def result_from_json(document: object) -> AttemptResult:
    if not isinstance(document, dict):
        raise _unusable("result_not_object")
    d: Mapping[str, Any] = document
    if d.get("format") != FORMAT:
        raise _unusable("result_not_result")
    version = d.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise _unusable("result_newer", version=repr(version))
    body = {k: v for k, v in d.items() if k != "checksum"}
    try:
        checksum = _checksum(body)
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800") that UTF-8 cannot hold
        raise _unusable("result_bad_unicode") from None
    if d.get("checksum") != checksum:
        raise _unusable("result_checksum")
    try:
        return _from_body(d)
    except _Damaged as exc:
        raise _unusable("result_damaged", **exc.params) from None
    except KeyError as exc:
        raise _unusable("result_damaged", problem="missing", field=str(exc.args[0])) from None
    except (TypeError, ValueError):
        raise _unusable("result_damaged", problem="other", field="") from None


class _Damaged(Exception):
    """What is wrong in a result's content: a `problem` code (`quizapp.words`, context
    results) about a `field`, named by its JSON key."""

    def __init__(self, problem: str, field: str, **more: object) -> None:
        super().__init__(problem, field)
        self.params = {"problem": problem, "field": field, **more}


def _unusable(code: str, **params: object) -> ResultFileError:
    """Why a results file cannot be used: a reason code, worded by `quizapp.words` (in the
    language installed: the report and the commands show the message as it is)."""
    return ResultFileError(notice(Notice(code, params)))


# -- the JSON form -----------------------------------------------------------------------------


def _time(when: datetime) -> str:
    return when.astimezone(UTC).isoformat()


def _body(r: AttemptResult) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "attempt_id": r.attempt_id,
        "learner": {"name": r.learner, "key": r.learner_key},
        "machine": r.machine,
        "preset": {
            "id": r.preset.id,
            "title": r.preset.title,
            "path": r.preset.path,
            "content_hash": r.preset.content_hash,
        },
        "banks": [
            {"id": b.id, "title": b.title, "path": b.path, "content_hash": b.content_hash}
            for b in r.banks
        ],
        "mode": r.mode,
        "seed": r.seed,
        "started_at": _time(r.started_at),
        "ended_at": _time(r.ended_at),
        "finish_reason": r.finish_reason,
        "interrupted": r.interrupted,
        "extra_time": r.extra_time,
        "extra_time_applied": r.extra_time_applied,
        "time_used_ms": r.time_used_ms,
        "totals": {
            "questions": len(r.items),
            "answered": len(r.answers),
            "correct": r.correct_count,
            "points_earned": r.points_earned,
            "points_possible": r.points_possible,
            "score": r.score,
        },
        "answers": [_item_json(i) for i in r.items if i.answered],
        "unanswered": [_item_json(i) for i in r.items if not i.answered],
        "order": [f"{i.bank_id}/{i.question_id}" for i in r.items],
        "written_at": _time(r.written_at),
        "results_folder": r.results_folder,
        "app_version": r.app_version,
    }


def _item_json(i: ItemResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "bank_id": i.bank_id,
        "question_id": i.question_id,
        "prompt": i.prompt,
        "type": i.question_type,
        "bank_file": i.bank_file,
        "line": i.line,
        "points_possible": i.points_possible,
    }
    if i.answered:
        out |= {
            "response": i.response,
            "response_text": i.response_text,
            "score": i.score,
            "points_earned": i.points_earned,
            "correct": i.correct,
            "time_ms": i.time_ms,
            "timed_out": i.timed_out,
            "answered_at": i.answered_at,
        }
    return out


def _checksum(body: Mapping[str, Any]) -> str:
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _mapping(value: object, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _Damaged("object", what)
    return value


def _list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise _Damaged("list", what)
    return value


def _str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise _Damaged("text", what)
    return value


_LARGEST = 1e12  # above any real count of points, milliseconds or seed; keeps sums finite


def _num(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Damaged("number", what)
    if not -_LARGEST <= value <= _LARGEST:  # compares huge ints too, without converting them
        raise _Damaged("range", what)
    return float(value)


def _int(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Damaged("whole", what)
    if not -(2**63) <= value < 2**63:
        raise _Damaged("range", what)
    return value


def _bool(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise _Damaged("boolean", what)
    return value


def _when(value: object, what: str) -> datetime:
    try:
        when = datetime.fromisoformat(_str(value, what))
    except ValueError:
        raise _Damaged("date", what) from None
    if when.tzinfo is None:
        raise _Damaged("no_zone", what)
    return when


def _item(d: Mapping[str, Any], answered: bool) -> ItemResult:
    where = (
        _str(d["bank_id"], "bank_id"),
        _str(d["question_id"], "question_id"),
        _str(d["prompt"], "prompt"),
        _str(d["type"], "type"),
        _str(d["bank_file"], "bank_file"),
        _int(d["line"], "line"),
        _num(d["points_possible"], "points_possible"),
    )
    if not answered:
        return ItemResult(*where)
    score = _num(d["score"], "score")
    if not 0.0 <= score <= 1.0:
        raise _Damaged("score", "score", value=score)
    at = d.get("answered_at")
    return ItemResult(
        *where,
        answered=True,
        response=d.get("response"),
        response_text=_str(d["response_text"], "response_text"),
        score=score,
        points_earned=_num(d["points_earned"], "points_earned"),
        correct=_bool(d["correct"], "correct"),
        time_ms=_int(d["time_ms"], "time_ms"),
        timed_out=_bool(d["timed_out"], "timed_out"),
        answered_at=None if at is None else _str(at, "answered_at"),
    )


def _from_body(d: Mapping[str, Any]) -> AttemptResult:
    learner = _mapping(d["learner"], "learner")
    preset = _mapping(d["preset"], "preset")
    answered = [_item(_mapping(x, "answers"), True) for x in _list(d["answers"], "answers")]
    unanswered = [
        _item(_mapping(x, "unanswered"), False) for x in _list(d["unanswered"], "unanswered")
    ]
    by_ref = {f"{i.bank_id}/{i.question_id}": i for i in answered + unanswered}
    order = [_str(x, "order") for x in _list(d["order"], "order")]
    if sorted(order) != sorted(by_ref) or len(by_ref) != len(answered) + len(unanswered):
        raise _Damaged("order", "order")
    attempt_id = _str(d["attempt_id"], "attempt_id")
    if not attempt_id.strip():
        raise _Damaged("empty", "attempt_id")
    return AttemptResult(
        attempt_id=attempt_id,
        learner=_str(learner["name"], "learner.name"),
        learner_key=_str(learner["key"], "learner.key"),
        machine=_str(d["machine"], "machine"),
        preset=PresetInfo(
            id=_str(preset["id"], "preset.id"),
            title=_str(preset["title"], "preset.title"),
            path=_str(preset["path"], "preset.path"),
            content_hash=_str(preset["content_hash"], "preset.content_hash"),
        ),
        banks=tuple(
            BankInfo(
                id=_str(b["id"], "banks.id"),
                title=_str(b["title"], "banks.title"),
                path=_str(b["path"], "banks.path"),
                content_hash=_str(b["content_hash"], "banks.content_hash"),
            )
            for b in (_mapping(x, "banks") for x in _list(d["banks"], "banks"))
        ),
        mode=_str(d["mode"], "mode"),
        seed=_int(d["seed"], "seed"),
        started_at=_when(d["started_at"], "started_at"),
        ended_at=_when(d["ended_at"], "ended_at"),
        finish_reason=_str(d["finish_reason"], "finish_reason"),
        interrupted=_bool(d["interrupted"], "interrupted"),
        extra_time=_num(d["extra_time"], "extra_time"),
        extra_time_applied=_bool(d["extra_time_applied"], "extra_time_applied"),
        time_used_ms=_int(d["time_used_ms"], "time_used_ms"),
        items=tuple(by_ref[r] for r in order),
        written_at=_when(d["written_at"], "written_at"),
        results_folder=_str(d.get("results_folder", ""), "results_folder"),
        app_version=_str(d.get("app_version", ""), "app_version"),
    )
