"""Never frozen: a bank folder or a results folder that does not answer (a dead network share,
a hung USB stick) never stops the window from drawing or the countdown from moving."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.classroom import Delivery
from quizapp.clock import FakeClock
from quizapp.quiz import QuizConfig
from quizapp.ui.window import MainWindow

BLOCK_S = 5.0


class Paints(QObject):
    """Counts the paint events a widget gets while a timer keeps asking it to repaint."""

    def __init__(self, widget: QObject) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(widget.update)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


class Stuck:
    """A folder check that does not answer for 5 s, or until released."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def __call__(self, *args: object) -> object:
        self.calls += 1
        self.started.set()
        self.release.wait(BLOCK_S)
        return [] if len(args) == 3 else Delivery((), ())


def test_a_bank_folder_that_does_not_answer_never_freezes_the_quiz(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """While scanning the bank folders blocks, the window paints and the countdown moves."""
    stuck = Stuck()
    window.watcher.scan = stuck
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(
        QuizConfig(bank_ids=(BankId("every-type"),), question_limits=True, question_time_limit=45)
    )
    window.reload_library()  # what a saved bank file starts
    qtbot.waitUntil(stuck.started.is_set, timeout=10_000)
    paints = Paints(window.quiz)
    clock.advance(20)
    qtbot.waitUntil(lambda: window.quiz.question_clock.time.text() == "0:25", timeout=3000)
    qtbot.waitUntil(lambda: paints.count >= 10, timeout=3000)
    assert not window.watcher.scan_job.finished  # all of that while the scan was stuck
    stuck.release.set()
    qtbot.waitUntil(lambda: window.watcher.scan_job.finished, timeout=10_000)
    paints.timer.stop()


def test_watching_a_bank_folder_created_later_lists_its_parent(tmp_path: Path) -> None:
    """The scan lists a missing bank folder's nearest existing parent, and stops when cancelled."""
    from quizapp.ui.workers import watch_list

    (tmp_path / "banks" / "sub").mkdir(parents=True)
    later = tmp_path / "data" / "banks"
    (tmp_path / "data").mkdir()
    found = watch_list([tmp_path / "banks", later], [], threading.Event())
    assert found == [
        str(tmp_path / "banks"),
        str(tmp_path / "banks" / "sub"),
        str(tmp_path / "data"),
    ]
    cancelled = threading.Event()
    cancelled.set()
    assert watch_list([tmp_path / "banks"], [], cancelled) == []
