"""Small helpers for showing bank and learner text: always plain, never rich text."""

from __future__ import annotations

import html

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.words import clock_text, percent, plural

__all__ = ["clock_text", "percent", "plain_label", "plural"]  # the words live in quizapp.words


def plain_label(
    text: str = "",
    *,
    name: str,
    description: str = "",
    wrap: bool = True,
    selectable: bool = False,
    parent: QWidget | None = None,
) -> QLabel:
    """A QLabel that shows `text` exactly as written: no HTML, no links, no images."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setOpenExternalLinks(False)
    label.setText(text)
    label.setAccessibleName(name)
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
