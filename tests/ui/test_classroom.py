"""The classroom window, driven by the keyboard as learners would: learners one after another
with nothing of the one before left on screen, the attempt allowance, what each feedback policy
shows, leaving (asked first, written as interrupted), results waiting in the outbox, and a
preset with mistakes that never starts."""

from __future__ import annotations

import logging
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp import cli, paths
from quizapp.app.classroom import Refused, open_classroom
from quizapp.app.context import AppContext
from quizapp.bank import Library, load_library
from quizapp.classroom import read_result
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.quiz import State
from quizapp.ui.classroom.window import RETRY_MS, ClassroomWindow
from quizapp.ui.window import MainWindow
from quizapp.ui.workers import finish_jobs
from tests.ui.helpers import activate, answer_right, focused, press, type_text
from tests.ui.test_never_frozen import Paints, Stuck

ENTER = Qt.Key.Key_Return

PRESET = """\
title: Week 3 review
instructions: Work alone. The clock keeps running.
banks: [every-type]
questions: 4
shuffle: false
mode: {mode}
feedback: {feedback}
attempts: {attempts}
time_limit: {{quiz: 600}}
results: {results}
"""

OpenRoom = Callable[..., ClassroomWindow]


@pytest.fixture
def library(folders: paths.Paths) -> Library:
    return load_library(list(folders.bank_dirs), folders.bank_cache_dir)


@pytest.fixture
def results_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "results"
    folder.mkdir()
    return folder


def write_preset(
    folder: Path,
    *,
    mode: str = "exam",
    feedback: str = "end",
    attempts: int = 0,
    results: str = "results",
    extra: str = "",
) -> Path:
    path = folder / "week3.preset.yaml"
    text = PRESET.format(mode=mode, feedback=feedback, attempts=attempts, results=results)
    path.write_text(textwrap.dedent(text) + extra, encoding="utf-8")
    return path


@pytest.fixture
def open_room(
    qtbot: QtBot,
    tmp_path: Path,
    folders: paths.Paths,
    store: Store,
    clock: FakeClock,
    library: Library,
) -> OpenRoom:
    """The classroom window for a preset written with these settings (windowed, for tests)."""

    def open_(**settings: object) -> ClassroomWindow:
        opened = open_classroom(write_preset(tmp_path, **settings), library, store, clock)  # type: ignore[arg-type]
        assert not isinstance(opened, Refused), opened
        room = ClassroomWindow(AppContext(folders, store, clock, library), opened)
        qtbot.addWidget(room, before_close_func=lambda w: w.allow_close())
        room.show()
        activate(qtbot, room)
        return room

    return open_


def start_as(qtbot: QtBot, room: ClassroomWindow, name: str) -> None:
    assert room.current_page() is room.names
    assert focused() is room.names.name
    type_text(qtbot, name)
    press(qtbot, ENTER)
    # with limited attempts, the results folder is asked off the GUI thread first
    qtbot.waitUntil(lambda: not room.names.is_checking, timeout=5000)


def answer_every_question(qtbot: QtBot, room: ClassroomWindow) -> None:
    """Answer each question right and press Enter (again after feedback, when it is shown)."""
    session = room.quiz.session
    assert session is not None
    while room.quiz.running():
        if session.state is State.ASKING:
            answer_right(qtbot, room.quiz)
        press(qtbot, ENTER)


def crash_after_one_answer(qtbot: QtBot, open_room: OpenRoom, name: str) -> None:
    """`attempts: 1`: the learner answers one question, then the app dies (its window is
    left hidden, its timers stopped: nothing more happens in it)."""
    first = open_room(attempts=1)
    start_as(qtbot, first, name)
    answer_right(qtbot, first.quiz)
    press(qtbot, ENTER)
    first.quiz.timer.stop()
    first.hide()


def handed_in(qtbot: QtBot, room: ClassroomWindow) -> None:
    """Wait for the background job that hands results in to the results folder."""
    qtbot.waitUntil(lambda: room.delivery_job is None or room.delivery_job.finished, timeout=15_000)


def result_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.result.json"))


