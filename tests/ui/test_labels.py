"""Labels whose text wraps or can be selected (`plain_label`): heights are remembered per width,
and measured again when the text, the font, the style or the margins change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from quizapp.ui.text import plain_label

WORDS = "A bank about the rivers and mountains of Europe, with their lengths and heights"


def test_a_selectable_labels_height_follows_its_text_and_font(qtbot: QtBot) -> None:
    """At the same width, a longer text takes more lines, a bigger font more height, and a
    shorter text fewer lines again: a remembered height never clips the text, nor leaves a gap."""
    label = plain_label("Rivers", name="About this bank", selectable=True)
    qtbot.addWidget(label)
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    width = label.fontMetrics().horizontalAdvance("Rivers and mountains")
    one_line = label.heightForWidth(width)
    label.setText(WORDS)
    lines = label.heightForWidth(width)
    assert lines > 2 * one_line
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(width) > lines
    label.setText("Rivers")
    assert label.heightForWidth(width) < lines
    label.setText(WORDS)
    label.setStyleSheet("QLabel { font-size: 6pt; }")
    label.ensurePolished()  # as a layout does before it measures
    small = label.heightForWidth(width)
    label.setStyleSheet("QLabel { font-size: 30pt; }")
    label.ensurePolished()
    assert label.heightForWidth(width) > small


def test_a_wrapping_labels_height_follows_clearing_and_margins(qtbot: QtBot) -> None:
    """A cleared label no longer asks for the lines its old text took, and a margin set after
    a height was measured adds to that height."""
    label = plain_label(WORDS, name="Explanation")
    qtbot.addWidget(label)
    width = label.fontMetrics().horizontalAdvance("Rivers and mountains")
    lines = label.heightForWidth(width)
    label.clear()
    assert label.heightForWidth(width) < lines
    label.setText("Rivers")
    one_line = label.heightForWidth(width)
    label.setMargin(8)
    assert label.heightForWidth(width) == one_line + 16


def test_a_labels_height_follows_its_indent_and_wrapping(qtbot: QtBot) -> None:
    """Turning wrapping off puts the text on one line; an indent set after a height was
    measured narrows the text, so it takes more lines."""
    label = plain_label(WORDS, name="Explanation")
    qtbot.addWidget(label)
    width = label.fontMetrics().horizontalAdvance("Rivers and mountains of Europe")
    lines = label.heightForWidth(width)
    label.setIndent(width // 2)
    assert label.heightForWidth(width) > lines
    label.setIndent(0)
    label.setWordWrap(False)
    assert label.heightForWidth(width) < lines
