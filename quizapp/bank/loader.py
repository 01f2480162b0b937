"""Finding and loading banks: one file, or every bank on the search path.

A file that cannot be read or parsed is reported and the others still load; two banks with the
same id: the first on the search path wins and the other gets a warning.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from quizapp.bank.cache import LOADER_VERSION, BankCache, file_key, sha256_hex
from quizapp.bank.model import Bank
from quizapp.bank.problems import LoadResult, Problem, Severity
from quizapp.files import FileRefused, os_detail, os_reason, read_bounded, read_text_bounded

if TYPE_CHECKING:
    from quizapp.bank.sourcetext import SourceText

BANK_SUFFIXES = (".yaml", ".yml")
NOT_BANKS = (".preset.yaml", ".preset.yml")  # classroom presets (quizapp.classroom) live alongside


class Library(NamedTuple):
    """Every bank found on the search path, and what went wrong with the others."""

    results: tuple[LoadResult, ...]
    banks: tuple[Bank, ...]
    problems: tuple[Problem, ...]  # about the search itself: duplicate ids, unreadable folders

    def bank(self, bank_id: str) -> Bank | None:
        return next((b for b in self.banks if b.id == bank_id), None)

    def result_for(self, bank_id: str) -> LoadResult | None:
        return next((r for r in self.results if r.bank and r.bank.id == bank_id), None)


MAX_SOURCE_BYTES = 32 * 1024 * 1024  # a source text is an article or a book chapter


class _SourceReader:
    """Reads each source text once per load, however many banks share it."""

    def __init__(self) -> None:
        self._texts: dict[Path, SourceText] = {}

    def __call__(self, path: Path) -> SourceText:
        if path not in self._texts:
            from quizapp.bank.sourcetext import SourceText  # a cold load's quote checks only

            self._texts[path] = SourceText.from_text(read_text_bounded(path, MAX_SOURCE_BYTES))
        return self._texts[path]


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while building node trees, or a draft (`quizapp.draft`).

    Parsing allocates hundreds of thousands of short-lived objects with no reference cycles;
    the collector's passes over them cost about a fifth of a cold load and free nothing.
    Restored as found, so nested or parallel uses leave it on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_file(
    path: str | Path,
    cache_dir: Path | None = None,
    *,
    _reader: _SourceReader | None = None,
) -> LoadResult:
    """Check and load one bank file, from the cache when the file has not changed."""
    with no_cycle_collection():
        return _load_file(path, cache_dir, _reader)


def _load_file(
    path: str | Path, cache_dir: Path | None, _reader: _SourceReader | None
) -> LoadResult:
    full = Path(path).absolute()
    shown = str(path)
    cache = BankCache(cache_dir) if cache_dir is not None else None
    key = file_key(full)
    if cache is not None and key is not None:
        key = [*key, LOADER_VERSION]
        cached = cache.get(full, key)
        if cached is not None and cached.path == shown:
            return cached
    from quizapp.bank.checker import MAX_BYTES, check_bytes  # the YAML parser loads when needed

    try:
        data = read_bounded(full, MAX_BYTES)
    except OSError as exc:
        if isinstance(exc, FileRefused) and exc.reason == "too_big":
            problem = Problem(shown, 1, 1, Severity.ERROR, "bank_over_limit", {"limit": MAX_BYTES})
        else:
            problem = _unreadable(shown, exc)
        return LoadResult(shown, None, (problem,))

    digest = sha256_hex(data)
    result = check_bytes(data, shown, _reader or _SourceReader(), digest)
    if cache is not None and key is not None:
        cache.put(full, key, result)
    return result


def _unreadable(path: str, exc: BaseException) -> Problem:
    why = {"reason": os_reason(exc), "detail": os_detail(exc)}
    return Problem(path, 1, 1, Severity.ERROR, "file_cannot_be_read", why)


def find_bank_files(folders: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Bank files in each folder (and its subfolders), folder by folder in search-path order."""
    files: list[Path] = []
    problems: list[Problem] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            found = sorted(
                p
                for p in folder.rglob("*")
                if p.suffix.lower() in BANK_SUFFIXES
                and not p.name.lower().endswith(NOT_BANKS)
                and not p.is_dir()  # a FIFO or device is reported, not silently skipped
                and not any(part.startswith(".") for part in p.relative_to(folder).parts)
            )
        except OSError as exc:
            why = {"reason": os_reason(exc), "detail": os_detail(exc)}
            problems.append(Problem(str(folder), 1, 1, Severity.ERROR, "folder_unlistable", why))
            continue
        files.extend(found)
    return files, problems


def load_library(folders: Sequence[Path], cache_dir: Path | None = None) -> Library:
    """Load every bank on the search path (see `quizapp.paths`)."""
    files, problems = find_bank_files(folders)
    return load_files(files, cache_dir, problems)


def load_files(
    files: Iterable[Path], cache_dir: Path | None = None, problems: list[Problem] | None = None
) -> Library:
    problems = list(problems or [])
    reader = _SourceReader()
    results: list[LoadResult] = []
    banks: list[Bank] = []
    owners: dict[str, str] = {}
    seen_files: set[Path] = set()
    for path in files:
        try:
            real = path.resolve()
            if real in seen_files:
                continue
            seen_files.add(real)
            result = load_file(path, cache_dir, _reader=reader)
        except (OSError, ValueError) as exc:  # one bad file never hides the other banks
            result = LoadResult(str(path), None, (_unreadable(str(path), exc),))
        results.append(result)
        if result.bank is None:
            continue
        first = owners.get(result.bank.id)
        if first is not None:
            problems.append(
                Problem(
                    str(path),
                    1,
                    1,
                    Severity.WARNING,
                    "bank_id_taken",
                    {"id": result.bank.id, "first": first},
                )
            )
            continue
        owners[result.bank.id] = str(path)
        banks.append(result.bank)
    return Library(tuple(results), tuple(banks), tuple(problems))
