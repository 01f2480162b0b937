"""Opening SQLite the way the store needs it, and telling apart why a write failed.

Every writing connection runs in WAL mode with `synchronous=FULL` (a commit is on disk when it
returns, even after a power cut) and a busy timeout. Failures are sorted into three kinds: the
disk refuses writes for now (full, read-only, unplugged: keep answers in memory and retry), the
file is damaged (recover from a backup), or something else (a bug: raise).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Literal

from quizapp import files
from quizapp.words import Notice

BUSY_TIMEOUT_MS = 5000
# SQLite's own cadence, only a safety net inside commits: the store checkpoints from its
# autosave timer instead, off the answer's path (see `Store.autosave`).
CHECKPOINT_PAGES = 1000
WAL_LIMIT_BYTES = 256 * 1024  # the log file is cut back to this after a checkpoint


def checkpoint(conn: sqlite3.Connection) -> bool:
    """Copy the log into the database and empty it; False if it could not finish now (a
    reader holds old pages, or the disk refused). It never waits: it runs on the GUI thread,
    and the next checkpoint catches up."""
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except sqlite3.Error:
        return False
    return not busy


# SQLite's primary result codes (the low byte of an extended code).
_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR = 3, 5, 6, 7, 8, 10
_CORRUPT, _FULL, _CANTOPEN, _PROTOCOL, _NOTADB = 11, 13, 14, 15, 26

_WRITE_REFUSED = {_PERM, _BUSY, _LOCKED, _NOMEM, _READONLY, _IOERR, _FULL, _CANTOPEN, _PROTOCOL}
_DAMAGED = {_CORRUPT, _NOTADB}

OpenMode = Literal["write", "read", "immutable"]


def connect(path: Path, mode: OpenMode) -> sqlite3.Connection:
    """Open `path`. "write" creates it if needed and sets the durable pragmas; "read" never
    writes; "immutable" reads a file in a folder nobody can write to (no -shm file needed)."""
    query = {"write": "mode=rwc", "read": "mode=ro", "immutable": "mode=ro&immutable=1"}[mode]
    uri = f"{path.absolute().as_uri()}?{query}"
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=True
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if mode == "write":
            journal = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(journal).lower() != "wal":
                raise sqlite3.OperationalError(f"cannot use WAL mode (got {journal})")
            conn.execute("PRAGMA synchronous = FULL")
            # A log cut back after checkpoints: little disk taken when the disk is nearly full
            # (see docs/progress-store.md).
            conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            conn.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
            # A write probe: SQLite silently opens a write-protected file read-only.
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("COMMIT")
    except BaseException:
        conn.close()
        raise
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT; a failure rolls back and re-raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):  # unusable connection: the caller reopens it
                conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_write_refused(error: BaseException) -> bool:
    """The disk will not take writes now (full, read-only, busy, I/O error); worth retrying."""
    if isinstance(error, OSError):
        return True
    return isinstance(error, sqlite3.Error) and _code(error) in _WRITE_REFUSED


def is_damaged(error: BaseException) -> bool:
    """The file is not a healthy SQLite database."""
    return isinstance(error, sqlite3.Error) and _code(error) in _DAMAGED


def needs_reopen(error: BaseException) -> bool:
    """After these the connection itself may be stale (the file went read-only or away)."""
    if isinstance(error, OSError):
        return True
    return isinstance(error, sqlite3.Error) and _code(error) in {
        _PERM,
        _READONLY,
        _IOERR,
        _CANTOPEN,
        _CORRUPT,
        _NOTADB,
    }


def cause(error: BaseException, database: Path) -> str:
    """A reason code (`quizapp.files.os_reason`'s) for a failed open or write of `database`.
    SQLite says only "unable to open" or "disk I/O error", so the file system is asked too."""
    code = _code(error) if isinstance(error, sqlite3.Error) else None
    if code == _FULL:
        return "full"
    if code in {_BUSY, _LOCKED}:
        return "busy"
    if code in _DAMAGED:
        return "damaged"
    if isinstance(error, OSError) and files.os_reason(error) not in {"other", "io"}:
        return files.os_reason(error)
    return probe(database)


def probe(database: Path) -> str:
    """Why `database` (or its folder) cannot be written, asking the file system."""
    folder = database.parent
    try:
        st = os.stat(database)
        if stat.S_ISDIR(st.st_mode):
            return "is_folder"
    except OSError as e:
        if files.os_reason(e) != "not_found":
            return files.os_reason(e)
    try:
        fs = os.statvfs(folder)
    except OSError as e:
        return files.os_reason(e)
    except AttributeError:  # Windows
        return "other"
    if fs.f_flag & os.ST_RDONLY:
        return "read_only"
    if fs.f_bavail == 0 or fs.f_favail == 0:
        return "full"
    if not os.access(folder, os.W_OK | os.X_OK):
        return "permission"
    return "other"


def explain(error: BaseException, database: Path) -> Notice:
    """Why progress is not being saved, as a code for `quizapp.words` (with what to do)."""
    reason = cause(error, database)
    folder = str(database.parent)
    if reason == "busy":
        return Notice("store_busy", {"folder": folder})
    if reason == "full":
        return Notice("store_full", {"folder": folder})
    if reason == "io":
        return Notice("store_io", {"folder": folder})
    if reason == "damaged":
        return Notice("store_damaged_now", {"folder": folder})
    if reason == "other":
        return Notice("store_other", {"folder": folder, "error": str(error)})
    where = database if reason in {"is_folder", "link", "not_regular"} else database.parent
    return Notice("store_refused", {"reason": reason, "where": str(where)})