def every_text(root: QWidget) -> list[str]:
    """What any label, field, list or button of the window says, shown or hidden."""
    texts = [root.windowTitle()]
    texts += [w.text() for w in root.findChildren(QLabel)]
    texts += [w.text() for w in root.findChildren(QLineEdit)]
    texts += [w.text() for w in root.findChildren(QAbstractButton)]
    for view in root.findChildren(QListWidget):
        texts += [view.item(i).text() for i in range(view.count())]
    texts += [
        w.accessibleName() + " " + w.accessibleDescription() for w in root.findChildren(QWidget)
    ]
    return texts


def the_box(room: ClassroomWindow) -> QMessageBox:
    box = room.confirmation
    assert box is not None and box.isVisible()
    return box


def test_two_learners_in_a_row_the_second_sees_nothing_of_the_first(
    qtbot: QtBot, open_room: OpenRoom, results_dir: Path
) -> None:
    """Ana's quiz, score and review; Enter on the end screen clears every page, and Bo starts a
    fresh quiz with no trace of Ana (name, answers, score) anywhere in the window."""
    room = open_room(feedback="end")
    assert room.names.heading.text() == "Week 3 review"
    assert room.names.instructions.text() == "Work alone. The clock keeps running."
    start_as(qtbot, room, "Ana Lopez")
    assert room.current_page() is room.quiz
    assert room.quiz.position.text() == "Question 1 of 4"
    assert not room.quiz.end.text().startswith("End")  # "Leave (Esc)": no other way out
    answer_every_question(qtbot, room)
    assert room.current_page() is room.end
    assert room.end.score.isVisible() and room.end.score.text() == "100%"
    assert room.end.list.count() == 4
    assert any("Ana Lopez" in text for text in every_text(room))

    press(qtbot, ENTER)  # Next learner
    assert room.current_page() is room.names
    assert focused() is room.names.name
    for text in every_text(room):
        assert "Ana" not in text and "Lopez" not in text, text
        assert "100%" not in text and "Vienna" not in text, text  # her score, her answers

    start_as(qtbot, room, "Bo")
    session = room.quiz.session
    assert session is not None and session.answers == ()
    assert room.quiz.position.text() == "Question 1 of 4"
    assert room.quiz.widget is not None and room.quiz.widget.response() is None
    assert not any("Ana" in text for text in every_text(room))
    handed_in(qtbot, room)  # Ana's result, handed in by a background job meanwhile
    assert len(result_files(results_dir)) == 1


def test_preset_and_learner_text_is_shown_as_plain_text(
    qtbot: QtBot,
    tmp_path: Path,
    folders: paths.Paths,
    store: Store,
    clock: FakeClock,
    library: Library,
    results_dir: Path,
) -> None:
    """A title, instructions and a learner name with markup show their characters: every label
    of the classroom window is plain text."""
    markup = '<b>bold</b> <img src="x.png"> <a href="x">link</a>'
    path = tmp_path / "markup.preset.yaml"
    path.write_text(
        f"title: '{markup}'\ninstructions: '{markup}'\nbanks: [every-type]\nresults: results\n",
        encoding="utf-8",
    )
    opened = open_classroom(path, library, store, clock)
    assert not isinstance(opened, Refused), opened
    room = ClassroomWindow(AppContext(folders, store, clock, library), opened)
    qtbot.addWidget(room, before_close_func=lambda w: w.allow_close())
    room.show()
    activate(qtbot, room)
    assert room.names.heading.text() == markup
    assert room.names.instructions.text() == markup
    start_as(qtbot, room, "<i>Ana</i>")
    assert room.who.text() == "· <i>Ana</i>"
    labels = room.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_learner_without_attempts_left_is_told_so_and_does_not_start(
    qtbot: QtBot, open_room: OpenRoom
) -> None:
    """`attempts: 1`: the same name (any case, spaces around) is refused in plain words."""
    room = open_room(attempts=1)
    assert "one attempt each" in room.names.subtitle.text()
    start_as(qtbot, room, "Ana")
    answer_every_question(qtbot, room)
    press(qtbot, ENTER)
    start_as(qtbot, room, "  ana ")
    assert room.current_page() is room.names
    assert room.names.refusal.isVisible()
    assert room.names.refusal.text() == (
        "Ana, you have used your 1 attempt at 'Week 3 review'. Ask your teacher if you need another."
    )
    assert room.quiz.session is None


