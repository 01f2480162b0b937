"""Step 7, the reader: a bank's source text, opened at a quoted passage with it highlighted.

The text is plain (QPlainTextEdit); the highlight is an extra selection, so nothing in the text
is ever interpreted as markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPlainTextEdit, QTextEdit

from quizapp.bank import Bank, Image
from quizapp.bank.loader import MAX_SOURCE_BYTES
from quizapp.bank.sourcetext import normalise
from quizapp.files import os_words, read_text_bounded
from quizapp.ui.pages.common import Page, button, tell
from quizapp.ui.text import keys
from quizapp.ui.theme import colour
from quizapp.ui.widgets.image import QuestionImage


def find_in_raw(raw: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` is in `raw` when both are compared normalised (as the bank checker does):
    (start, end) offsets into `raw`, or None."""
    wanted = normalise(quote)
    if not wanted:
        return None
    norm: list[str] = []
    where: list[int] = []
    pending_space = -1
    for i, ch in enumerate(raw):
        if ch.isspace():
            if norm and pending_space < 0:
                pending_space = i
            continue
        if pending_space >= 0:
            norm.append(" ")
            where.append(pending_space)
            pending_space = -1
        norm.append(normalise(ch) or ch)
        where.append(i)
    start = "".join(norm).find(wanted)
    if start < 0:
        return None
    return where[start], where[start + len(wanted) - 1] + 1


def highlight_quote(text: QPlainTextEdit, quote: str | None) -> tuple[int, int] | None:
    """Mark `quote` in a plain text view (an extra selection, never markup) and scroll to it;
    where it is, or None (then nothing is marked and the view goes to the top)."""
    span = find_in_raw(text.toPlainText(), quote) if quote else None
    if span is None:
        text.setExtraSelections([])
        text.moveCursor(QTextCursor.MoveOperation.Start)
        return None
    cursor = text.textCursor()
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    fmt = QTextCharFormat()
    fmt.setBackground(colour("quote"))
    fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
    selection.format = fmt  # type: ignore[attr-defined]
    selection.cursor = cursor  # type: ignore[attr-defined]
    text.setExtraSelections([selection])
    start = text.textCursor()
    start.setPosition(span[0])
    text.setTextCursor(start)
    text.centerCursor()
    return span


class ReaderPage(Page):
    back = Signal()

    def __init__(self) -> None:
        super().__init__(self.tr("Source text"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.setAccessibleDescription(
            self.tr("The text the questions are built from; the quoted passage is highlighted")
        )
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find in the text ({key})").format(key=keys("Ctrl+F")))
        self.find.setAccessibleName(self.tr("Find in the text"))
        self.find.setAccessibleDescription(
            self.tr("Type words and press Enter to find the next place they appear")
        )
        self.find.returnPressed.connect(self._find_next)
        self.done = button(
            self.tr("Back ({key})").format(key=keys("Esc")),
            self.tr("Close the text and go back"),
            name=self.tr("Back"),
        )
        self.done.clicked.connect(self.back)
        row = QHBoxLayout()
        row.addWidget(self.find, 1)
        row.addWidget(self.done)
        self.body.addLayout(row)
        self.picture = QuestionImage()
        self.body.addWidget(self.picture)
        self.body.addWidget(self.text, 1)
        self.highlighted: tuple[int, int] | None = None
        self.path: Path | None = None

    def open_bank(self, bank: Bank, quote: str | None = None) -> bool:
        """Show the bank's source text, at `quote` if given; False (after saying why) if none."""
        file = bank.source.file if bank.source else None
        if not file:
            tell(
                self,
                self.tr("No source text"),
                self.tr("The bank “{title}” does not name a source text.").format(title=bank.title),
            )
            return False
        path = Path(file)
        try:
            raw = read_text_bounded(path, MAX_SOURCE_BYTES)  # a FIFO never blocks the GUI
        except (OSError, UnicodeError) as e:
            tell(
                self,
                self.tr("Cannot open the text"),
                self.tr("The source text {path} cannot be read: {reason}.").format(
                    path=path,
                    reason=os_words(e)
                    if isinstance(e, OSError)
                    else self.tr("it is not UTF-8 text"),
                ),
                warning=True,
            )
            return False
        title = (bank.source.title if bank.source else None) or bank.title
        self.set_title(title, str(path))
        if self.path != path or self.text.toPlainText() != raw:
            self.text.setPlainText(raw)
            self.path = path
        self.highlight(quote)
        self.picture.show_image(_picture_for(bank, quote))
        return True

    def highlight(self, quote: str | None) -> None:
        self.highlighted = highlight_quote(self.text, quote)

    def highlighted_text(self) -> str:
        if self.highlighted is None:
            return ""
        return self.text.toPlainText()[self.highlighted[0] : self.highlighted[1]]

    def _find_next(self) -> None:
        words = self.find.text()
        if words and not self.text.find(words):
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            self.text.find(words)

    def on_show(self) -> None:
        self.text.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        elif event.matches(QKeySequence.StandardKey.Find):
            self.find.setFocus()
        else:
            super().keyPressEvent(event)


def _picture_for(bank: Bank, quote: str | None) -> Image | None:
    """The picture of the question whose quote is shown, if it has one."""
    return next((q.image for q in bank.questions if q.image and q.source_quote == quote), None)
