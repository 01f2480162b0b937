"""Small helpers for showing bank and learner text: always plain, never rich text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from datetime import datetime

from quizapp.words import clock_text, percent, plural

__all__ = [
    "clock_text",
    "keys",
    "percent",
    "plain_label",
    "plural",
    "when",
]  # the words live in quizapp.words


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


def keys(sequence: str) -> str:
    """A shortcut as this platform and language write it (`Ctrl+L`, `Strg+L`, `⌘L`): shown
    beside translated text, never part of it."""
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def when(moment: datetime) -> str:
    """A date and time in this computer's time zone, as the chosen language writes them."""
    return QLocale().toString(QDateTime(moment.astimezone()), QLocale.FormatType.ShortFormat)