def test_the_profile_is_offered_as_the_name_is_typed(
    qtbot: QtBot, open_room: OpenRoom, store: Store
) -> None:
    """Typing part of a name lists the profiles on this machine; ↓ and Enter pick one and
    start as that learner."""
    ana = store.create_learner("Ana Lopez")
    store.create_learner("Bo")
    room = open_room()
    type_text(qtbot, "lop")
    popup = room.names.name.completer().popup()
    assert popup.isVisible()  # keys now go to the list, as in any completion popup
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == [
        "Ana Lopez"
    ]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, ENTER)
    assert room.names.name.text() == "Ana Lopez"
    assert room.current_page() is room.quiz  # the same Enter starts
    assert room.sitting is not None and room.sitting.learner.id == ana.id


@pytest.mark.parametrize(
    ("mode", "feedback"),
    [("exam", "none"), ("exam", "score"), ("exam", "end"), ("practice", "after_each")],
)
def test_what_the_learner_sees_follows_the_feedback_policy(
    qtbot: QtBot, open_room: OpenRoom, mode: str, feedback: str
) -> None:
    """`none`: no feedback, no score, only "saved"; `score`: the score alone at the end; `end`:
    no feedback during the quiz, score and review at the end; `after_each`: right or wrong
    after every answer."""
    room = open_room(mode=mode, feedback=feedback)
    start_as(qtbot, room, "Ana")
    quiz = room.quiz
    answer_right(qtbot, quiz)
    press(qtbot, ENTER)
    if feedback == "after_each":
        assert quiz.feedback.isVisible() and quiz.feedback.verdict.text() == "✓ Right"
        assert not quiz.feedback.show_text.isVisible()  # no reader in a classroom
        press(qtbot, ENTER)
    else:
        assert not quiz.feedback.isVisible()
    assert quiz.position.text() == "Question 2 of 4"
    answer_every_question(qtbot, room)

    end = room.end
    assert room.current_page() is end
    assert end.heading.text() == "Done: your answers are saved"
    if feedback == "none":
        assert "Your teacher will see your results" in end.saved.text()
        for w in (end.score, end.summary, end.list, end.review):
            assert not w.isVisible()
        assert end.score.text() == "" and end.list.count() == 0
        assert not any("%" in t for t in every_text(room) if t)
    elif feedback == "score":  # the score alone: no answer, right or given, on the screen
        assert end.score.isVisible() and end.score.text() == "100%"
        assert not end.list.isVisible() and end.list.count() == 0 and not end.review.isVisible()
        labels = [label.text() for label in end.findChildren(QLabel)]
        assert not any(t.startswith(("Your answer", "Correct answer")) for t in labels), labels
    else:
        assert end.score.isVisible() and end.score.text() == "100%"
        assert end.list.isVisible() and end.list.count() == 4
        assert not end.feedback.show_text.isVisible()


def test_leaving_mid_quiz_asks_first_and_writes_an_interrupted_result(
    qtbot: QtBot, open_room: OpenRoom, results_dir: Path
) -> None:
    """Esc asks; No goes on with the quiz; Yes ends it, written at once as interrupted with the
    answer given, and the end screen follows."""
    room = open_room(feedback="end")
    start_as(qtbot, room, "Ana")
    answer_right(qtbot, room.quiz)
    press(qtbot, ENTER)
    press(qtbot, Qt.Key.Key_Escape)
    box = the_box(room)
    assert box.windowTitle() == "Leave the quiz?"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc in the box means No
    qtbot.waitUntil(lambda: not box.isVisible())
    assert room.quiz.running() and result_files(results_dir) == []
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop would
    assert not shiboken6.isValid(box)  # the answered box is gone; asking again still works

    press(qtbot, Qt.Key.Key_Escape)
    qtbot.keyClick(the_box(room), Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: room.current_page() is room.end)
    assert room.end.heading.text() == "You left the quiz: the answers you gave are saved"
    handed_in(qtbot, room)
    [path] = result_files(results_dir)
    result = read_result(path)
    assert (result.learner, result.interrupted, len(result.answers)) == ("Ana", True, 1)


def test_closing_the_window_mid_quiz_asks_then_leaves_the_quiz(
    qtbot: QtBot, open_room: OpenRoom, results_dir: Path
) -> None:
    """Closing (Alt+F4, the window's X) is asked first too; Yes writes the attempt as
    interrupted and closes."""
    room = open_room()
    start_as(qtbot, room, "Bo")
    room.close()
    assert room.isVisible()
    box = the_box(room)
    assert box.windowTitle() == "Close quizapp?"
    qtbot.keyClick(box, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: not room.isVisible())
    handed_in(qtbot, room)  # closing does not lose it: the job ends before the app does
    [path] = result_files(results_dir)
    assert read_result(path).interrupted


