"""After a crash, the unfinished quiz is offered on the learner page and resumes where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp import paths
from quizapp.app.context import AppContext
from quizapp.bank import BankId
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.quiz import QuizConfig, State
from quizapp.ui.window import MainWindow
from quizapp.words import Notice
from tests.ui.helpers import activate, focused, press


def open_window(qtbot: QtBot, folders: paths.Paths, clock: FakeClock) -> MainWindow:
    store = Store.open(folders, clock)
    window = MainWindow(AppContext(folders, store, clock))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.ctx.library.banks), timeout=10_000)
    return window


def reopened_after_a_crash(qtbot: QtBot, folders: paths.Paths, clock: FakeClock) -> MainWindow:
    """Bo starts a quick practice, the app dies mid-quiz, and opens again."""
    first = open_window(qtbot, folders, clock)
    first.choose_learner(first.ctx.store.create_learner("Bo"))
    first.quick_start("every-type")
    first.quiz.timer.stop()
    first.ctx.store.close()
    first.hide()
    return open_window(qtbot, folders, clock)


def test_resume_after_a_crash(qtbot: QtBot, folders: paths.Paths, clock: FakeClock) -> None:
    """Answers and the entry being typed survive; time left continues from the last save."""
    first = open_window(qtbot, folders, clock)
    learner = first.ctx.store.create_learner("Ana")
    first.choose_learner(learner)
    first.start_quiz(
        QuizConfig(
            bank_ids=(BankId("every-type"),), seed=4, quiz_time_limit=600, shuffle_questions=False
        )
    )
    quiz = first.quiz
    quiz.submit(blank_ok=True)  # question 1: blank
    quiz.go_on()
    clock.advance(30)
    quiz.tick()
    quiz.widget.pick(1)  # an entry on question 2, not submitted
    clock.advance(6)  # the 5-second autosave is due
    quiz.tick()
    asked = quiz.session.current.ref
    draft = quiz.session.draft
    assert draft is not None
    # the crash: the process dies; only what is on disk remains
    quiz.timer.stop()
    first.ctx.store.close()
    first.hide()

    second = open_window(qtbot, folders, clock)
    activate(qtbot, second)
    page = second.learners
    assert page.selected_id() == learner.id  # the last learner is remembered
    assert page.resume_card.isVisible()
    assert "1 answer" in page.resume_text.text()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert second.current_page() is second.quiz
    session = second.quiz.session
    assert session.state is State.ASKING
    assert session.current.ref == asked
    assert len(session.answers) == 1
    assert second.quiz.widget.response() == draft
    assert second.quiz.quiz_clock.time.text() == "9:24"  # 600 - 36 seconds
    second.quiz.submit(blank_ok=True)
    assert len(second.ctx.store.answers(second.quiz.recorder.attempt_id)) == 2
    second.ctx.store.close()


def test_discarding_the_unfinished_quiz(
    qtbot: QtBot, folders: paths.Paths, clock: FakeClock
) -> None:
    """Discard ends the attempt, so it is not offered again."""
    second = reopened_after_a_crash(qtbot, folders, clock)
    assert second.learners.resume_card.isVisible()
    second.learners.discard_button.click()
    assert not second.learners.resume_card.isVisible()
    assert second.ctx.store.unfinished_attempts() == []
    second.ctx.store.close()


def test_tab_goes_from_continue_to_the_unfinished_quiz(
    qtbot: QtBot, folders: paths.Paths, clock: FakeClock
) -> None:
    """Tab goes from Continue to Resume quiz and Discard it, then on to the field for a new
    learner's name (the card is built only when there is a quiz to offer)."""
    second = reopened_after_a_crash(qtbot, folders, clock)
    activate(qtbot, second)
    page = second.learners
    assert page.resume_button.isEnabled()  # the banks are loaded
    page.go.setFocus()
    order = []
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Tab)
        order.append(focused())
    assert order == [page.resume_button, page.discard_button, page.name]
    second.ctx.store.close()


def test_the_library_offers_the_unfinished_quiz_too(
    qtbot: QtBot, folders: paths.Paths, clock: FakeClock
) -> None:
    """An unfinished quiz is offered in the library as well, and Ctrl+R there resumes it."""
    second = reopened_after_a_crash(qtbot, folders, clock)
    second.learners.continue_as_selected()
    library = second.library
    assert second.current_page() is library
    assert library.unfinished_card.isVisible()
    assert library.unfinished_text.text().startswith("You have an unfinished practice quiz")
    activate(qtbot, second)
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert second.current_page() is second.quiz and second.quiz.running()
    second.quiz.end_quiz()
    second.go_library()
    assert not library.unfinished_card.isVisible()
    second.ctx.store.close()


def test_a_repair_made_mid_quiz_shows_in_the_status_line(
    qtbot: QtBot, folders: paths.Paths, clock: FakeClock
) -> None:
    """When the store reports a repair it made while the quiz ran, the quiz page says so in its
    status line, as plain text."""
    window = open_window(qtbot, folders, clock)
    learner = window.ctx.store.create_learner("Ana")
    window.choose_learner(learner)
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), seed=4, shuffle_questions=False))
    quiz = window.quiz
    assert not quiz.status.isVisible()
    notice = Notice("store_lost", {"problem": "<b>not a database</b>", "moved": "/d/damaged"})
    window.ctx.store.notices.append(notice)
    quiz.submit(blank_ok=True)
    qtbot.waitUntil(quiz.status.isVisible, timeout=5000)
    assert quiz.status.text().startswith("The progress file was damaged (<b>not a database</b>)")
    assert quiz.status.textFormat() == Qt.TextFormat.PlainText
