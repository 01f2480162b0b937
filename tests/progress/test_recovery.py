"""Backups, and a damaged progress file: moved aside (never lost), the newest good backup
restored, and the user told what happened and what may be missing."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Mode, Store
from quizapp.progress.recovery import BACKUP_EVERY_S, KEEP, backups
from tests.progress.helpers import GEO, answer, answer_ids, said


def session(folders: Paths, clock: FakeClock, questions: list[str]) -> None:
    """One run of the app: answer `questions`, then close (which takes a backup)."""
    with Store.open(folders, clock, tz=UTC) as store:
        learner = store.find_learner("Ana") or store.create_learner("Ana")
        attempt = store.start_attempt(
            learner.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        for q in questions:
            clock.advance(30)
            store.record_answer(attempt, answer(clock.now(), q, prompt="P" * 300), {"q": q})
        store.finish_attempt(attempt, "finished", 1.0)
    clock.advance(3600)


def test_closing_takes_a_backup_that_stands_alone(folders: Paths, clock: FakeClock) -> None:
    """The backup on close is a complete database that opens read-only, with every answer."""
    session(folders, clock, ["q1", "q2"])
    (only,) = backups(folders.backup_dir)
    conn = sqlite3.connect(f"{only.path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM answers").fetchone()[0] == 2
    conn.close()


def test_a_backup_knows_when_it_was_made(folders: Paths, clock: FakeClock) -> None:
    """The time in a backup's name reads back as the moment it was taken, to the microsecond
    (the newest backup is the one restored)."""
    clock.advance(0.123456)
    session(folders, clock, ["q1"])
    (only,) = backups(folders.backup_dir)
    assert only.made_at == clock.now() - timedelta(seconds=3600)


def test_a_backup_every_thirty_minutes_of_use(folders: Paths, clock: FakeClock) -> None:
    """While answers keep coming, a backup is taken once 30 minutes have passed, not before."""
    with Store.open(folders, clock) as store:
        ana = store.create_learner("Ana")
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        clock.advance(BACKUP_EVERY_S - 1)
        store.record_answer(attempt, answer(clock.now(), "q1"), {})
        assert backups(folders.backup_dir) == []
        clock.advance(1)
        store.record_answer(attempt, answer(clock.now(), "q2"), {})
        assert len(backups(folders.backup_dir)) == 1
        clock.advance(BACKUP_EVERY_S)
        store.autosave(attempt, lambda: {})
        assert len(backups(folders.backup_dir)) == 2


def test_only_the_newest_ten_backups_are_kept(folders: Paths, clock: FakeClock) -> None:
    """Older backups beyond ten are removed, the newest stay."""
    with Store.open(folders, clock) as store:
        made = []
        for _ in range(KEEP + 3):
            clock.advance(60)
            made.append(store.backup_now())
    kept = [str(b.path) for b in backups(folders.backup_dir)]
    assert len(kept) == KEEP
    assert kept[1:] == list(reversed(made[-(KEEP - 1) :]))  # [0] is the one taken on close


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(16):  # "SQLite format 3\0"
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def flip_answers_page(path: Path) -> None:
    """Overwrite the page-type byte of the answers table's root page with an invalid type."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'answers'").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size] ^= 0xFF
    path.write_bytes(bytes(data))


DAMAGE = [truncate, flip_header, flip_answers_page]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_a_damaged_file_is_moved_aside_and_the_newest_backup_restored(
    folders: Paths, clock: FakeClock, damage: Callable[[Path], None]
) -> None:
    """The damaged bytes are kept in damaged/, progress comes back from the last backup, and
    the message says when that backup was made and that later answers are missing."""
    session(folders, clock, [f"a{i}" for i in range(40)])
    session(folders, clock, ["b1", "b2"])
    damage(folders.database)
    broken = folders.database.read_bytes()

    with Store.open(folders, clock, tz=UTC) as store:
        report = store.opened
        assert report.damaged_moved_to is not None and report.restored_from is not None
        assert Path(report.damaged_moved_to).read_bytes() == broken
        assert Path(report.damaged_moved_to).parent == folders.data_dir / "damaged"
        (message,) = said(report.notices)
        assert "damaged" in message and report.damaged_moved_to in message
        assert "missing" in message
        assert store.find_learner("Ana") is not None
    assert answer_ids(folders.database) == [f"a{i}" for i in range(40)] + ["b1", "b2"]


def test_a_damaged_newest_backup_is_skipped(folders: Paths, clock: FakeClock) -> None:
    """If the newest backup is damaged too, the newest one that passes the check is used."""
    session(folders, clock, ["a1"])
    session(folders, clock, ["b1"])
    newest, older = backups(folders.backup_dir)[:2]
    truncate(newest.path)
    flip_header(folders.database)
    with Store.open(folders, clock) as store:
        assert store.opened.restored_from == str(older.path)
    assert answer_ids(folders.database) == ["a1"]
    assert newest.path.exists(), "a backup is never deleted for being damaged"


def test_without_a_good_backup_progress_starts_again_and_the_file_is_kept(
    folders: Paths, clock: FakeClock
) -> None:
    """No usable backup: the damaged file is still kept, and the user is told plainly."""
    session(folders, clock, ["a1"])
    for b in backups(folders.backup_dir):
        b.path.unlink()
    flip_header(folders.database)
    with Store.open(folders, clock) as store:
        (message,) = said(store.opened.notices)
        assert "no usable backup" in message and "kept" in message
        assert store.learners() == []
        assert store.opened.damaged_moved_to is not None
        assert Path(store.opened.damaged_moved_to).exists()


def test_a_backup_interrupted_by_a_crash_is_cleaned_up_and_never_restored(
    folders: Paths, clock: FakeClock
) -> None:
    """A half-written backup (temporary name) is removed at the next start."""
    session(folders, clock, ["a1"])
    partial = folders.backup_dir / "progress-29990101T000000000000Z.sqlite3.123.tmp"
    partial.write_bytes(b"half a backup")
    flip_header(folders.database)
    with Store.open(folders, clock) as store:
        assert store.opened.restored_from is not None
        assert "2999" not in store.opened.restored_from
    assert not partial.exists()