def test_after_a_crash_the_learner_comes_back_to_their_quiz(
    qtbot: QtBot, open_room: OpenRoom, results_dir: Path
) -> None:
    """The app died mid-quiz: at the next start the attempt is written as interrupted at once;
    when the learner types their name again, the quiz goes on where it was."""
    crash_after_one_answer(qtbot, open_room, "Ana")
    room = open_room(attempts=1)  # the app again (open_classroom recovers)
    handed_in(qtbot, room)  # the interrupted attempt, kept here, then handed in by a job
    [path] = result_files(results_dir)
    assert read_result(path).interrupted
    start_as(qtbot, room, "Ana")
    assert room.current_page() is room.quiz
    assert room.quiz.subtitle.text() == "Welcome back: your quiz goes on where it stopped."
    assert room.quiz.position.text() == "Question 2 of 4"
    answer_every_question(qtbot, room)
    handed_in(qtbot, room)
    [path] = result_files(results_dir)  # the finished file replaced the interrupted one
    assert not read_result(path).interrupted


def test_results_wait_in_the_outbox_until_the_folder_is_back(
    qtbot: QtBot, open_room: OpenRoom, tmp_path: Path, folders: paths.Paths
) -> None:
    """The folder is missing: the result waits on this machine and the status line says so;
    once the folder exists, "Try again" delivers it and the line goes away."""
    room = open_room(results="stick")
    line = room.outbox
    qtbot.waitUntil(lambda: "is not there (yet)" in line.message(), timeout=5000)  # off-thread
    assert line.isVisible()
    start_as(qtbot, room, "Ana")
    answer_every_question(qtbot, room)
    assert line.message().startswith("1 result waiting to be delivered.")
    qtbot.waitUntil(lambda: "is not there" in line.message(), timeout=15_000)  # handed in
    assert "Ana" not in line.message()  # the list, for the teacher, is one click away
    assert len(result_files(folders.data_dir / "outbox")) == 1
    qtbot.mouseClick(line.details, Qt.MouseButton.LeftButton)
    [listing] = [b for b in room.findChildren(QMessageBox) if b.isVisible()]
    assert "Ana · Week 3 review · finished" in listing.text()
    listing.accept()
    assert room.retry_timer.isActive() and room.retry_timer.interval() == RETRY_MS

    (tmp_path / "stick").mkdir()
    qtbot.mouseClick(line.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=5000)  # delivered off the GUI thread
    assert len(result_files(tmp_path / "stick")) == 1
    assert result_files(folders.data_dir / "outbox") == []


def test_the_timer_delivers_what_waits(qtbot: QtBot, open_room: OpenRoom, tmp_path: Path) -> None:
    """Every retry tick offers the waiting results to the folder again."""
    room = open_room(results="stick")
    start_as(qtbot, room, "Ana")
    answer_every_question(qtbot, room)
    assert room.outbox.isVisible()
    (tmp_path / "stick").mkdir()
    room.retry_timer.timeout.emit()
    qtbot.waitUntil(lambda: not room.outbox.isVisible(), timeout=15_000)
    assert len(result_files(tmp_path / "stick")) == 1


@pytest.fixture
def app_globals(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """`run_app` installs an excepthook, a log handler and the app's looks; put them back
    afterwards (a style sheet left behind changes the fonts of later tests)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger().handlers)
    level = logging.getLogger().level
    sheet, palette, style = qapp.styleSheet(), QPalette(qapp.palette()), qapp.style().name()
    dark = qapp.property("quizappDark")
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    if qapp.style().name() != style:
        qapp.setStyle(style)
    qapp.setProperty("quizappDark", dark)
    root = logging.getLogger()
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def answer_the_dialog(seen: list[str]) -> None:
    """When the app's modal box appears, note its text and close it (as Enter would)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        seen.append(box.text())
        box.accept()
    else:
        QTimer.singleShot(10, lambda: answer_the_dialog(seen))


def test_a_preset_with_mistakes_is_explained_and_nothing_starts(
    qtbot: QtBot, tmp_path: Path, bank_dir: Path, app_globals: None
) -> None:
    """`quizapp --preset FILE` with mistakes: one dialog lists each as file:line:col, in plain
    text, no window opens, and the exit status is 1."""
    bad = tmp_path / "broken.preset.yaml"
    bad.write_text(
        "title: Broken\nbanks: [no-such-bank]\nmode: exma\nresults: results\n", encoding="utf-8"
    )
    seen: list[str] = []
    QTimer.singleShot(0, lambda: answer_the_dialog(seen))
    code = cli.main(["--bank-dir", str(bank_dir), "--preset", str(bad)])
    assert code == 1
    [text] = seen
    assert f"{bad}:2:" in text and "no-such-bank" in text
    assert f"{bad}:3:7: error: `mode` must be practice or exam, not 'exma'" in text
    assert "Traceback" not in text
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassroomWindow)]


