"""Opening the progress file: the quick check on open, repair from the newest good backup, the
schema upgrade, and the read-only fallback for a folder that cannot be written.
"""

from __future__ import annotations

import logging
import sqlite3

from quizapp.clock import Clock
from quizapp.paths import Paths
from quizapp.progress import recovery, schema
from quizapp.progress.connection import OpenMode, connect, is_damaged
from quizapp.progress.errors import StoreError
from quizapp.progress.model import OpenReport

log = logging.getLogger(__name__)


class _Damaged(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def open_writable(paths: Paths, clock: Clock) -> tuple[sqlite3.Connection, OpenReport]:
    """Open for writing: check the file, repair it from a backup if damaged, upgrade it."""
    database = paths.database
    recovery.remove_partial_backups(paths.backup_dir)
    database.with_name(database.name + ".restore.tmp").unlink(missing_ok=True)
    messages: list[str] = []
    moved: str | None = None
    restored: str | None = None
    try:
        conn = _checked(paths)
    except _Damaged as damage:
        log.error("damaged progress file %s: %s", database, damage.problem)
        moved_path = recovery.move_aside(database, paths.data_dir / "damaged", clock.now())
        moved = str(moved_path)
        backup = recovery.restore_newest_good(paths.backup_dir, database, schema.LATEST)
        if backup is not None:
            restored = str(backup.path)
            made = backup.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            messages.append(
                f"The progress file was damaged ({damage.problem}). It was moved to {moved} and "
                f"progress was restored from the backup made on {made}: answers given after "
                "that time are missing."
            )
        else:
            messages.append(
                f"The progress file was damaged ({damage.problem}) and there is no usable "
                f"backup. It was moved to {moved} (kept, not deleted), and progress starts "
                "again from empty."
            )
        conn = _checked(paths)
    try:
        found = schema.version(conn)
        if 0 < found < schema.LATEST:
            recovery.make_backup(conn, paths.backup_dir, clock.now())  # before upgrading
        schema.migrate(conn, str(database))
    except BaseException:
        conn.close()
        raise
    return conn, OpenReport(
        messages=tuple(messages), damaged_moved_to=moved, restored_from=restored
    )


def _checked(paths: Paths) -> sqlite3.Connection:
    """A writing connection to a file that passed the quick check; `_Damaged` if it did not."""
    try:
        conn = connect(paths.database, "write")
    except sqlite3.DatabaseError as e:
        if is_damaged(e):
            raise _Damaged(str(e)) from e
        raise
    try:
        problem = recovery.quick_check(conn)
        if problem is not None:
            raise _Damaged(problem)
        schema.check_not_newer(conn, str(paths.database))
    except sqlite3.DatabaseError as e:
        conn.close()
        if is_damaged(e):
            raise _Damaged(str(e)) from e
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def open_read_only(paths: Paths, missing: str) -> sqlite3.Connection:
    """A connection that never writes, for a read-only folder or a reader beside the app;
    `missing` is the message when there is no progress file at all."""
    if not paths.database.is_file():
        raise StoreError(missing)
    conn: sqlite3.Connection | None = None
    modes: tuple[OpenMode, ...] = ("read", "immutable")
    for mode in modes:
        try:
            conn = connect(paths.database, mode)
            schema.check_not_newer(conn, str(paths.database))
            if schema.version(conn) != schema.LATEST:
                raise StoreError(
                    f"The progress file {paths.database} is from an older quizapp and cannot be "
                    "upgraded while its folder is read-only. Open quizapp once where it can write."
                )
            return conn
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            conn = None
            last: Exception = e
        except BaseException:
            if conn is not None:
                conn.close()
            raise
    raise StoreError(f"Cannot read the progress file {paths.database}: {last}")
