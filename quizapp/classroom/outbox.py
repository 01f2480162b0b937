"""The local outbox: every result is kept on this machine first, then delivered to the results
folder, and leaves the outbox only once it is there.

    <data>/outbox/<name>.result.json             waiting to be delivered
    <data>/outbox/delivered/<name>.result.json   delivered (kept: this machine's own copy)

The results folder may be a USB stick that was pulled out, a network share that went away, a
folder that was renamed or replaced by a file, or one we may not write to: none of that ever
raises to the caller. `put` and `deliver_pending` return a `Delivery` saying what went where and,
in plain words, why anything is still waiting; `pending()` lists it for the teacher. If even the
local outbox cannot be written, the result is kept in memory and retried with the others.

One `Outbox` per data folder. The GUI delivers from a worker thread while a learner's result
is kept from the GUI thread: `keep` and `pending` touch only this machine's outbox and never
wait for a delivery (a dead results folder may hold one for minutes); a lock keeps deliveries
one at a time. `check_folder` (whether the results folder can take files) can be replaced in
tests by one that blocks.

A `Forwarder` (the LRS sender, `quizapp.lrs`) is handed every result the outbox keeps, to keep
for its own destination; its problems are reported with the folder's.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from quizapp import files
from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.files import sync_folder, write_atomic
from quizapp.classroom.results import MAX_FILE_BYTES, AttemptResult, read_result, result_files
from quizapp.words import Notice

log = logging.getLogger(__name__)

OUTBOX = "outbox"
DELIVERED = "delivered"


@dataclass(frozen=True, slots=True)
class Waiting:
    """A result not delivered yet, as the teacher sees it listed."""

    file_name: str
    learner: str
    preset_title: str
    ended_at: datetime | None  # None: the file cannot be read
    interrupted: bool
    results_folder: str
    only_in_memory: bool = False  # not even the local outbox could be written


@dataclass(frozen=True, slots=True)
class Delivery:
    """What a delivery round did: file names delivered now, what still waits, and why."""

    delivered: tuple[str, ...]
    waiting: tuple[Waiting, ...]
    problems: tuple[Notice, ...] = ()  # codes; `words.results_waiting` makes the message

    @property
    def complete(self) -> bool:
        return not self.waiting


class Forwarder(Protocol):
    """Another destination for every kept result. `keep` must be quick and local (the quiz
    waits for it); `problems` says in plain words why anything waits there."""

    def keep(self, result: AttemptResult) -> None: ...

    def problems(self) -> tuple[Notice, ...]: ...

    def close(self) -> None: ...


class Outbox:
    """This machine's outbox, in `<data_dir>/outbox/`."""

    def __init__(self, data_dir: Path, forwarders: Sequence[Forwarder] = ()) -> None:
        self.folder = data_dir / OUTBOX
        self.delivered_folder = self.folder / DELIVERED
        self._in_memory: dict[str, AttemptResult] = {}
        self.forwarders = tuple(forwarders)
        self._lock = threading.RLock()  # one delivery at a time
        self.check_folder: Callable[[Path], Notice | None] = _unreachable

    # -- for the session and the teacher -------------------------------------------------------

    def put(self, result: AttemptResult) -> Delivery:
        """Keep `result` locally, then try to deliver everything waiting. Never raises."""
        self.keep(result)
        return self.deliver_pending()

    def keep(self, result: AttemptResult) -> Delivery:
        """Keep `result` on this machine only (quick: the results folder is not touched; a
        `deliver_pending` later takes it there). Never raises; says what waits now."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / result.file_name, result.to_bytes())
            self._in_memory.pop(result.file_name, None)
        except OSError as exc:
            log.warning("cannot write %s to the outbox: %s", result.file_name, exc)
            self._in_memory[result.file_name] = result
        for forwarder in self.forwarders:
            try:
                forwarder.keep(result)
            except Exception:  # another destination's failure never costs the results folder
                log.exception("cannot hand %s on", result.file_name)
        return Delivery((), self.pending())

    def deliver_pending(self) -> Delivery:
        """Try to deliver every waiting result (call it again later: nothing is lost)."""
        with self._lock:
            return self._deliver_pending()

    def _deliver_pending(self) -> Delivery:
        delivered: list[str] = []
        problems: list[Notice] = []  # each once, in order
        for name, result in list(self._in_memory.items()):
            problem = self._retry_in_memory(result)
            if problem is None:
                delivered.append(name)
            else:
                problems.append(problem)
        for path in self._waiting_files():
            try:
                result = read_result(path)
            except ResultFileError as exc:
                problems.append(_unreadable(path, exc))
                continue
            problem = self._deliver(path, result)
            if problem is None:
                delivered.append(path.name)
            else:
                problems.append(problem)
        for forwarder in self.forwarders:
            problems += forwarder.problems()
        once = [n for i, n in enumerate(problems) if n not in problems[:i]]
        return Delivery(tuple(delivered), self.pending(), tuple(once))

    def close(self) -> None:
        """Stop the forwarders (what they have not delivered stays kept on this machine)."""
        for forwarder in self.forwarders:
            forwarder.close()

    def pending(self) -> tuple[Waiting, ...]:
        """Every result still waiting on this machine, oldest first (local files only: it never
        waits for a delivery under way)."""
        waiting = [_waiting(r, only_in_memory=True) for r in list(self._in_memory.values())]
        for path in self._waiting_files():
            try:
                waiting.append(_waiting(read_result(path)))
            except ResultFileError:
                if not path.exists():
                    continue  # delivered and moved away while we looked
                waiting.append(Waiting(path.name, "(cannot be read)", "", None, False, ""))
        return tuple(sorted(waiting, key=lambda w: w.file_name))

    def local_results(self, prefix: str = "") -> Iterator[AttemptResult]:
        """Every result this machine wrote — waiting, in memory, or delivered — whose file name
        starts with `prefix` (for attempt counts). Files that cannot be read are skipped."""
        yield from (r for name, r in list(self._in_memory.items()) if name.startswith(prefix))
        for folder in (self.folder, self.delivered_folder):
            for path in result_files(folder):
                if not path.name.startswith(prefix):
                    continue
                try:
                    yield read_result(path)
                except ResultFileError:
                    continue

    # -- inside --------------------------------------------------------------------------------

    def _waiting_files(self) -> list[Path]:
        return result_files(self.folder)

    def _deliver(self, path: Path, result: AttemptResult) -> Notice | None:
        """Copy one waiting file into its results folder atomically, then move it to
        `delivered/`. Returns the problem as a code, or None."""
        target = Path(result.results_folder)
        problem = self.check_folder(target)
        if problem is not None:
            return problem
        try:
            data = files.read_bounded(path, MAX_FILE_BYTES)
            dest = target / path.name
            if not _same_bytes(dest, data):
                write_atomic(dest, data)
        except OSError as exc:
            return _why(target, exc)
        try:
            self.delivered_folder.mkdir(exist_ok=True)
            os.replace(path, self.delivered_folder / path.name)
            sync_folder(self.folder)
        except OSError as exc:  # delivered; it is sent again (same name, same bytes) next time
            log.warning("delivered %s but cannot move it out of the outbox: %s", path.name, exc)
        return None

    def _retry_in_memory(self, result: AttemptResult) -> Notice | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self.folder / result.file_name, result.to_bytes())
        except OSError as local:
            target = Path(result.results_folder)  # the outbox is refused: straight to the folder
            problem = self.check_folder(target)
            if problem is not None:
                return Notice(
                    "outbox_refused_too",
                    {
                        "first": problem,
                        "outbox": str(self.folder),
                        "reason": files.os_reason(local),
                        "detail": files.os_detail(local),
                    },
                )
            try:
                write_atomic(target / result.file_name, result.to_bytes())
            except OSError as exc:
                return _why(target, exc)
        self._in_memory.pop(result.file_name, None)
        return self._deliver_one_named(result.file_name)

    def _deliver_one_named(self, name: str) -> Notice | None:
        path = self.folder / name
        if not path.exists():
            return None  # delivered straight to the results folder
        try:
            return self._deliver(path, read_result(path))
        except ResultFileError as exc:
            return _unreadable(path, exc)


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and files.read_bounded(path, len(data)) == data
    except OSError:
        return False


def _unreadable(path: Path, exc: ResultFileError) -> Notice:
    return Notice("waiting_unreadable", {"path": str(path), "detail": exc.message})


def _unreachable(target: Path) -> Notice | None:
    """Why the results folder cannot take files right now, or None if it looks fine.

    The folder is never created: an unplugged stick often leaves its empty mount point behind,
    and results written there would vanish under the stick when it is plugged in again."""
    try:
        if target.is_dir():
            return None
        if target.exists():
            return Notice("results_folder_not_folder", {"folder": str(target)})
    except OSError as exc:
        return _why(target, exc)
    return Notice("results_folder_missing", {"folder": str(target)})


def _why(target: Path, exc: OSError) -> Notice:
    reason = files.os_reason(exc)
    if reason in {"not_found", "not_folder"}:
        return Notice("results_folder_gone", {"folder": str(target)})
    params = {"folder": str(target), "reason": reason, "detail": files.os_detail(exc)}
    return Notice("results_folder_refused", params)


def _waiting(result: AttemptResult, only_in_memory: bool = False) -> Waiting:
    return Waiting(
        file_name=result.file_name,
        learner=result.learner,
        preset_title=result.preset.title,
        ended_at=result.ended_at,
        interrupted=result.interrupted,
        results_folder=result.results_folder,
        only_in_memory=only_in_memory,
    )