def test_quizapp_preset_opens_the_classroom_full_screen(
    qtbot: QtBot, tmp_path: Path, bank_dir: Path, results_dir: Path, app_globals: None
) -> None:
    """`quizapp --preset FILE` (a good one) opens the classroom window full screen on the name
    screen; closing it without a learner ends the app with status 0."""
    preset = write_preset(tmp_path)
    seen: list[tuple[bool, bool]] = []

    def look() -> None:
        rooms = [w for w in QApplication.topLevelWidgets() if isinstance(w, ClassroomWindow)]
        if not rooms:
            QTimer.singleShot(10, look)
            return
        room = rooms[0]
        seen.append((room.isFullScreen(), room.current_page() is room.names))
        room.allow_close()
        room.close()
        # closing the last window ends `app.exec()`, as it does for the teacher

    QTimer.singleShot(0, look)
    # should a window of another test still be open, the app would not quit by itself
    fallback = QTimer()
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: QApplication.exit(0))
    fallback.start(5000)
    code = cli.main(["--bank-dir", str(bank_dir), "--preset", str(preset)])
    fallback.stop()  # (quitting twice would leave Qt's loop stopped for the next tests)
    assert code == 0
    assert seen == [(True, True)]


def test_the_app_opens_a_preset_and_comes_back_when_the_classroom_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, results_dir: Path
) -> None:
    """From the app: the classroom opens full screen and the app hides (learners cannot switch
    to it); closing the classroom shows the app again. A preset with mistakes is explained."""
    room = window.open_classroom(str(write_preset(tmp_path)))
    assert room is not None  # closed below; it deletes itself on closing
    assert room.isFullScreen() and not window.isVisible()
    room.allow_close()
    room.close()
    assert window.isVisible() and window.classroom is None

    bad = tmp_path / "bad.preset.yaml"
    bad.write_text("title: Bad\nbanks: [every-type]\n", encoding="utf-8")
    assert window.open_classroom(str(bad)) is None
    [box] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"{bad}:1:1: error:" in box.text() and "results" in box.text()


