"""A cache of checked banks, so a warm start never re-parses an unchanged file.

One JSON file per bank file, named by a hash of its path. An entry is used only when its key
matches: the file's path, size and modification time, the same for its source text, and the
loader's version. Each entry carries a checksum of its payload; an entry that is corrupt,
stale or unreadable is ignored and rebuilt, never trusted. Writing is best effort: a read-only
or full cache folder only makes loading slower.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from quizapp.bank.model import (
    Bank,
    BankId,
    Difficulty,
    Question,
    QuestionId,
    QuestionType,
    Source,
)
from quizapp.bank.problems import LoadResult, Problem, Severity, SkippedQuestion
from quizapp.bank.yamlnodes import USING_LIBYAML

FORMAT = 1
LOADER_VERSION = f"quizapp-bank-3/pyyaml-{yaml.__version__}/{'c' if USING_LIBYAML else 'py'}"
_TUPLES = ("choices", "correct_choices", "accepted", "items", "tags")


def file_key(path: Path) -> list[object] | None:
    """What identifies a version of a file without reading it; None if it cannot be stat'ed."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [str(path), st.st_size, st.st_mtime_ns]


class BankCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _entry(self, path: Path) -> Path:
        return self.folder / (hashlib.sha256(str(path).encode()).hexdigest()[:32] + ".json")

    def get(self, path: Path, key: list[object]) -> LoadResult | None:
        """The cached result for this exact key, or None (missing, stale or corrupt)."""
        try:
            raw = self._entry(path).read_bytes()
            digest, _, payload = raw.partition(b"\n")
            if hashlib.sha256(payload).hexdigest().encode() != digest:
                return None
            entry = json.loads(payload)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                return None
            # a changed source text changes the quote checks, so it is part of the key too
            for source_key in entry.get("sources", []):
                if file_key(Path(source_key[0])) != source_key:
                    return None
            return _result_from_json(entry["result"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, path: Path, key: list[object], result: LoadResult) -> None:
        sources: list[list[object]] = []
        if result.bank and result.bank.source and result.bank.source.file:
            source_key = file_key(Path(result.bank.source.file))
            if source_key is not None:
                sources.append(source_key)
        entry = {
            "format": FORMAT,
            "key": key,
            "sources": sources,
            "result": _result_to_json(result),
        }
        payload = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()
        digest = hashlib.sha256(payload).hexdigest().encode()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(digest + b"\n" + payload)
                os.replace(tmp, self._entry(path))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a cache that cannot be written only costs speed


_OPTIONAL_FIELDS = tuple(
    (name, Question.__dataclass_fields__[name].default)
    for name in Question.__slots__
    if name not in ("id", "type", "prompt", "line")
)


def _question_to_json(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "type": q.type.value, "prompt": q.prompt, "line": q.line}
    for name, default in _OPTIONAL_FIELDS:
        value = getattr(q, name)
        if value != default:
            out[name] = value.value if isinstance(value, Difficulty) else value
    return out


def _question_from_json(d: dict[str, Any]) -> Question:
    for name in _TUPLES:
        if name in d:
            d[name] = tuple(d[name])
    if "pairs" in d:
        d["pairs"] = tuple((left, right) for left, right in d["pairs"])
    d["type"] = QuestionType(d["type"])
    d["id"] = QuestionId(d["id"])
    if "difficulty" in d:
        d["difficulty"] = Difficulty(d["difficulty"])
    return Question(**d)


def _result_to_json(r: LoadResult) -> dict[str, Any]:
    bank = r.bank
    return {
        "path": r.path,
        "problems": [
            [p.line, p.column, p.severity.value, p.message, p.question_id] for p in r.problems
        ],
        "skipped": [[s.question_id, s.line, list(s.reasons)] for s in r.skipped],
        "bank": None
        if bank is None
        else {
            "id": bank.id,
            "title": bank.title,
            "path": bank.path,
            "content_hash": bank.content_hash,
            "description": bank.description,
            "language": bank.language,
            "source": None
            if bank.source is None
            else [bank.source.title, bank.source.file, bank.source.license, bank.source.url],
            "default_time_limit": bank.default_time_limit,
            "default_points": bank.default_points,
            "questions": [_question_to_json(q) for q in bank.questions],
        },
    }


def _result_from_json(d: dict[str, Any]) -> LoadResult:
    path = d["path"]
    problems = tuple(
        Problem(path, line, col, Severity(sev), msg, qid)
        for line, col, sev, msg, qid in d["problems"]
    )
    skipped = tuple(
        SkippedQuestion(qid, line, tuple(reasons)) for qid, line, reasons in d["skipped"]
    )
    b = d["bank"]
    bank = None
    if b is not None:
        bank = Bank(
            id=BankId(b["id"]),
            title=b["title"],
            path=b["path"],
            content_hash=b["content_hash"],
            questions=tuple(_question_from_json(q) for q in b["questions"]),
            description=b["description"],
            language=b["language"],
            source=None if b["source"] is None else Source(*b["source"]),
            default_time_limit=b["default_time_limit"],
            default_points=b["default_points"],
        )
    return LoadResult(path, bank, problems, skipped)
