"""The classroom window when the results folder hangs at the start of a sitting: recovery and
the attempts-allowed check never wait for the folder on the GUI thread, the learner is told
what is going on, and nobody gets an extra attempt because the folder did not answer.

A real hung share cannot be made in a test: our readers open files with O_NONBLOCK and list
only regular files, so a FIFO named like a result file neither blocks nor counts (the last
test pins that), and root reads a folder whatever its mode. The hang is therefore a folder
reader that blocks its (real) thread until released, as in test_never_frozen.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp import paths
from quizapp.classroom import Classroom, presetcheck, read_result
from quizapp.classroom import outbox as outbox_module
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.ui.classroom import window as window_module
from quizapp.ui.classroom.window import CHECK_MS, ClassroomWindow
from quizapp.ui.workers import finish_jobs
from tests.ui.helpers import press, type_text
from tests.ui.test_classroom import (
    ENTER,
    OpenRoom,
    answer_every_question,
    crash_after_one_answer,
    library,
    open_room,
    result_files,
    results_dir,
    start_as,
)
from tests.ui.test_never_frozen import BLOCK_S, Paints

__all__ = ["library", "open_room", "results_dir"]  # fixtures used here

NO_ANSWER = (
    "Your earlier results cannot be checked: the results folder does not answer. Ask your "
    "teacher to check the USB stick or the shared folder, then press Start again."
)


class Hung:
    """A results-folder read that does not answer until released (or BLOCK_S), then gives
    `answer`; it notes the threads it was called on."""

    def __init__(self, answer: object = None) -> None:
        self.answer = answer
        self.started = threading.Event()
        self.release = threading.Event()
        self.answered = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *_args: object) -> object:
        self.threads.append(threading.current_thread())
        self.started.set()
        self.release.wait(BLOCK_S)
        self.answered.set()
        return self.answer

    @property
    def on_gui_thread(self) -> bool:
        return threading.main_thread() in self.threads


def enter_name(qtbot: QtBot, room: ClassroomWindow, name: str) -> None:
    type_text(qtbot, name)
    press(qtbot, ENTER)


def test_start_waits_for_the_results_folder_without_freezing_the_window(
    qtbot: QtBot, open_room: OpenRoom
) -> None:
    """`attempts: 1`: while the results folder is asked for the learner's earlier attempts, the
    name screen says so, takes no second Enter, and keeps painting; the quiz starts with the
    answer."""
    room = open_room(attempts=1)
    hung = Hung(frozenset())
    room.classroom.earlier_attempts = hung  # type: ignore[method-assign]
    enter_name(qtbot, room, "Ana")
    qtbot.waitUntil(hung.started.is_set, timeout=5000)
    names = room.names
    assert names.waiting.isVisible() and names.waiting.text() == "Checking your earlier results…"
    assert not names.go.isEnabled() and names.name.isReadOnly()
    paints = Paints(room)
    qtbot.waitUntil(lambda: paints.count >= 10, timeout=3000)
    paints.timer.stop()
    press(qtbot, ENTER)  # impatient: no second check piles up behind the first
    assert len(hung.threads) == 1 and not hung.on_gui_thread
    assert room.current_page() is names and not hung.answered.is_set()
    hung.release.set()
    qtbot.waitUntil(lambda: room.current_page() is room.quiz, timeout=5000)
    assert not names.waiting.isVisible() and names.go.isEnabled()


def test_a_results_folder_that_never_answers_gives_no_attempt_and_says_what_to_do(
    qtbot: QtBot, open_room: OpenRoom, store: Store
) -> None:
    """The folder does not answer within the time-out: the learner is told to fetch the teacher
    and does not start (no profile, no attempt); Enter again while the folder still hangs says
    the same at once; once it answers, Start works."""
    room = open_room(attempts=1)
    assert room.check_timer.interval() == CHECK_MS and room.check_timer.isSingleShot()
    hung = Hung(frozenset())
    room.classroom.earlier_attempts = hung  # type: ignore[method-assign]
    enter_name(qtbot, room, "Ana")
    qtbot.waitUntil(hung.started.is_set, timeout=5000)
    assert room.check_timer.isActive()
    room.check_timer.timeout.emit()  # the time-out, without waiting for it
    names = room.names
    assert names.refusal.isVisible() and names.refusal.text() == NO_ANSWER
    assert not names.waiting.isVisible() and names.go.isEnabled()
    assert room.current_page() is names and room.quiz.session is None
    assert store.find_learner("Ana") is None

    press(qtbot, ENTER)  # the folder still hangs: told again, no second reader stuck on it
    assert names.refusal.text() == NO_ANSWER and len(hung.threads) == 1
    hung.release.set()
    qtbot.waitUntil(lambda: room.check_job is not None and room.check_job.finished, timeout=5000)
    assert room.current_page() is names  # the late answer is dropped: nobody pressed Start

    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: room.current_page() is room.quiz, timeout=5000)
    assert len(hung.threads) == 2 and not hung.on_gui_thread


def test_opening_the_preset_after_a_crash_never_waits_for_the_results_folder(
    qtbot: QtBot,
    open_room: OpenRoom,
    results_dir: Path,
    folders: paths.Paths,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app died mid-quiz and the results folder hangs when it starts again: the window opens
    at once with the interrupted attempt kept on this machine, the learner goes on with their
    quiz and finishes it meanwhile, and the attempt reaches the folder once it answers."""
    crash_after_one_answer(qtbot, open_room, "Ana")
    hung = Hung()  # the folder check answers "fine" (None) once released
    monkeypatch.setattr(outbox_module, "_unreachable", hung)
    there = Hung(True)  # and the status line's "is the folder there?"
    there.release = hung.release
    monkeypatch.setattr(window_module, "is_folder", there)
    looked = Hung(True)  # and the preset checker's "is the results folder there?"
    looked.release = hung.release
    monkeypatch.setattr(presetcheck, "_is_dir", looked)
    room = open_room(attempts=1)  # recovers the attempt
    assert not hung.answered.is_set() and not looked.threads  # opening did not ask the folder
    [kept] = result_files(folders.data_dir / "outbox")
    assert read_result(kept).interrupted
    start_as(qtbot, room, "Ana")  # resuming needs nothing from the folder
    assert room.current_page() is room.quiz
    assert room.quiz.position.text() == "Question 2 of 4"
    answer_every_question(qtbot, room)
    assert room.current_page() is room.end
    assert result_files(results_dir) == [] and not hung.answered.is_set()
    hung.release.set()
    qtbot.waitUntil(lambda: len(result_files(results_dir)) == 1, timeout=5000)
    [path] = result_files(results_dir)
    assert not read_result(path).interrupted  # the finished attempt replaced the interrupted one
    assert finish_jobs(5000)
    assert there.threads and not hung.on_gui_thread and not there.on_gui_thread


def test_an_attempt_on_another_machine_counts_and_a_fifo_in_the_folder_blocks_nothing(
    qtbot: QtBot,
    open_room: OpenRoom,
    results_dir: Path,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    """`attempts: 1`: Ana's attempt on another machine, found in the results folder by the
    background check, refuses her here; a FIFO named like one of her result files (a plain
    open() of it waits for a writer) neither blocks the check nor counts."""
    room = open_room(attempts=1)
    other = Store.open(paths.resolve(data_dir=tmp_path / "lab-2"), clock)
    try:
        lab2 = Classroom(
            room.classroom.preset, room.classroom.library, other, clock, machine="lab-2"
        )
        lab2.begin("Ana").leave()  # delivered at once (no GUI there)
    finally:
        other.close()
    [elsewhere] = result_files(results_dir)
    fifo = results_dir / elsewhere.name.replace("lab-2", "lab-3")
    os.mkfifo(fifo)
    assert room.classroom.earlier_attempts("Bo") == frozenset()

    start_as(qtbot, room, "Ana")
    assert room.current_page() is room.names
    assert room.names.refusal.text().startswith("Ana, you have used your 1 attempt")
    start_as(qtbot, room, "Bo")
    assert room.current_page() is room.quiz
