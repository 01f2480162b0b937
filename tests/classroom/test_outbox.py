"""The outbox: results wait on the machine while the results folder is unreachable — missing,
renamed away, replaced by a file — and are delivered, once each, when it is back."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from quizapp.classroom import Outbox, read_result
from quizapp.classroom.results import AttemptResult
from quizapp.words import notice, results_waiting
from tests.classroom.helpers import attempt, item
from tests.progress.helpers import read_only_folder


def result_for(folder: Path, learner: str = "Ana", minute: int = 0) -> AttemptResult:
    return replace(attempt(learner, [item("q1", 1.0)], minute=minute), results_folder=str(folder))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def test_a_result_is_delivered_and_kept_as_this_machines_copy(
    tmp_path: Path, results_dir: Path
) -> None:
    """Delivered: in the results folder, moved to outbox/delivered, nothing waiting."""
    outbox = Outbox(tmp_path / "data")
    result = result_for(results_dir)
    delivery = outbox.put(result)
    assert delivery.delivered == (result.file_name,) and delivery.complete
    assert results_waiting(delivery.problems, len(delivery.waiting)) is None
    assert names(results_dir) == [result.file_name]
    assert names(outbox.folder) == [] and names(outbox.delivered_folder) == [result.file_name]
    assert read_result(results_dir / result.file_name) == result
    assert list(outbox.local_results()) == [result]


def test_a_missing_folder_keeps_results_waiting_and_says_why(tmp_path: Path) -> None:
    """A folder that is not there (stick unplugged): nothing raises, the result waits, and the
    message says what to do; the folder is not created."""
    outbox = Outbox(tmp_path / "data")
    missing = tmp_path / "stick" / "results"
    delivery = outbox.put(result_for(missing))
    assert delivery.delivered == () and len(delivery.waiting) == 1
    assert results_waiting(delivery.problems, len(delivery.waiting)) == (
        f"The results folder {missing} is not there (is the USB stick plugged in, or the shared "
        "folder connected?). 1 result kept on this machine will be delivered when it "
        "is back."
    )
    assert not missing.exists() and not missing.parent.exists()
    waiting = outbox.pending()[0]
    assert (waiting.learner, waiting.preset_title, waiting.only_in_memory) == (
        "Ana",
        "Week 3 review",
        False,
    )


def test_results_written_while_the_folder_was_renamed_away_arrive_when_it_is_back(
    tmp_path: Path, results_dir: Path
) -> None:
    """Folder renamed away: results pile up in the outbox; renamed back: one retry delivers
    every one of them, each exactly once."""
    outbox = Outbox(tmp_path / "data")
    outbox.put(result_for(results_dir, "Ana"))
    away = results_dir.with_name("results-away")
    results_dir.rename(away)
    for i, learner in enumerate(["Bob", "Cem", "Dana"], start=1):
        delivery = outbox.put(result_for(results_dir, learner, minute=i))
        assert len(delivery.waiting) == i
    later = outbox.deliver_pending()
    assert "is not there" in (results_waiting(later.problems, len(later.waiting)) or "")
    away.rename(results_dir)
    delivery = outbox.deliver_pending()
    assert len(delivery.delivered) == 3 and delivery.complete and outbox.pending() == ()
    assert len(names(results_dir)) == 4
    assert outbox.deliver_pending().delivered == ()  # nothing is sent twice


def test_a_file_where_the_folder_should_be_is_reported_not_written_into(
    tmp_path: Path, results_dir: Path
) -> None:
    """A file in place of the folder (as root, chmod would not stop a write): reported."""
    results_dir.rmdir()
    results_dir.write_text("not a folder", encoding="utf-8")
    outbox = Outbox(tmp_path / "data")
    delivery = outbox.put(result_for(results_dir))
    assert [notice(n) for n in delivery.problems] == [
        f"The results folder {results_dir} is not a folder."
    ]
    assert results_dir.read_text(encoding="utf-8") == "not a folder"
    results_dir.unlink()
    results_dir.mkdir()
    assert outbox.deliver_pending().complete


def test_a_folder_that_refuses_writes_keeps_the_result_waiting(
    tmp_path: Path, results_dir: Path
) -> None:
    """A results folder that exists but refuses writes (read-only, immutable for root): the
    write fails for real, the result waits, and it is delivered once writing works again."""
    outbox = Outbox(tmp_path / "data")
    with read_only_folder(results_dir):
        delivery = outbox.put(result_for(results_dir))
        assert [notice(n) for n in delivery.problems] == [
            f"The results folder {results_dir} cannot be written to: the disk or folder is "
            "read-only."
        ]
        assert names(results_dir) == []
    assert outbox.deliver_pending().complete
    assert len(names(results_dir)) == 1


def test_when_even_the_outbox_cannot_be_written_the_result_is_kept_in_memory(
    tmp_path: Path, results_dir: Path
) -> None:
    """A data folder that cannot hold the outbox (a file in its place) and an unreachable
    results folder: the result is held in memory, listed as such, and delivered later."""
    data = tmp_path / "data"
    data.write_text("", encoding="utf-8")
    results_dir.rename(tmp_path / "away")
    outbox = Outbox(data)
    result = result_for(results_dir)
    delivery = outbox.put(result)
    assert [w.only_in_memory for w in delivery.waiting] == [True]
    assert "The outbox" in (results_waiting(delivery.problems, len(delivery.waiting)) or "")
    (tmp_path / "away").rename(results_dir)
    delivery = outbox.deliver_pending()
    assert delivery.delivered == (result.file_name,) and delivery.complete
    assert names(results_dir) == [result.file_name]


def test_a_copy_already_delivered_is_not_written_again(tmp_path: Path, results_dir: Path) -> None:
    """Delivered but not moved out of the outbox (a crash in between): the retry finds the same
    bytes there, leaves them, and clears the outbox."""
    outbox = Outbox(tmp_path / "data")
    result = result_for(results_dir)
    outbox.put(result)
    delivered = outbox.delivered_folder / result.file_name
    delivered.rename(outbox.folder / result.file_name)  # as if the move never happened
    before = (results_dir / result.file_name).stat().st_mtime_ns
    assert outbox.deliver_pending().delivered == (result.file_name,)
    assert (results_dir / result.file_name).stat().st_mtime_ns == before


def test_a_finished_attempt_replaces_its_interrupted_file(
    tmp_path: Path, results_dir: Path
) -> None:
    """The same attempt written again (interrupted, then finished) replaces its file."""
    outbox = Outbox(tmp_path / "data")
    interrupted = replace(result_for(results_dir), interrupted=True, finish_reason="interrupted")
    outbox.put(interrupted)
    finished = result_for(results_dir)
    outbox.put(finished)
    assert names(results_dir) == [finished.file_name]
    assert read_result(results_dir / finished.file_name).interrupted is False


def test_keeping_and_listing_never_wait_for_a_stuck_delivery(
    tmp_path: Path, results_dir: Path
) -> None:
    """While a delivery hangs on a results folder that does not answer, a new result is kept
    and listed at once; once the folder answers, both arrive."""
    outbox = Outbox(tmp_path / "data")
    first, second = result_for(results_dir), result_for(results_dir, "Bo", minute=1)
    outbox.keep(first)
    started, release = threading.Event(), threading.Event()

    def stuck(folder: Path) -> None:
        started.set()
        release.wait(5.0)

    outbox.check_folder = stuck
    delivering = threading.Thread(target=outbox.deliver_pending)
    delivering.start()
    assert started.wait(5.0)
    kept = outbox.keep(second)  # from the GUI thread: does not wait for the lock
    assert not release.is_set() and delivering.is_alive()
    assert {w.learner for w in kept.waiting} == {"Ana", "Bo"}
    assert names(results_dir) == []
    release.set()
    delivering.join(10.0)
    assert outbox.deliver_pending().complete
    assert names(results_dir) == sorted([first.file_name, second.file_name])
