"""Small helpers for showing bank and learner text: always plain, never rich text."""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from quizapp.words import clock_text, end_words, mode_in_sentence, mode_words, percent, plural

if TYPE_CHECKING:
    from quizapp.progress import UnfinishedAttempt

# the words live in quizapp.words
__all__ = [
    "as_written",
    "clock_text",
    "end_words",
    "keys",
    "mode_words",
    "percent",
    "plain_label",
    "plural",
    "when",
    "wrappable",
]

_LONG_WORD = re.compile(r"\S{25,}")
_ANYWHERE = "\u200b"  # a zero-width space: where a line may break, drawn as nothing


def wrappable(text: str) -> str:
    """`text` with words of 25 characters or more (a URL, a long compound, junk) free to break
    anywhere: a word-wrapped label breaks only at spaces, and one word wider than the window
    made the whole page scroll sideways."""
    return _LONG_WORD.sub(lambda m: _between_characters(m.group()), text)


def _between_characters(word: str) -> str:
    """`word` with a zero-width space between each two characters a reader sees: never inside
    one (a letter and its accent, a flag's two letters, an emoji joined of several)."""
    from PySide6.QtCore import QTextBoundaryFinder  # here: PySide builds a type on first use

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, word)
    ends = set(iter(finder.toNextBoundary, -1))  # in UTF-16 units, as Qt counts
    pieces, at = [], 0
    for char in word:
        if at in ends:
            pieces.append(_ANYWHERE)
        pieces.append(char)
        at += 2 if ord(char) > 0xFFFF else 1
    return "".join(pieces)


def as_written(text: str) -> str:
    """`text` without the breaks `wrappable` put in: what is copied, and read out."""
    return text.replace(_ANYWHERE, "")


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
    label = _WrappingLabel(parent) if wrap or selectable else QLabel(parent)
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
        label.installEventFilter(_CopiedAsShown(label))
    return label


class _WrappingLabel(QLabel):
    """A label whose text wraps (or that the mouse can select). A layout asks such a label its
    height for the same few widths again and again in one pass, and Qt lays the text out anew
    for each (a selectable label's as a whole document, ~0.4 M instructions): the height for a
    width is kept until the text, the font, the style or the margins change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= 64:  # a window dragged wider and narrower: keep it small
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        self._heights.clear()  # font, style sheet, frame and contents margins
        super().changeEvent(event)


class _CopiedAsShown(QObject):
    """Text copied from a selectable label without the zero-width spaces `wrappable` put in:
    a URL copied from an explanation must open, a word pasted into an answer must match."""

    _COPYING = frozenset((QEvent.Type.ContextMenu, QEvent.Type.MouseButtonRelease))
    _KEYS = frozenset((QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in self._COPYING and kind not in self._KEYS:
            return False  # the label's other events (a start sends it dozens) import nothing
        from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent  # built on first use

        copy_key = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy)
        if not (copy_key or kind in self._COPYING) or not isinstance(watched, QLabel):
            return False
        # the label copies (Ctrl+C, its menu, X11's selection); whether the event goes on to
        # the parent is still decided by its accepted flag
        watched.event(event)
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            copied = clipboard.text(mode)
            if _ANYWHERE in copied and copied == watched.selectedText():
                clipboard.setText(as_written(copied), mode)
        return True


def keys(sequence: str) -> str:
    """A shortcut as this platform and language write it (`Ctrl+L`, `Strg+L`, `⌘L`): shown
    beside translated text, never part of it."""
    native = QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)
    return native or sequence  # "Alt+↑" is no key Qt knows by name: shown as written


def when(moment: datetime) -> str:
    """A date and time in this computer's time zone, as the chosen language writes them."""
    return QLocale().toString(QDateTime(moment.astimezone()), QLocale.FormatType.ShortFormat)


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it literally. Qt has no plain-text tooltips: it guesses
    rich text (and `<img src=...>` then loads a file), so the text is escaped into rich text."""
    return QtGui.Qt.convertFromPlainText(text) if text else ""


def chart_text(text: str) -> str:
    """`text` for a chart label or title: Qt Charts draws those as HTML, always."""
    import html  # here: its entity table is not needed for the first page (start-up is measured)

    return html.escape(text, quote=False)


def unfinished_words(unfinished: UnfinishedAttempt) -> str:
    """The line that offers an unfinished quiz back (learner page and library)."""
    attempt = unfinished.attempt
    banks = ", ".join(b.title for b in attempt.banks)
    return QCoreApplication.translate(
        "LearnersPage",
        "You have an unfinished {mode} quiz on {banks}: {answers} so far, saved {saved}.",
    ).format(
        mode=mode_in_sentence(attempt.mode.value),
        banks=banks or QCoreApplication.translate("LearnersPage", "a quiz"),
        answers=plural(attempt.answer_count, "answer"),
        saved=when(unfinished.state_saved_at),
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
