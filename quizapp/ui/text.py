"""Small helpers for showing bank and learner text: always plain, never rich text."""

from __future__ import annotations

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
