"""A progress file that is lost, emptied or subtly damaged is never silently replaced by an
empty one: the newest good backup comes back and the learner is told. Every damage is real
bytes on disk; the bit-flip test counts its outcomes."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Mode, Store, StoreError
from quizapp.progress.recovery import KEEP, backups, make_backup
from tests.progress.helpers import GEO, answer, answer_ids, said, says
from tests.progress.test_recovery import session

ANSWERED = [f"a{i}" for i in range(6)]


@pytest.fixture
def answered(folders: Paths, clock: FakeClock) -> Paths:
    """A data folder whose progress file and backup hold six answers."""
    session(folders, clock, ANSWERED)
    return folders


@pytest.mark.parametrize("how", ["empty", "missing", "no tables"])
def test_a_lost_progress_file_comes_back_from_the_backup(
    answered: Paths, clock: FakeClock, how: str
) -> None:
    """A 0-byte, deleted or table-less progress file while a backup holds answers is damage:
    the backup is restored and the learner is told, instead of starting empty in silence."""
    database = answered.database
    if how == "empty":
        database.write_bytes(b"")
    elif how == "missing":
        database.unlink()
    else:
        database.unlink()
        sqlite3.connect(database).execute("PRAGMA user_version = 0").connection.close()
        assert database.exists()
    with Store.open(answered, clock, tz=UTC) as store:
        (message,) = said(store.opened.notices)
        assert "restored from the backup" in message
        assert store.find_learner("Ana") is not None
    assert answer_ids(database) == ANSWERED


def test_ten_empty_starts_never_rotate_away_the_backups_with_answers(
    answered: Paths, clock: FakeClock
) -> None:
    """Backups of an empty file never push out the newest backups that hold answers."""
    empty = answered.data_dir.parent / "empty.sqlite3"
    conn = sqlite3.connect(empty, isolation_level=None)
    for _ in range(KEEP + 5):
        clock.advance(60)
        make_backup(conn, answered.backup_dir, clock.now())
    conn.close()
    kept = backups(answered.backup_dir)
    assert len(kept) == KEEP + 1
    assert sum(with_answers(b.path) for b in kept) == 1


def with_answers(path: Path) -> bool:
    try:
        return bool(answer_ids(path))
    except sqlite3.OperationalError:  # no answers table at all
        return False


def schema_offset(database: Path, text: bytes) -> int:
    data = database.read_bytes()
    at = data.find(text)
    assert at > 0, f"{text!r} not in the file"
    return at


@pytest.mark.parametrize(
    ("text", "new"),
    [
        (b"response_json TEXT", b"response_jsoN TEXT"),  # today: "no such column" on reads
        (b"response_json TEXT", b"respons\xff_json TEXT"),
        (b"name_key TEXT NOT NULL", b"name_ke\xff TEXT NOT NULL"),
        (b"UNIQUE", b"UNIQU\xc5"),  # today: UnicodeDecodeError in Store.open
    ],
)
def test_a_flipped_byte_in_the_schema_text_is_damage(
    answered: Paths, clock: FakeClock, text: bytes, new: bytes
) -> None:
    """Damage quick_check does not see (the stored table text) is still damage: moved aside,
    the backup restored, and every later read works."""
    data = bytearray(answered.database.read_bytes())
    at = schema_offset(answered.database, text)
    data[at : at + len(new)] = new
    answered.database.write_bytes(bytes(data))
    with Store.open(answered, clock, tz=UTC) as store:
        (message,) = said(store.opened.notices)
        assert "damaged" in message and store.opened.damaged_moved_to is not None
        ana = store.find_learner("Ana")
        assert ana is not None
        (attempt,) = store.attempts(ana.id)
        assert [a.question_id for a in store.answers(attempt.id)] == ANSWERED


def test_every_bit_flip_in_the_first_pages_opens_or_is_repaired(
    answered: Paths, clock: FakeClock
) -> None:
    """Flip one bit at a time across the schema text: every start either opens with all six
    answers or reports damage and restores them; never a traceback, never an empty start."""
    original = answered.database.read_bytes()
    outcomes = {"opened": 0, "repaired": 0, "refused": 0}
    start = schema_offset(answered.database, b"CREATE TABLE")
    for offset in range(start, start + 4096, 11):
        data = bytearray(original)
        data[offset] ^= 1 << (offset % 8)
        answered.database.write_bytes(bytes(data))
        for side in ("-wal", "-shm"):
            Path(str(answered.database) + side).unlink(missing_ok=True)
        try:
            store = Store.open(answered, clock, tz=UTC)
        except StoreError:
            outcomes["refused"] += 1  # e.g. the version became "newer": told, file untouched
            continue
        with store:
            outcomes["repaired" if said(store.opened.notices) else "opened"] += 1
            ana = store.find_learner("Ana")
            assert ana is not None, f"offset {offset}: progress lost"
            (attempt,) = store.attempts(ana.id)
            got = [a.question_id for a in store.answers(attempt.id)]
            assert got == ANSWERED, f"offset {offset}"
            store.stats(ana.id)
    assert outcomes["repaired"] > 0
    print("bit flips:", outcomes)


def test_a_folder_where_the_progress_file_should_be_is_named_as_such(
    folders: Paths, clock: FakeClock
) -> None:
    """Not "cannot be written": the message says a folder is in the way, with its path."""
    folders.database.mkdir(parents=True)
    with pytest.raises(StoreError) as caught:
        Store.open(folders, clock)
    assert "folder is in the way" in caught.value.message
    assert str(folders.database) in caught.value.message


def test_the_log_is_emptied_when_an_attempt_ends(folders: Paths, clock: FakeClock) -> None:
    """The -wal file stays small: emptied at the end of an attempt, bounded during one."""
    wal = Path(str(folders.database) + "-wal")
    with Store.open(folders, clock, tz=UTC) as store:
        ana = store.create_learner("Ana")
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        largest = 0
        for i in range(200):
            clock.advance(3)
            store.record_answer(attempt, answer(clock.now(), f"q{i}", prompt="P" * 400), {"i": i})
            store.autosave(attempt, lambda: {})  # the app's one-second timer
            largest = max(largest, wal.stat().st_size)
        assert largest < 1024 * 1024
        store.finish_attempt(attempt, "finished", 1.0)
        assert wal.stat().st_size == 0


def test_answers_left_unsaved_at_quit_go_to_a_fallback_file(
    folders: Paths, clock: FakeClock
) -> None:
    """Quitting while the disk still refuses writes puts the waiting answers in a file the
    learner is told about, so they are not lost with the process."""
    store = Store.open(folders, clock, tz=UTC)
    ana = store.create_learner("Ana")
    attempt = store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={})
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    waiting = []
    for i in range(60):
        clock.advance(3)
        if not store.record_answer(
            attempt, answer(clock.now(), f"q{i}", prompt="P" * 400), {}
        ).saved:
            waiting.append(f"q{i}")
    assert waiting
    report = store.close()
    assert report.fallback is not None and report.fallback in says(report.notice)
    text = Path(report.fallback).read_text(encoding="utf-8")
    assert all(f'"{q}"' in text for q in waiting)
    os.unlink(report.fallback)


def test_export_over_damaged_files_never_shows_a_traceback(
    answered: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp export --all` over one byte damaged at a time, all through the file: each
    run exports or says plainly that the file is damaged (exit 1) — never a traceback."""
    original = answered.database.read_bytes()
    outcomes = {"exported": 0, "refused": 0, "crashed": 0}
    for offset in range(0, len(original), 211):
        data = bytearray(original)
        data[offset] ^= 0xFF
        answered.database.write_bytes(bytes(data))
        try:
            code = main(["--data-dir", str(answered.data_dir), "export", "--all"])
        except Exception:
            code = -1
        err = capsys.readouterr().err
        if code == 0:
            outcomes["exported"] += 1
        elif code == 1 and err.startswith("quizapp export:"):
            outcomes["refused"] += 1
        else:
            outcomes["crashed"] += 1
    print("export over damage:", outcomes)
    assert outcomes["crashed"] == 0 and outcomes["refused"] > 0, outcomes


def test_a_checkpoint_never_keeps_the_app_waiting_for_a_reader(
    folders: Paths, clock: FakeClock
) -> None:
    """A background read (the progress page, `quizapp export`) holding the log open does not
    make the end of an attempt wait: the checkpoint gives up at once and runs later."""
    import time

    with Store.open(folders, clock, tz=UTC) as store:
        ana = store.create_learner("Ana")
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        store.record_answer(attempt, answer(clock.now(), "q1"), {})
        reader = sqlite3.connect(folders.database, isolation_level=None)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM answers").fetchone()
        started = time.monotonic()
        assert store.finish_attempt(attempt, "finished", 1.0).saved
        assert time.monotonic() - started < 2.0  # the busy timeout is 5 s
        reader.close()
