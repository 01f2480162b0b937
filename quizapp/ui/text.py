"""Small helpers for showing bank and learner text: always plain, never rich text."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6 import QtGui
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.words import MODE_WORDS, clock_text, end_words, percent, plural

# the words live in quizapp.words
__all__ = ["MODE_WORDS", "clock_text", "end_words", "percent", "plain_label", "plural"]


def plain_label(
    text: str = "",
    *,
    name: str,
    description: str = "",
    wrap: bool = True,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A QLabel that shows `text` exactly as written: no HTML, no links, no images. `name` says
    what it is (its object name and, without `description`, its accessible description)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    label.setText(text)
    # No accessible name: a screen reader then reads the label's text itself (a fixed name
    # would replace it). What the label is for goes in the description.
    label.setObjectName(name)
    label.setAccessibleDescription(description or name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it literally. Qt has no plain-text tooltips: it guesses
    rich text (and `<img src=...>` then loads a file), so the text is escaped into rich text."""
    return QtGui.Qt.convertFromPlainText(text) if text else ""


def chart_text(text: str) -> str:
    """`text` for a chart label or title: Qt Charts draws those as HTML, always."""
    return html.escape(text, quote=False)


def unfinished_words(mode: str, banks: str, answers: int, saved_at: datetime) -> str:
    """The line that offers an unfinished quiz back (learner page and library)."""
    saved = saved_at.astimezone().strftime("%d %b %Y, %H:%M")
    return (
        f"You have an unfinished {MODE_WORDS.get(mode, mode).lower()} quiz on {banks or 'a quiz'}:"
        f" {plural(answers, 'answer')} so far, saved {saved}."
    )


class PathLabel(QLabel):
    """A file path on one line, shortened in the middle ("/home/…/banks/x.yaml") to the width
    it has; the whole path is its tooltip and what a screen reader reads. (A path has no spaces
    to wrap at, so a wrapping label would cut it off at the right.)"""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(name)
        self.setProperty("muted", True)
        self.full = ""

    def set_path(self, path: str) -> None:
        self.full = path
        self.setToolTip(path)
        self.setAccessibleDescription(path)
        self._fit()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(hint.width(), self.fontMetrics().horizontalAdvance("M" * 12)), hint.height()
        )

    def sizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance(self.full) + 4, super().sizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, width)
        if shown != self.text():
            self.setText(shown)