def test_a_refused_lrs_key_is_shown_to_the_teacher_while_the_folder_gets_the_result(
    qtbot: QtBot, open_room: OpenRoom, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A preset naming an LRS that refuses the key: the result reaches the results folder, and
    the status line says the LRS refused the key (the statements wait on this machine)."""
    from tests.lrs.fakelrs import KEY, FakeLrs

    monkeypatch.setenv("QUIZAPP_LRS_KEY", KEY)
    monkeypatch.setenv("QUIZAPP_LRS_SECRET", "not-the-secret")
    (tmp_path / "results").mkdir()
    with FakeLrs() as lrs:
        room = open_room(
            extra=f"lrs:\n  endpoint: {lrs.url}\n  home_page: https://school.example\n"
        )
        start_as(qtbot, room, "Ana")
        answer_every_question(qtbot, room)
        handed_in(qtbot, room)
        assert len(result_files(tmp_path / "results")) == 1

        def told() -> bool:
            room.retry_timer.timeout.emit()  # the teacher's status line is redrawn on each tick
            return "refused the key and secret (401)" in room.outbox.message()

        qtbot.waitUntil(told)
        assert room.outbox.message().startswith("Results waiting for the LRS.")
        assert "not-the-secret" not in room.outbox.message()
        assert lrs.statements == {}
        room.allow_close()
        room.close()


def test_a_results_folder_that_does_not_answer_never_freezes_the_window(
    qtbot: QtBot, open_room: OpenRoom
) -> None:
    """While delivering to the results folder blocks, the classroom window keeps painting, a
    second retry does not pile up behind it, and closing the app waits for it (cancelled)."""
    room = open_room(results="stick")
    qtbot.waitUntil(lambda: room.delivery_job is None or room.delivery_job.finished, timeout=5000)
    stuck = Stuck()
    room.classroom.deliver_pending = stuck  # type: ignore[method-assign]
    room.retry_timer.timeout.emit()
    qtbot.waitUntil(stuck.started.is_set, timeout=5000)
    paints = Paints(room)
    qtbot.waitUntil(lambda: paints.count >= 10, timeout=3000)
    room.retry_timer.timeout.emit()
    assert stuck.calls == 1 and not room.delivery_job.finished  # not piled up: queued
    paints.timer.stop()
    stuck.release.set()
    assert finish_jobs(10_000)


class StuckCheck(Stuck):
    """A results-folder check that does not answer until released, then finds it fine."""

    def __init__(self) -> None:
        super().__init__()
        self.answered = threading.Event()

    def __call__(self, *args: object) -> None:  # type: ignore[override]
        super().__call__(*args)
        self.answered.set()


def test_handing_in_at_the_end_of_a_sitting_never_freezes_the_window(
    qtbot: QtBot, open_room: OpenRoom, results_dir: Path, folders: paths.Paths
) -> None:
    """The results folder does not answer when a learner finishes: the end screen comes at
    once and keeps painting, the result waits in the local outbox, and reaches the folder once
    the folder answers."""
    room = open_room()
    qtbot.waitUntil(lambda: room.delivery_job is None or room.delivery_job.finished, timeout=5000)
    stuck = StuckCheck()
    room.classroom.outbox.check_folder = stuck
    start_as(qtbot, room, "Ana")
    answer_every_question(qtbot, room)
    assert not stuck.answered.is_set()  # the last Enter did not wait for the folder
    assert room.current_page() is room.end
    assert len(result_files(folders.data_dir / "outbox")) == 1  # kept here first
    qtbot.waitUntil(stuck.started.is_set, timeout=5000)
    paints = Paints(room)
    qtbot.waitUntil(lambda: paints.count >= 10, timeout=3000)
    assert not stuck.answered.is_set()
    paints.timer.stop()
    stuck.release.set()
    qtbot.waitUntil(lambda: len(result_files(results_dir)) == 1, timeout=15_000)
    qtbot.waitUntil(lambda: not room.outbox.isVisible(), timeout=15_000)
    assert result_files(folders.data_dir / "outbox") == []


def test_a_learner_who_leaves_early_never_sees_the_key_to_questions_not_reached(
    qtbot: QtBot, open_room: OpenRoom
) -> None:
    """`feedback: end`, one answer, then leaving: the review lists every question, but those
    never reached show no correct answer, explanation or quote (the next learner sits here)."""
    room = open_room(feedback="end")
    start_as(qtbot, room, "Ana")
    answer_right(qtbot, room.quiz)
    press(qtbot, ENTER)
    room.quiz.end_quiz()
    end = room.end
    assert room.current_page() is end and end.list.count() == 4
    for row in range(1, 4):
        end.list.setCurrentRow(row)
        assert end.feedback.verdict.text() == "– Not reached"
        shown = [label.text() for label in end.feedback.findChildren(QLabel) if label.text()]
        assert not any("Correct answer" in t or "From the text" in t for t in shown), shown


def test_classroom_names_stay_off_the_apps_learner_list(
    qtbot: QtBot, open_room: OpenRoom, window: MainWindow
) -> None:
    """A name used only in the classroom is not a profile on "Who are you?"; a learner who
    practises in the app and also sat the classroom quiz stays listed."""
    from quizapp.classroom.session import META
    from quizapp.ui.pages.learners import CLASSROOM_KEY

    assert CLASSROOM_KEY == META
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.quick_start("every-type")
    window.quiz.end_quiz()
    room = open_room()
    for name in ("Zed", "Ana"):
        start_as(qtbot, room, name)
        answer_every_question(qtbot, room)
        press(qtbot, ENTER)  # next learner
    window.learners.refresh()
    listed = [window.learners.list.item(i).text() for i in range(window.learners.list.count())]
    assert listed == ["Ana"]
    assert {learner.name for learner in window.ctx.store.learners()} == {"Ana", "Zed"}
