"""A cache of checked banks, so a warm start never re-parses an unchanged file.

One file per bank file, named by a hash of its path. An entry is used only when its key
matches: the file's path, size and modification time, the same for its source text, and the
loader's version (which includes the Python version, since the payload uses `marshal`).
Each entry starts with a SHA-256 of its payload, checked before anything is decoded; an entry
that is corrupt, stale or unreadable is ignored and rebuilt, never trusted. Writing is best
effort: a read-only or full cache folder only makes loading slower.

Questions are stored as tuples in field order and decoded with `marshal`: a warm start of a
10,000-question library is dominated by building `Question`s, and positional tuples avoid the
JSON decode and the list-to-tuple copying that dicts would need.
"""

from __future__ import annotations

import importlib.util
import marshal
import sys
from pathlib import Path
from typing import Any

from quizapp.bank.model import (
    Bank,
    BankId,
    Difficulty,
    Image,
    Question,
    QuestionType,
    Source,
)
from quizapp.bank.problems import LoadResult, Problem, Severity, SkippedQuestion
from quizapp.files import read_bounded, write_atomic

FORMAT = 4  # 4: problems are codes with parameters, not sentences


def _yaml_identity() -> str:
    """Which PyYAML (and whether its libyaml binding) would parse, found without importing it:
    a warm start then never pays for loading the YAML parser. Reinstalling or upgrading PyYAML
    rewrites its package files, which changes this."""
    spec = importlib.util.find_spec("yaml")
    if spec is None or spec.origin is None:
        return "no-yaml"
    init = Path(spec.origin)
    try:
        st = init.stat()
        binding = any(init.parent.glob("_yaml*"))
    except OSError:
        return "unknown-yaml"
    return f"{st.st_size}-{st.st_mtime_ns}-{'c' if binding else 'py'}"


LOADER_VERSION = (
    f"quizapp-bank-7/pyyaml-{_yaml_identity()}/py{sys.version_info[0]}.{sys.version_info[1]}"
)
SUFFIX = ".bankcache"
MAX_ENTRY_BYTES = 512 * 1024 * 1024  # far above any real entry; a bigger file is not ours
_FIELDS = Question._fields
_TYPE_AT = _FIELDS.index("type")
_DIFFICULTY_AT = _FIELDS.index("difficulty")
_IMAGE_AT = _FIELDS.index("image")
_TYPES = {t.value: t for t in QuestionType}
_DIFFICULTIES = {d.value: d for d in Difficulty}


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of `data` in hex. hashlib is imported here, when the banks load (on a
    worker thread): it loads OpenSSL's libcrypto, ~11 M instructions the start's main thread
    would otherwise spend."""
    import hashlib

    return hashlib.sha256(data).hexdigest()


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
        return self.folder / (sha256_hex(str(path).encode())[:32] + SUFFIX)

    def get(self, path: Path, key: list[object]) -> LoadResult | None:
        """The cached result for this exact key, or None (missing, stale or corrupt)."""
        try:
            raw = read_bounded(self._entry(path), MAX_ENTRY_BYTES)
            digest, _, payload = raw.partition(b"\n")
            if sha256_hex(payload).encode() != digest:
                return None
            entry = marshal.loads(payload)
            if entry.get("format") != FORMAT or entry.get("key") != key:
                return None
            # a changed source text or image changes the checks, so it is part of the key too
            sources = entry["sources"]
            for source_key in sources:
                if _file_state(source_key[0]) != source_key:
                    return None
            result = _result_from_data(entry["result"])
            return result._replace(files=tuple(k[0] for k in sources)) if sources else result
        except (OSError, ValueError, EOFError, KeyError, TypeError, AttributeError, IndexError):
            return None

    def put(self, path: Path, key: list[object], result: LoadResult) -> None:
        sources = [_file_state(name) for name in result.files]
        entry = {
            "format": FORMAT,
            "key": key,
            "sources": sources,
            "result": _result_to_data(result),
        }
        payload = marshal.dumps(entry)
        digest = sha256_hex(payload).encode()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self._entry(path), digest + b"\n" + payload)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def _file_state(name: str) -> list[object]:
    """A file's key, or a key saying it is missing, so adding the file later is noticed."""
    return file_key(Path(name)) or [name, None, None]


def _question_to_data(q: Question) -> tuple[object, ...]:
    row: list[object] = [getattr(q, name) for name in _FIELDS]
    row[_TYPE_AT] = q.type.value
    row[_DIFFICULTY_AT] = q.difficulty.value if q.difficulty else None
    if q.image is not None:
        row[_IMAGE_AT] = tuple(getattr(q.image, name) for name in Image._fields)
    return tuple(row)


def _question_from_data(row: tuple[Any, ...]) -> Question:
    """A question from its cache form; the hot path of a warm start, so kept lean."""
    args = list(row)
    args[_TYPE_AT] = _TYPES[args[_TYPE_AT]]
    if args[_DIFFICULTY_AT] is not None:
        args[_DIFFICULTY_AT] = _DIFFICULTIES[args[_DIFFICULTY_AT]]
    if args[_IMAGE_AT] is not None:
        args[_IMAGE_AT] = Image(*args[_IMAGE_AT])
    return Question._make(args)


def _problem_to_data(p: Problem) -> list[object]:
    return [p.line, p.column, p.severity.value, p.code, dict(p.params), p.question_id]


def _problem_from_data(path: str, row: list[Any]) -> Problem:
    line, column, severity, code, params, question_id = row
    if not isinstance(code, str) or not isinstance(params, dict):
        raise TypeError("not a problem")
    return Problem(path, line, column, Severity(severity), code, params, question_id)


def _result_to_data(r: LoadResult) -> dict[str, Any]:
    bank = r.bank
    return {
        "path": r.path,
        "problems": [_problem_to_data(p) for p in r.problems],
        "skipped": [
            [s.question_id, s.line, [_problem_to_data(p) for p in s.reasons]] for s in r.skipped
        ],
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
            "questions": tuple(_question_to_data(q) for q in bank.questions),
        },
    }


def _result_from_data(d: dict[str, Any]) -> LoadResult:
    path = d["path"]
    problems = tuple(_problem_from_data(path, row) for row in d["problems"])
    skipped = tuple(
        SkippedQuestion(qid, line, tuple(_problem_from_data(path, row) for row in reasons))
        for qid, line, reasons in d["skipped"]
    )
    b = d["bank"]
    bank = None
    if b is not None:
        bank = Bank(
            id=BankId(b["id"]),
            title=b["title"],
            path=b["path"],
            content_hash=b["content_hash"],
            questions=tuple(map(_question_from_data, b["questions"])),
            description=b["description"],
            language=b["language"],
            source=None if b["source"] is None else Source(*b["source"]),
            default_time_limit=b["default_time_limit"],
            default_points=b["default_points"],
        )
    return LoadResult(path, bank, problems, skipped)
