"""One quizapp per data folder: OS file locks on `<data>/quizapp.lock` and on the progress file.

The operating system drops the locks when the process ends, however it ends (crash, `kill -9`,
power cut), so a stale lock file never blocks the next start. `quizapp.lock` holds the pid, host
and start time of the holder, only to say who has the folder open. The guarantee does not rest
on it: a user can delete that file while the app runs, so the progress file itself is locked as
well (`flock` is separate from SQLite's own byte-range locks, so readers such as
`quizapp export` still read it; on Windows a byte in SQLite's never-used lock page is locked).
Neither file is ever opened through a symbolic link.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from pathlib import Path

from quizapp.files import FileRefused
from quizapp.progress.errors import AlreadyRunning
from quizapp.words import Notice

LOCK_NAME = "quizapp.lock"

if sys.platform == "win32":
    import msvcrt

    # Byte 0 of quizapp.lock; in the progress file a byte of SQLite's lock page (from 1 GiB),
    # which holds no data and which SQLite itself locks only in its first 512 bytes.
    _AT = {False: 0, True: 0x40000000 + 600}

    def _try_lock(fd: int, database: bool = False) -> bool:
        try:
            os.lseek(fd, _AT[database], os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int, database: bool = False) -> None:
        os.lseek(fd, _AT[database], os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, database: bool = False) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int, database: bool = False) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class DataFolderLock:
    """Held while a process has the data folder open for writing."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd
        self._database: tuple[int, int, int] | None = None  # fd, device, inode

    @classmethod
    def acquire(cls, folder: Path, started: str = "") -> DataFolderLock:
        """Take the lock or raise `AlreadyRunning` saying who holds it. `FileRefused` (an
        `OSError`) when the lock file is a link or a folder; another `OSError` means the folder
        cannot hold a lock file at all (read-only, missing)."""
        path = folder / LOCK_NAME
        fd = _open_own(path)
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

    def hold_database(self, database: Path) -> None:
        """Lock the progress file itself (again, if a repair put a new file in its place).
        `AlreadyRunning` when another process holds it, even if `quizapp.lock` was deleted."""
        try:
            st = os.lstat(database)
        except FileNotFoundError:
            return
        if self._database is not None and self._database[1:] == (st.st_dev, st.st_ino):
            return
        fd = _open_own(database, create=False)
        try:
            if not _try_lock(fd, database=True):
                raise _already_running(self.path)
        except BaseException:
            os.close(fd)
            raise
        self._drop_database()
        self._database = (fd, st.st_dev, st.st_ino)

    def release(self) -> None:
        """Let the folder go; call after the last database connection is closed (closing a
        descriptor of a file drops every POSIX lock this process holds on it)."""
        self._drop_database()
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def _drop_database(self) -> None:
        if self._database is not None:
            fd = self._database[0]
            self._database = None
            try:
                _unlock(fd, database=True)
            finally:
                os.close(fd)


def _open_own(path: Path, *, create: bool = True) -> int:
    """Open one of our files for locking, never through a link and never a folder or device."""
    flags = os.O_RDWR | _NOFOLLOW | (os.O_CREAT if create else 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as e:
        if os.path.islink(path):
            raise FileRefused(path, "link") from e
        if os.path.isdir(path):
            raise FileRefused(path, "is_folder") from e
        raise
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise FileRefused(path, "not_regular")
    return fd


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
    params = {"folder": str(path.parent), "pid": pid, "host": host, "since": since}
    return AlreadyRunning(
        Notice("already_running", params),
        pid=pid,
        host=host,
    )


def _machine() -> str:
    """This computer's network name, without importing `socket` at start-up where we can."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()
