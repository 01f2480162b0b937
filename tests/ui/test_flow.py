"""The wrapping row of buttons (`FlowLayout`): heights are remembered per width, and measured
again when a button changes."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.flow import FlowLayout


def test_a_longer_button_text_wraps_the_row_at_the_same_width(qtbot: QtBot) -> None:
    """A row that fits on one line at a width takes two lines there once a button's text grows
    (e.g. a translation), and one again when a button is hidden: a remembered height never
    clips a button."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder)
    first, second = QPushButton("Library"), QPushButton("Progress")
    row.addWidget(first)
    row.addWidget(second)
    width = row.sizeHint().width() + 10
    one_line = row.heightForWidth(width)
    second.setText("Progress of every quiz you ever took, with charts")
    assert row.heightForWidth(width) > one_line
    assert row.lines(width) == 2
    second.hide()
    assert row.heightForWidth(width) == one_line
