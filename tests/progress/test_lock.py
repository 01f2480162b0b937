"""One quizapp per data folder; a lock left behind by a killed process blocks nothing."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import AlreadyRunning, Store, StoreError
from tests.conftest import REPO

CHILD = Path(__file__).with_name("child.py")


@pytest.fixture
def holder(folders: Paths) -> Iterator[subprocess.Popen[str]]:
    """Another quizapp process that has the data folder open."""
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(folders.data_dir), "hold"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "READY"
        yield proc
        if proc.poll() is None:
            proc.kill()


def test_a_second_start_is_told_who_has_the_folder(
    holder: subprocess.Popen[str], folders: Paths, clock: FakeClock
) -> None:
    """While one process has the folder, opening it again fails with a message naming it."""
    with pytest.raises(AlreadyRunning) as caught:
        Store.open(folders, clock)
    assert caught.value.pid == holder.pid
    assert caught.value.host == socket.gethostname()
    assert f"process {holder.pid}" in caught.value.message
    assert str(folders.data_dir) in caught.value.message


def test_the_lock_of_a_killed_process_blocks_nothing(
    holder: subprocess.Popen[str], folders: Paths, clock: FakeClock
) -> None:
    """After kill -9 of the holder (its lock file still there), the next start opens normally."""
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (folders.data_dir / "quizapp.lock").exists()
    with Store.open(folders, clock) as store:
        assert store.opened.notices == ()


def test_a_closed_store_lets_the_folder_go(folders: Paths, clock: FakeClock) -> None:
    """Within one process too: a second open fails until the first store is closed."""
    first = Store.open(folders, clock)
    with pytest.raises(AlreadyRunning, match="already open"):
        Store.open(folders, clock)
    first.close()
    Store.open(folders, clock).close()


def test_reading_for_export_does_not_need_the_folder(
    holder: subprocess.Popen[str], folders: Paths, clock: FakeClock
) -> None:
    """A reader (quizapp export) works while the app has the folder open."""
    reader = Store.open_for_reading(folders, clock)
    assert reader.learners() == []
    reader.close()


def test_a_reader_never_writes(folders: Paths, clock: FakeClock) -> None:
    """A store opened for reading refuses every change with a plain message."""
    with Store.open(folders, clock) as store:
        store.create_learner("Ana")
    reader = Store.open_for_reading(folders, clock)
    with pytest.raises(StoreError, match="reading only"):
        reader.create_learner("Ben")
    assert [x.name for x in reader.learners()] == ["Ana"]
    reader.close()


def test_deleting_the_lock_file_does_not_let_a_second_quizapp_in(
    holder: subprocess.Popen[str], folders: Paths, clock: FakeClock
) -> None:
    """The progress file itself is locked: with quizapp.lock deleted under a running app, a
    second start is still refused, so the two never write the same answers."""
    (folders.data_dir / "quizapp.lock").unlink()
    with pytest.raises(AlreadyRunning) as caught:
        Store.open(folders, clock)
    assert str(folders.data_dir) in caught.value.message


def test_a_lock_file_that_is_a_link_is_refused_and_its_target_untouched(
    folders: Paths, clock: FakeClock, tmp_path: Path
) -> None:
    """A planted symlink is never followed: the app refuses, naming the path, and the file it
    points to keeps its bytes."""
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    folders.data_dir.mkdir(parents=True)
    (folders.data_dir / "quizapp.lock").symlink_to(target)
    with pytest.raises(StoreError) as caught:
        Store.open(folders, clock)
    assert str(folders.data_dir / "quizapp.lock") in caught.value.message
    assert "link" in caught.value.message
    assert target.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize("side", ["progress.sqlite3", "progress.sqlite3-wal"])
def test_a_planted_link_for_the_progress_file_or_its_log_is_refused(
    folders: Paths, clock: FakeClock, tmp_path: Path, side: str
) -> None:
    """SQLite would follow a link when it opens or creates these files: refused, named, and
    the link's target untouched."""
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    folders.data_dir.mkdir(parents=True)
    (folders.data_dir / side).symlink_to(target)
    with pytest.raises(StoreError) as caught:
        Store.open(folders, clock)
    assert str(folders.data_dir / side) in caught.value.message
    assert target.read_text(encoding="utf-8") == "keep me"


def test_a_lock_path_that_is_a_folder_is_named_not_silently_read_only(
    folders: Paths, clock: FakeClock
) -> None:
    """A folder called quizapp.lock stops the start with a message saying so, instead of a
    session that silently saves nothing."""
    (folders.data_dir / "quizapp.lock").mkdir(parents=True)
    with pytest.raises(StoreError) as caught:
        Store.open(folders, clock)
    assert "folder is in the way" in caught.value.message
