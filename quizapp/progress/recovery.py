"""Backups, and what happens when the progress file turns out to be damaged.

Backups are whole-database snapshots made with SQLite's online backup API into
`<data>/backups/progress-<UTC time>.sqlite3` (written to a temporary name, synced, then renamed,
so a crash never leaves a half backup that looks whole); the newest `KEEP` are kept.

A damaged database is never overwritten or deleted: it is moved, with its -wal and -shm files,
into `<data>/damaged/`, and the newest backup that passes a check takes its place.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import os
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from quizapp import files
from quizapp.progress.connection import connect

KEEP = 10
KEEP_WITH_ANSWERS = 3
BACKUP_EVERY_S = 30 * 60
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = r"^progress-(\d{8}T\d{12}Z)(?:-(\d+))?\.sqlite3$"  # compiled on first use
_SIDE_FILES = ("-wal", "-shm", "-journal")


class Backup(NamedTuple):
    path: Path
    made_at: datetime


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None if SQLite's quick structural check passes, else what it found (first lines)."""
    rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)").fetchall()]
    return None if rows == ["ok"] else "; ".join(rows)


def backups(folder: Path) -> list[Backup]:
    """The finished backups in `folder`, newest first."""
    found: list[tuple[str, int, Backup]] = []
    for path in _entries(folder):  # none if missing or not searchable
        match = re.match(_NAME, path.name)
        if match:
            made = _parse_stamp(match[1])
            found.append((match[1], int(match[2] or 1), Backup(path, made)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [b for _, _, b in found]


def _parse_stamp(stamp: str) -> datetime:
    """A backup's `_STAMP` time (digits checked by `_NAME`), read by hand: `strptime` costs a
    locale-aware parser's import at every start (start-up is measured)."""
    year, month, day = int(stamp[0:4]), int(stamp[4:6]), int(stamp[6:8])
    hour, minute, second, micro = (
        int(stamp[i : i + n]) for i, n in ((9, 2), (11, 2), (13, 2), (15, 6))
    )
    return datetime(year, month, day, hour, minute, second, micro, tzinfo=UTC)


def _entries(folder: Path) -> list[Path]:
    """What is in `folder`; nothing if it is missing or cannot be searched."""
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def make_backup(conn: sqlite3.Connection, folder: Path, when: datetime, keep: int = KEEP) -> Path:
    """Snapshot the open database into `folder` and keep only the newest `keep` backups."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.astimezone(UTC).strftime(_STAMP)
    final = folder / f"progress-{stamp}.sqlite3"
    n = 1
    while final.exists():
        n += 1
        final = folder / f"progress-{stamp}-{n}.sqlite3"
    partial = folder / f"{final.name}.{os.getpid()}.tmp"
    os.close(files.create_new(partial))  # ours, never a link planted under that name
    try:
        target = sqlite3.connect(partial, isolation_level=None)
        try:
            conn.backup(target)
            # A plain rollback-journal file: readable alone, even from a read-only folder.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    files.publish(partial, final)
    prune(folder, keep)
    return final


def prune(folder: Path, keep: int = KEEP, keep_with_answers: int = KEEP_WITH_ANSWERS) -> None:
    """Keep the newest `keep` backups, and also the newest `keep_with_answers` that hold
    answers: a run of starts with an empty or lost progress file never rotates away the last
    copies of real progress."""
    found = backups(folder)
    spare = keep_with_answers
    for index, backup in enumerate(found):
        holds = spare > 0 and holds_answers(backup.path)
        if holds:
            spare -= 1
        if index >= keep and not holds:
            backup.path.unlink(missing_ok=True)


def holds_answers(path: Path) -> bool:
    """Whether the database at `path` is healthy and holds at least one answer."""
    try:
        conn = connect(path, "read")
    except sqlite3.Error:
        return False
    try:
        return bool(conn.execute("SELECT EXISTS (SELECT 1 FROM answers)").fetchone()[0] == 1)
    except (sqlite3.Error, UnicodeError):
        return False
    finally:
        conn.close()


def newest_with_answers(folder: Path, latest_version: int) -> Backup | None:
    """The newest backup that passes the check and holds answers, if any."""
    for backup in backups(folder):
        if holds_answers(backup.path) and check_backup(backup.path, latest_version):
            return backup
    return None


def remove_partial_backups(folder: Path) -> None:
    """Backups a crash interrupted are half-written copies, never the only copy of anything."""
    for path in _entries(folder):
        if path.name.startswith("progress-") and path.name.endswith(".tmp"):
            path.unlink(missing_ok=True)


def move_aside(database: Path, folder: Path, when: datetime) -> Path:
    """Move a damaged database (and its -wal/-shm) into `folder` under a new name; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = when.astimezone(UTC).strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}{database.suffix}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{database.stem}-{stamp}-{n}{database.suffix}"
    for side in _SIDE_FILES:
        extra = database.with_name(database.name + side)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + side))
    os.replace(database, target)
    files.sync_folder(folder)
    files.sync_folder(database.parent)
    return target


def check_backup(path: Path, latest_version: int) -> bool:
    """Whether a backup is a healthy database this quizapp can use."""
    try:
        conn = connect(path, "read")
    except sqlite3.Error:
        return False
    try:
        if quick_check(conn) is not None:
            return False
        found: int = conn.execute("PRAGMA user_version").fetchone()[0]
        return 1 <= found <= latest_version
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def restore_newest_good(folder: Path, database: Path, latest_version: int) -> Backup | None:
    """Copy the newest backup that passes a check to `database`; None if there is none."""
    for backup in backups(folder):
        if not check_backup(backup.path, latest_version):
            continue
        partial = database.with_name(f"{database.name}.restore.tmp")
        fd = files.create_new(partial)
        try:
            with open(backup.path, "rb") as source, open(fd, "wb") as copy:
                shutil.copyfileobj(source, copy, 1024 * 1024)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        files.publish(partial, database)
        return backup
    return None
