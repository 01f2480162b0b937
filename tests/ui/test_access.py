"""What a screen reader gets (the QAccessible interface), and where the keyboard focus shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.quiz import QuizConfig, State
from quizapp.ui.window import MainWindow
from tests.ui.helpers import activate, focused, press, type_text

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def heard(widget: QWidget) -> tuple[str, str]:
    """The name and description a screen reader reads for `widget`."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid()
    return iface.text(NAME), iface.text(DESCRIPTION)


def test_a_screen_reader_hears_the_prompt_choices_countdown_and_feedback(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The prompt, each choice, the time left and the feedback reach the accessibility
    interface as their own words, with what they are in the description."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(
        QuizConfig(
            bank_ids=(BankId("every-type"),),
            shuffle_questions=False,
            shuffle_choices=False,
            question_limits=True,
            question_time_limit=45,
        )
    )
    quiz = window.quiz
    assert heard(quiz.prompt) == ("Where was the treaty signed?", "Question 1 of 7")
    choices = [heard(b) for b in quiz.widget.buttons]
    assert [name for name, _ in choices] == ["Vienna", "Paris", "Rome"]
    assert choices[1][1] == "Option 2 of 3; press 2 to pick it"
    assert [heard(label)[0] for label in quiz.widget.labels] == ["Vienna", "Paris", "Rome"]
    name, description = heard(quiz.question_clock.time)
    assert name == "0:45" and "Time left for the question" in description
    quiz.widget.pick(2)
    quiz.submit(blank_ok=True)
    assert quiz.session.state is State.FEEDBACK
    assert heard(quiz.feedback.verdict)[0] == "✗ Not right"
    assert heard(quiz.feedback.yours)[0] == "Your answer: Paris"
    assert heard(quiz.feedback.expected)[0] == "Correct answer: Vienna"
    assert heard(quiz.feedback.explanation)[0] == "The text says Vienna."
    assert "Not right" in heard(quiz.feedback)[1]
    # the list itself says which choice was right and which pick was wrong
    assert [label.text() for label in quiz.widget.labels] == ["✓ Vienna", "✗ Paris", "Rome"]
    assert heard(quiz.widget.labels[1]) == ("✗ Paris", "your pick, wrong")


def test_the_tab_bar_shows_when_it_has_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    """On the progress page, the tab bar looks different when it has the focus."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.go_progress()
    qtbot.waitUntil(lambda: window.progress.report is not None, timeout=10_000)
    activate(qtbot, window)
    bar = window.progress.tabs.tabBar()
    window.nav_library.setFocus()
    QApplication.processEvents()
    without = bar.grab().toImage()
    bar.setFocus()
    qtbot.waitUntil(bar.hasFocus, timeout=5000)
    QApplication.processEvents()
    assert bar.grab().toImage() != without


def test_a_stray_enter_with_nothing_chosen_asks_first(qtbot: QtBot, window: MainWindow) -> None:
    """Enter with no choice made asks before submitting "No answer"; No keeps the question."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    activate(qtbot, window)
    quiz = window.quiz
    press(qtbot, Qt.Key.Key_Return)
    box = quiz.blank_box
    assert box is not None and box.isVisible()
    assert quiz.session.state is State.ASKING and not quiz.session.answers
    box.button(QMessageBox.StandardButton.No).click()
    assert quiz.session.state is State.ASKING and not quiz.session.answers
    press(qtbot, Qt.Key.Key_Return)
    quiz.blank_box.button(QMessageBox.StandardButton.Yes).click()
    assert quiz.session.state is State.FEEDBACK
    assert quiz.feedback.verdict.text() == "✗ No answer"


def test_a_word_in_a_number_field_is_refused_with_the_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    """ "three" in a numeric answer keeps the learner on the question and says why; a number
    then submits."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    activate(qtbot, window)
    quiz = window.quiz
    while quiz.session.current.question.type.value != "numeric":
        quiz.submit(blank_ok=True)
        quiz.go_on()
    QApplication.processEvents()  # Qt shows a widget added to a shown page on the next turn
    activate(qtbot, window)
    assert focused() is quiz.widget.field
    type_text(qtbot, "three")
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.session.state is State.ASKING and quiz.blank_box is None
    reason = quiz.widget.reading.text()
    assert reason and "Read as" not in reason and quiz.widget.reading.isVisible()
    assert focused() is quiz.widget.field
    quiz.widget.field.clear()
    type_text(qtbot, "1815")
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.session.state is State.FEEDBACK and quiz.feedback.verdict.text() == "✓ Right"
