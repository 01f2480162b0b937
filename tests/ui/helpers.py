"""Driving the app as a learner does: keys go to whatever has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.bank import QuestionType
from quizapp.quiz import QuestionView
from quizapp.ui.pages.quiz import QuizPage
from quizapp.ui.widgets import MatchWidget, OrderWidget

NO_MOD = Qt.KeyboardModifier.NoModifier
DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    """Press `key` where the keyboard focus is, as a learner would."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)


def answer_right(qtbot: QtBot, page: QuizPage) -> None:
    """Enter the right answer to the question on screen with the keyboard only."""
    view: QuestionView = page.session.current  # type: ignore[union-attr]
    q = view.question
    if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        for choice in q.correct_choices:
            press(qtbot, DIGIT[view.choices.index(choice) + 1])
    elif q.type is QuestionType.TRUE_FALSE:
        press(qtbot, DIGIT[1 if q.truth else 2])
    elif q.type is QuestionType.SHORT:
        type_text(qtbot, q.accepted[0])
    elif q.type is QuestionType.NUMERIC:
        type_text(qtbot, q.number_text)
    elif q.type is QuestionType.ORDER:
        widget = page.widget
        assert isinstance(widget, OrderWidget)
        for target, item in enumerate(q.items):
            press(qtbot, DIGIT[widget.order().index(item) + 1])
            for _ in range(widget.order().index(item) - target):
                press(qtbot, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
            assert widget.order().index(item) == target
    elif q.type is QuestionType.MATCH:
        widget = page.widget
        assert isinstance(widget, MatchWidget)
        for n, (left, right) in enumerate(q.pairs, 1):
            press(qtbot, DIGIT[n])
            combo = widget.combos[widget.lefts.index(left)]
            for _ in range(combo.findData(right) - combo.currentIndex()):
                press(qtbot, Qt.Key.Key_Down)
            assert combo.currentData() == right
