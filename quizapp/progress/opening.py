"""Opening the progress file: the quick check on open, repair from the newest good backup, the
schema upgrade, and the read-only fallback for a folder that cannot be written.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

from quizapp import files
from quizapp.clock import Clock
from quizapp.paths import Paths
from quizapp.progress import recovery, schema
from quizapp.progress.connection import OpenMode, connect, is_damaged, is_write_refused
from quizapp.progress.errors import StoreError
from quizapp.progress.model import OpenReport
from quizapp.words import Notice

log = logging.getLogger(__name__)


class _Damaged(Exception):
    def __init__(self, problem: str) -> None:
        problem = (problem.strip().splitlines() or ["unreadable"])[0]
        problem = problem if len(problem) <= 100 else problem[:99] + "…"
        super().__init__(problem)
        self.problem = problem


def open_writable(paths: Paths, clock: Clock) -> tuple[sqlite3.Connection, OpenReport]:
    """Open for writing: check the file, repair it from a backup if damaged, missing or empty
    while a backup holds answers, then upgrade it."""
    database = paths.database
    for side in ("", "-wal", "-shm", "-journal"):
        # SQLite follows links when it opens or creates these: a planted one is refused.
        files.refuse_destination(database.with_name(database.name + side))
    recovery.remove_partial_backups(paths.backup_dir)
    database.with_name(database.name + ".restore.tmp").unlink(missing_ok=True)
    notices: list[Notice] = []
    moved: str | None = None
    restored: str | None = None
    try:
        lost = _lost(paths)
        if lost is not None:
            raise _Damaged(lost)
        conn = _checked(paths)
    except _Damaged as damage:
        log.error("damaged progress file %s: %s", database, damage.problem)
        if os.path.lexists(database):
            moved = str(recovery.move_aside(database, paths.data_dir / "damaged", clock.now()))
        backup = recovery.restore_newest_good(paths.backup_dir, database, schema.LATEST)
        if backup is not None:
            restored = str(backup.path)
            notices.append(
                Notice(
                    "store_restored",
                    {"problem": damage.problem, "moved": moved, "made": backup.made_at},
                )
            )
        else:
            notices.append(Notice("store_lost", {"problem": damage.problem, "moved": moved}))
        conn = _checked(paths)
    try:
        found = schema.version(conn)
        if 0 < found < schema.LATEST:
            recovery.make_backup(conn, paths.backup_dir, clock.now())  # before upgrading
        schema.migrate(conn, str(database))
    except BaseException:
        conn.close()
        raise
    return conn, OpenReport(notices=tuple(notices), damaged_moved_to=moved, restored_from=restored)


def _lost(paths: Paths) -> str | None:
    """Why the progress file counts as lost: it is missing or empty (0 bytes, or no tables)
    while a backup holds answers. Without this a lost file would start a new empty one, and
    the empty backups of the next starts would rotate the good ones away."""
    try:
        size = os.stat(paths.database).st_size
    except FileNotFoundError:
        problem = "the file is missing"
    except OSError:
        return None  # the open that follows explains it
    else:
        if size == 0:
            problem = "the file is empty (0 bytes)"
        elif not _without_tables(paths):
            return None
        else:
            problem = "the file holds no tables"
    if recovery.newest_with_answers(paths.backup_dir, schema.LATEST) is None:
        return None
    return problem


def _without_tables(paths: Paths) -> bool:
    try:
        conn = connect(paths.database, "read")
    except sqlite3.Error:
        return False
    try:
        return not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except (sqlite3.Error, UnicodeError):
        return False
    finally:
        conn.close()


def _checked(paths: Paths) -> sqlite3.Connection:
    """A writing connection to a file that passed the checks; `_Damaged` if it did not. Every
    read of the schema happens here, inside the guard: a flipped bit in the stored table text
    makes SQLite fail in many ways (not a database, malformed schema, bad UTF-8, no such
    column), and each of them is damage."""
    try:
        conn = connect(paths.database, "write")
    except sqlite3.DatabaseError as e:
        if is_damaged(e) or not is_write_refused(e):
            raise _Damaged(str(e)) from e
        raise
    except UnicodeError as e:
        raise _Damaged(str(e)) from e
    try:
        problem = recovery.quick_check(conn)
        if problem is None:
            problem = schema.check_shape(conn)
        if problem is None:
            first_reads(conn)
        if problem is not None:
            raise _Damaged(problem)
        schema.check_not_newer(conn, str(paths.database))
    except sqlite3.DatabaseError as e:
        conn.close()
        if is_damaged(e) or not is_write_refused(e):
            raise _Damaged(str(e)) from e
        raise
    except (UnicodeError, ValueError, OverflowError) as e:
        conn.close()
        raise _Damaged(str(e)) from e
    except BaseException:
        conn.close()
        raise
    return conn


def first_reads(conn: sqlite3.Connection) -> None:
    """What the store reads as soon as it opens (next ids, the learners), so that a damaged
    row fails here, where it is treated as damage, not later in the middle of the app."""
    if schema.version(conn) == 0:
        return
    for table in ("learners", "attempts", "answers"):
        conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()
    learners = "SELECT id, name, created_at, extra_time_factor, font_size FROM learners"
    conn.execute(learners).fetchall()


def open_read_only(paths: Paths, missing: Notice, why: Notice | None = None) -> sqlite3.Connection:
    """A connection that never writes, for a folder that cannot be written or a reader beside
    the app; `missing` is the message when there is no progress file at all, `why` says why a
    file from an older quizapp cannot be upgraded now."""
    try:
        st = os.stat(paths.database)
    except FileNotFoundError:
        raise StoreError(missing) from None
    except OSError as e:
        where = getattr(e, "filename", None) or str(paths.database)
        params = {"reason": files.os_reason(e), "where": where, "detail": files.os_detail(e)}
        raise StoreError(Notice("store_unreadable", params)) from e
    if not stat.S_ISREG(st.st_mode):
        reason = "is_folder" if stat.S_ISDIR(st.st_mode) else "not_regular"
        params = {"reason": reason, "where": str(paths.database), "detail": ""}
        raise StoreError(Notice("store_unreadable", params))
    if st.st_size == 0:
        raise StoreError(missing)
    return read_only_connection(paths.database, why)


def read_only_connection(database: Path, why: Notice | None = None) -> sqlite3.Connection:
    """Open `database` for reading only (an upgraded, healthy file), or raise `StoreError`."""
    conn: sqlite3.Connection | None = None
    modes: tuple[OpenMode, ...] = ("read", "immutable")
    last: Exception | None = None
    for mode in modes:
        try:
            conn = connect(database, mode)
            schema.check_not_newer(conn, str(database))
            if schema.version(conn) != schema.LATEST:
                if why is None:
                    params = {"reason": "read_only", "folder": str(database.parent)}
                    why = Notice("store_cannot_write", params)
                raise StoreError(Notice("store_older", {"path": str(database), "why": why}))
            damage = recovery.quick_check(conn) or schema.check_shape(conn)
            if damage is not None:
                params = {"path": str(database), "problem": damage}
                raise StoreError(Notice("store_damaged_read_only", params))
            first_reads(conn)
            return conn
        except (sqlite3.Error, UnicodeError) as e:
            if conn is not None:
                conn.close()
            conn = None
            last = e
        except BaseException:
            if conn is not None:
                conn.close()
            raise
    raise StoreError(Notice("store_cannot_read", {"path": str(database), "detail": str(last)}))


def newest_backup_to_read(paths: Paths, why: Notice) -> tuple[sqlite3.Connection, Notice] | None:
    """When the progress file is lost and cannot be restored now (a full disk): the newest
    good backup with answers, opened for reading, and a message saying so; None if none."""
    backup = recovery.newest_with_answers(paths.backup_dir, schema.LATEST)
    if backup is None:
        return None
    try:
        conn = read_only_connection(backup.path, why)
    except StoreError:
        return None
    params = {"path": str(paths.database), "why": why, "made": backup.made_at}
    return conn, Notice("store_from_backup", params)
