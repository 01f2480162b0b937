"""The results page: what the numbers mean when a quiz ended early."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.quiz import QuizConfig, State
from quizapp.ui.window import MainWindow
from tests.ui.helpers import answer_right


def test_ending_early_shows_answered_and_not_reached_apart(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Two right answers, then "End quiz": 100% of what was answered, the five questions never
    reached counted apart (not as wrong), and the whole quiz's share said plainly."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    quiz = window.quiz
    for _ in range(2):
        answer_right(qtbot, quiz)
        quiz.submit()
        assert quiz.session.state is State.FEEDBACK
        quiz.go_on()
    quiz.end_quiz()
    results = window.results
    assert window.current_page() is results
    assert results.score.text() == "100%"
    summary = results.summary.text()
    assert summary.startswith("2 of 2 answered right · 5 questions not reached · 29% of the whole")
    assert "ended early" in summary
