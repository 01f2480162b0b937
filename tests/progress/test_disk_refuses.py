"""A full or read-only data folder: the quiz goes on, answers wait in memory in order, and are
written as soon as writing works again. Every failure here is real, not mocked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Learner, Mode, Store, StoreError
from tests.conftest import REPO
from tests.progress.helpers import (
    GEO,
    answer,
    answer_ids,
    fill,
    read_only_folder,
    said,
    says,
    small_disk,
)


def fill_the_disk(store: Store) -> None:
    """Make the database genuinely full: SQLite refuses to grow it by a single page."""
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")


def make_room(store: Store) -> None:
    store.connection.execute("PRAGMA max_page_count = 1073741823")


def answer_until_refused(
    store: Store, attempt: int, clock: FakeClock, extra: int
) -> tuple[list[str], list[str]]:
    """Answer until the disk refuses one, then `extra` more; returns (saved, waiting)."""
    saved: list[str] = []
    waiting: list[str] = []
    for i in range(500):
        clock.advance(3)
        result = store.record_answer(
            attempt, answer(clock.now(), f"q{i}", prompt="P" * 400), {"last": f"q{i}"}
        )
        (saved if result.saved else waiting).append(f"q{i}")
        if len(waiting) > extra:
            return saved, waiting
    raise AssertionError("the disk never filled up")


def test_a_full_disk_keeps_answers_in_memory_and_writes_them_later(
    store: Store, ana: Learner, clock: FakeClock, folders: Paths
) -> None:
    """When the disk fills mid-quiz nothing raises; the learner is told; once there is room,
    every waiting answer is written in the order given, with the latest state."""
    attempt = store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={})
    fill_the_disk(store)
    saved, waiting = answer_until_refused(store, attempt, clock, extra=4)
    assert saved, "some answers fitted in the free space"
    status = store.status
    assert not status.writable and status.pending_answers == 5
    assert "full" in says(status.problem)
    assert store.finish_attempt(attempt, "finished", 0.9).saved is False
    assert answer_ids(folders.database) == saved

    make_room(store)
    result = store.retry()
    assert result.saved and result.pending == 0 and store.status.problem is None
    assert answer_ids(folders.database) == saved + waiting
    assert store.attempt(attempt).end_reason == "finished"
    assert store.stats(ana.id).answers == len(saved + waiting)


def test_waiting_answers_are_reported_if_the_app_closes_before_the_disk_recovers(
    folders: Paths, clock: FakeClock
) -> None:
    """Closing while answers still wait says how many could not be saved and why."""
    store = Store.open(folders, clock)
    ana = store.create_learner("Ana")
    attempt = store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={})
    fill_the_disk(store)
    answer_until_refused(store, attempt, clock, extra=2)
    report = store.close()
    assert report.unsaved_answers == 3
    assert "3 answers could not be saved" in says(report.notice)


def test_learner_changes_on_a_full_disk_fail_plainly(store: Store, ana: Learner) -> None:
    """Creating a learner is not queued: it fails now, with the reason, and nothing changes."""
    fill_the_disk(store)
    with pytest.raises(StoreError, match="full"):
        for i in range(200):
            store.create_learner(f"Learner {i} " + "x" * 80)
    make_room(store)
    assert store.retry().saved
    assert store.status.pending_writes == 0


def test_a_read_only_folder_still_runs_quizzes(folders: Paths, clock: FakeClock) -> None:
    """A read-only data folder opens for reading, says so, keeps the quiz's answers in memory,
    and writes them once the folder can be written again."""
    with Store.open(folders, clock, tz=UTC) as first:
        first.create_learner("Ana")
    with read_only_folder(folders.data_dir):
        store = Store.open(folders, clock, tz=UTC)
        assert store.opened.read_only
        assert "read-only" in said(store.opened.notices)[0]
        ana = store.find_learner("Ana")
        assert ana is not None
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        for q in ("q1", "q2"):
            clock.advance(5)
            result = store.record_answer(attempt, answer(clock.now(), q), {"last": q})
            assert not result.saved and result.problem is not None
        with pytest.raises(StoreError, match="read-only"):
            store.create_learner("Ben")
        assert store.retry().saved is False
        assert store.status.pending_answers == 2
    assert store.retry().saved
    store.close()
    assert answer_ids(folders.database) == ["q1", "q2"]
    with Store.open(folders, clock) as again:
        assert again.unfinished_attempts()[0].state == {"last": "q2"}


def test_a_data_folder_that_cannot_be_created_is_a_plain_error(
    folders: Paths, clock: FakeClock
) -> None:
    """With no progress yet and nowhere to write it, opening says so (and names the folder)."""
    parent = folders.data_dir.parent
    with read_only_folder(parent), pytest.raises(StoreError) as caught:
        Store.open(folders, clock)
    assert str(folders.data_dir) in caught.value.message
    assert "--data-dir" in caught.value.message


def test_a_really_full_disk_gets_every_held_answer_written_in_order(
    tmp_path: Path, clock: FakeClock
) -> None:
    """On a real file system that fills up, 300 answers wait in memory; once space returns
    every one is written, in order (the log no longer eats the room that came back)."""
    with small_disk(tmp_path / "stick") as stick:
        folders = paths.resolve(data_dir=stick / "data")
        store = Store.open(folders, clock, tz=UTC)
        ana = store.create_learner("Ana")
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
        )
        filler = fill(stick)
        given = []
        for i in range(300):
            clock.advance(3)
            store.record_answer(attempt, answer(clock.now(), f"q{i}", prompt="P" * 400), {"i": i})
            given.append(f"q{i}")
        assert store.status.pending_answers > 250
        assert "full" in says(store.status.problem)
        filler.unlink()
        assert store.retry().saved
        assert store.finish_attempt(attempt, "finished", 1.0).saved
        assert answer_ids(folders.database) == given
        store.close()


def test_a_lost_file_on_a_full_disk_is_read_from_the_backup_until_there_is_room(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The progress file is gone and the disk too full to restore it: the app shows progress
    read-only from the backup (never a new empty file), and once there is room it restores the
    backup and writes the answers given meanwhile."""
    with small_disk(tmp_path / "stick") as stick:
        folders = paths.resolve(data_dir=stick / "data")
        with Store.open(folders, clock, tz=UTC) as store:
            ana = store.create_learner("Ana")
            attempt = store.start_attempt(
                ana.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
            )
            store.record_answer(attempt, answer(clock.now(), "before"), {})
            store.finish_attempt(attempt, "finished", 1.0)
        folders.database.unlink()
        filler = fill(stick)
        store = Store.open(folders, clock, tz=UTC)
        (message,) = said(store.opened.notices)
        assert "missing" in message and "backup" in message and "full" in message
        ana = store.find_learner("Ana")
        assert ana is not None and store.stats(ana.id).answers == 1
        attempt = store.start_attempt(
            ana.id, Mode.PRACTICE, config={}, seed=2, banks=[GEO], state={}
        )
        assert not store.record_answer(attempt, answer(clock.now(), "meanwhile"), {}).saved
        filler.unlink()
        assert store.retry().saved
        store.close()
        assert answer_ids(folders.database) == ["before", "meanwhile"]


