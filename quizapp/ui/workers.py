"""Work that must not freeze the window: loading banks and reading statistics, on a thread pool.

A `Job` runs a plain function on `QThreadPool` and reports back on the GUI thread through Qt's
queued signals. The function gets nothing from Qt; anything that touches SQLite opens its own
connection inside the function (connections never cross threads).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QFileSystemWatcher, QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger(__name__)


class Job(QObject):
    """One function run off the GUI thread; `done(result)` or `failed(exception)` follows."""

    done = Signal(object)
    failed = Signal(object)

    _running: ClassVar[set[Job]] = set()  # keeps each job alive until it has reported

    def __init__(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        super().__init__()
        self._fn = fn
        # Who the result is for: given, or the widget the callback is a method of. A result
        # that arrives after its owner was closed and deleted is dropped.
        self._owner = owner if owner is not None else _owner_of(on_done)
        # The job keeps the callbacks itself: PySide6 does not keep a plain function that is
        # connected to a signal alive, so a local callback would vanish before it is called.
        self._on_done = on_done
        self._on_failed = on_failed
        self.finished = False
        self.cancelled = threading.Event()  # the function may watch it; results are dropped
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)

    def start(self) -> Job:
        Job._running.add(self)
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def _run(self) -> None:
        try:
            result = self._fn()
        except Exception as e:  # reported on the GUI thread, which decides what to show
            log.exception("background job failed")
            self.failed.emit(e)
        else:
            self.done.emit(result)

    def cancel(self) -> None:
        """Nobody wants the result any more: it is dropped, and a function that watches
        `cancelled` stops early."""
        self.cancelled.set()

    def _deliver_done(self, result: object) -> None:
        self._forget()
        if self._on_done is not None and self._owner_alive() and not self.cancelled.is_set():
            self._on_done(result)

    def _deliver_failed(self, error: Exception) -> None:
        self._forget()
        if self._on_failed is not None and self._owner_alive() and not self.cancelled.is_set():
            self._on_failed(error)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _forget(self) -> None:
        self.finished = True
        Job._running.discard(self)


def finish_jobs(timeout_ms: int = 5000) -> bool:
    """At exit: cancel every job and wait up to `timeout_ms` for the pool to be idle (a job stuck
    on a dead network share is not waited for forever). True if everything finished."""
    for job in list(Job._running):
        job.cancel()
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def _owner_of(callback: Callable[..., None] | None) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def run_job(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[Exception], None] | None = None,
    *,
    owner: QObject | None = None,
) -> Job:
    """Run `fn` on the pool; `on_done(result)` / `on_failed(error)` run on the GUI thread,
    unless `owner` (by default the widget `on_done` is a method of) is gone by then. Pass
    `owner` when the callbacks are plain functions that touch a widget."""
    return Job(fn, on_done, on_failed, owner).start()


class FolderWatcher(QObject):
    """Notices saved, added or removed bank files and says so once things settle; a bank
    folder that does not exist yet is noticed when it is created.

    Editors save by writing a new file and renaming it over the old one, which drops the file
    from the watch list; every change therefore re-arms the watch on what is there now.
    """

    changed = Signal()

    def __init__(
        self, settle_ms: int = 300, parent: QObject | None = None, *, scan: Scan | None = None
    ) -> None:
        super().__init__(parent)
        self.scan: Scan = scan or watch_list
        self.scan_job: Job | None = None
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)

    def watch(self, folders: list[Path], files: list[Path]) -> None:
        """Watch exactly these folders (and their subfolders) and files. Finding the subfolders
        runs off the GUI thread (a dead network share can take minutes to answer)."""
        if self.scan_job is not None:
            self.scan_job.cancel()
        # At once, without looking at the disk: the folders and files themselves (a path that
        # is not there is simply not watched). The scan then adds subfolders and the parents of
        # folders not created yet.
        self._arm([str(p) for p in [*folders, *files]])
        scan = self.scan
        job = Job(lambda: scan(folders, files, job.cancelled), self._arm, None, self)
        self.scan_job = job.start()

    def _arm(self, wanted: list[str]) -> None:
        """Watch exactly `wanted`, leaving paths already watched alone (re-adding them would
        lose a change that happens meanwhile)."""
        current = set(self._watcher.directories() + self._watcher.files())
        gone, new = current - set(wanted), set(wanted) - current
        if gone:
            self._watcher.removePaths(sorted(gone))
        if new:
            self._watcher.addPaths(sorted(new))

    def stop(self) -> None:
        """Stop watching: nothing more is reported, even a change already noticed."""
        if self.scan_job is not None:
            self.scan_job.cancel()
        self._timer.stop()
        current = self._watcher.directories() + self._watcher.files()
        if current:
            self._watcher.removePaths(current)

    def _poke(self, _path: str) -> None:
        self._timer.start()


Scan = Callable[[list[Path], list[Path], threading.Event], list[str]]


def watch_list(folders: list[Path], files: list[Path], cancelled: threading.Event) -> list[str]:
    """What to watch: each bank folder and its subfolders (the nearest existing parent of one
    not created yet, to see it appear), and each file; stops early once `cancelled`."""
    wanted: list[str] = []
    for folder in folders:
        if cancelled.is_set():
            return []
        if folder.is_dir():
            wanted.append(str(folder))
            for p in folder.rglob("*"):
                if cancelled.is_set():
                    return []
                if p.is_dir() and ".git" not in p.parts:
                    wanted.append(str(p))
        else:
            parent = next((p for p in folder.parents if p.is_dir()), None)
            if parent is not None:
                wanted.append(str(parent))
    return wanted + [str(f) for f in files if f.exists()]
