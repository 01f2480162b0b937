"""One quizapp per data folder: an OS file lock on `<data>/quizapp.lock`.

The operating system drops the lock when the process ends, however it ends (crash, `kill -9`,
power cut), so a stale lock file never blocks the next start. The file holds the pid, host and
start time of the holder, only to say who has the folder open.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path

from quizapp.progress.errors import AlreadyRunning

LOCK_NAME = "quizapp.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class DataFolderLock:
    """Held while a process has the data folder open for writing."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path, started: str = "") -> DataFolderLock:
        """Take the lock or raise `AlreadyRunning` saying who holds it. An `OSError` means the
        folder cannot hold a lock file at all (read-only, missing)."""
        path = folder / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if not _try_lock(fd):
                raise _already_running(path)
        except BaseException:
            os.close(fd)
            raise
        # The holder's details, only for the message a second start shows (best effort: a full
        # disk must not stop the app). Windows locks byte 0, so they start past it there.
        info = json.dumps({"pid": os.getpid(), "host": _machine(), "since": started})
        offset = 1 if sys.platform == "win32" else 0
        with contextlib.suppress(OSError):
            os.ftruncate(fd, offset)
            os.lseek(fd, offset, os.SEEK_SET)
            os.write(fd, info.encode())
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _already_running(path: Path) -> AlreadyRunning:
    pid: int | None = None
    host: str | None = None
    since = ""
    try:
        with path.open("rb") as f:
            f.seek(1 if sys.platform == "win32" else 0)  # Windows: byte 0 is the locked one
            raw = f.read()
        info = json.loads(raw.decode("utf-8", "replace"))
        pid = int(info["pid"])
        host = str(info["host"])
        since = str(info.get("since", ""))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    who = f" (process {pid} on {host}{', since ' + since if since else ''})" if pid else ""
    return AlreadyRunning(
        f"quizapp is already open for the data folder {path.parent}{who}. Switch to that window, "
        "or close it first. A lab machine can give each session its own folder with --data-dir.",
        pid=pid,
        host=host,
    )


def _machine() -> str:
    """This computer's network name, without importing `socket` at start-up where we can."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