def as_ordinary_user(args: list[str]) -> subprocess.CompletedProcess[str]:
    """Run `args` as an ordinary user (a user namespace; root ignores `chmod`), or skip."""
    unshare = shutil.which("unshare")
    if unshare is None or os.name == "nt":
        pytest.skip("no unshare here")
    probe = subprocess.run(
        [unshare, "--user", "--map-user=1000", "--map-group=1000", "true"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot make a user namespace: {probe.stderr.decode().strip()}")
    return subprocess.run(
        [unshare, "--user", "--map-user=1000", "--map-group=1000", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )


OPEN = """
import sys
from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.progress import Store, StoreError
try:
    Store.open(paths.resolve(data_dir=sys.argv[1]), FakeClock()).close()
except StoreError as e:
    print("REFUSED", e.message)
    raise SystemExit(1)
print("OPENED")
"""


def test_a_data_folder_that_cannot_be_searched_is_a_plain_message_and_exit_1(
    folders: Paths, clock: FakeClock
) -> None:
    """chmod 000 on the data folder: starting and `quizapp export` each say "permission
    denied" about it and exit 1, without a traceback (run as an ordinary user)."""
    with Store.open(folders, clock, tz=UTC) as store:
        store.create_learner("Ana")
    folders.data_dir.chmod(0)
    try:
        started = as_ordinary_user([sys.executable, "-c", OPEN, str(folders.data_dir)])
        exported = as_ordinary_user(
            [
                sys.executable,
                "-m",
                "quizapp",
                "--data-dir",
                str(folders.data_dir),
                "export",
                "--all",
            ]
        )
    finally:
        folders.data_dir.chmod(0o755)
    for done in (started, exported):
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Traceback" not in done.stderr, done.stderr
        assert "permission denied" in done.stdout + done.stderr
