"""The whole journey, driven by the keyboard alone: a new learner, a quiz with every question
type, a question left to time out, the results and their review, and the progress page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId, QuestionType
from quizapp.clock import FakeClock
from quizapp.quiz import Mode, QuizConfig, State
from quizapp.ui.window import MainWindow
from tests.ui.helpers import DIGIT, activate, answer_right, focused, press, type_text

ENTER = Qt.Key.Key_Return


def test_whole_journey_by_keyboard(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> None:
    """Create a learner, take a quiz of every type (one timing out), see results, review, progress."""
    activate(qtbot, window)
    assert focused() is window.learners.name  # no learners yet: the name field is ready
    type_text(qtbot, "Ana")
    press(qtbot, ENTER)
    assert [window.learners.list.item(0).text()] == ["Ana"]
    assert focused() is window.learners.list
    press(qtbot, ENTER)
    assert window.current_page() is window.library
    assert focused() is window.library.tree
    press(qtbot, ENTER)
    assert window.current_page() is window.setup
    window.setup.time_question.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # a limit for each question
    assert window.setup.time_question.isChecked()
    press(qtbot, ENTER)

    quiz = window.quiz
    assert window.current_page() is quiz
    session = quiz.session
    assert session is not None and session.mode is Mode.PRACTICE
    assert len(session.questions) == 7
    seen = set()
    while session.state is not State.FINISHED:
        view = session.current
        seen.add(view.question.type)
        assert quiz.position.text() == f"Question {view.number} of 7"
        assert quiz.question_clock.time.text() == "0:45"
        if view.question.type is QuestionType.MATCH:
            press(qtbot, DIGIT[1])
            press(qtbot, Qt.Key.Key_Down)  # one pair picked, then time runs out
            clock.advance(46)
            quiz.tick()
            assert session.state is State.FEEDBACK
            assert session.feedback.submitted_by_clock
            assert quiz.feedback.isVisible()
        else:
            answer_right(qtbot, quiz)
            press(qtbot, ENTER)
            assert session.state is State.FEEDBACK
            assert quiz.feedback.verdict.text() == "✓ Right", view.question.id
        press(qtbot, ENTER)
    assert seen == set(QuestionType)

    assert window.current_page() is window.results
    results = session.results
    assert results.correct_count == 6
    assert window.results.list.count() == 7
    assert window.results.score.text() == window.results.score.text().strip()
    assert window.results.again.isEnabled()  # the timed-out match is a mistake to practise
    assert window.ctx.store.attempts(window.ctx.learner.id)[0].score == results.score

    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    progress = window.progress
    qtbot.waitUntil(lambda: progress.report is not None, timeout=5000)
    assert window.current_page() is progress
    assert progress.history.topLevelItemCount() == 1
    assert "7 answers" in progress.subtitle.text()
    activate(qtbot, window)
    progress.tabs.setCurrentIndex(1)
    progress.history.setFocus()
    assert focused() is progress.history
    press(qtbot, ENTER)
    assert window.current_page() is window.results
    assert window.results.heading.text() == "Review"
    assert window.results.list.count() == 7


def test_practise_mistakes_again_starts_a_mistakes_quiz(qtbot: QtBot, window: MainWindow) -> None:
    """From the results, Ctrl+M starts a quiz of exactly the questions that were missed."""
    window.choose_learner(window.ctx.store.create_learner("Bo"))
    window.quick_start("every-type")
    quiz = window.quiz
    while quiz.session.state is not State.FINISHED:
        if quiz.session.state is State.ASKING:
            quiz.submit(blank_ok=True)  # blank: wrong
        quiz.go_on()
    assert window.current_page() is window.results
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is quiz
    assert quiz.session.mode is Mode.MISTAKES
    assert len(quiz.session.questions) == 7


def test_escape_pauses_practice_and_hides_the_question(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Esc pauses: the clock stops and the question is hidden; Enter goes on."""
    window.choose_learner(window.ctx.store.create_learner("Cy"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), quiz_time_limit=300))
    quiz = window.quiz
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_Escape)
    assert quiz.session.state is State.PAUSED
    assert not quiz.question_card.isVisible() and quiz.paused_card.isVisible()
    clock.advance(120)
    quiz.tick()
    assert quiz.quiz_clock.time.text() == "5:00"
    press(qtbot, ENTER)
    assert quiz.session.state is State.ASKING
    assert quiz.question_card.isVisible()
