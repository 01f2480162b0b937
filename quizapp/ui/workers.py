"""Work that must not freeze the window: loading banks and reading statistics, on a thread pool.

A `Job` runs a plain function on `QThreadPool` and reports back on the GUI thread through Qt's
queued signals. The function gets nothing from Qt; anything that touches SQLite opens its own
connection inside the function (connections never cross threads).
"""

from __future__ import annotations

import logging
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

    def _deliver_done(self, result: object) -> None:
        self._forget()
        if self._on_done is not None and self._owner_alive():
            self._on_done(result)

    def _deliver_failed(self, error: Exception) -> None:
        self._forget()
        if self._on_failed is not None and self._owner_alive():
            self._on_failed(error)

    def _owner_alive(self) -> bool:
        return self._owner is None or shiboken6.isValid(self._owner)

    def _forget(self) -> None:
        self.finished = True
        Job._running.discard(self)


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

    def __init__(self, settle_ms: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self.changed)
        self._watcher.directoryChanged.connect(self._poke)
        self._watcher.fileChanged.connect(self._poke)

    def watch(self, folders: list[Path], files: list[Path]) -> None:
        """Watch exactly these folders (and their subfolders) and files."""
        current = self._watcher.directories() + self._watcher.files()
        if current:
            self._watcher.removePaths(current)
        wanted: list[str] = []
        for folder in folders:
            if folder.is_dir():
                wanted.append(str(folder))
                wanted += [
                    str(p) for p in folder.rglob("*") if p.is_dir() and ".git" not in p.parts
                ]
            else:  # not there yet: watch the nearest folder that is, to see it being created
                parent = next((p for p in folder.parents if p.is_dir()), None)
                if parent is not None:
                    wanted.append(str(parent))
        wanted += [str(f) for f in files if f.exists()]
        if wanted:
            self._watcher.addPaths(sorted(set(wanted)))

    def stop(self) -> None:
        """Stop watching: nothing more is reported, even a change already noticed."""
        self._timer.stop()
        current = self._watcher.directories() + self._watcher.files()
        if current:
            self._watcher.removePaths(current)

    def _poke(self, _path: str) -> None:
        self._timer.start()
