"""Single choice (radio buttons), multiple choice (check boxes) and true/false.

Each choice is a row: the button carries the number key to press, and a word-wrapped plain-text
label carries the choice itself (a button's own text would neither wrap nor stay plain: `&`
would become a keyboard mnemonic). Clicking the label picks the choice too.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank import QuestionType
from quizapp.quiz import QuestionView, Response
from quizapp.ui.text import wrappable
from quizapp.ui.theme import restyle
from quizapp.ui.widgets.base import AnswerWidget
from quizapp.words import shown_answer


class _ChoiceLabel(QLabel):
    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(wrappable(text))
        self._button = button
        # no accessible name: screen readers read the text (with its ✓ or ✗ after an answer)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.setFocus()
        self._button.click()
        event.accept()


class ChoiceWidget(AnswerWidget):
    """Radio buttons (single, true/false) or check boxes (multiple)."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__(view)
        t = view.question.type
        self.multiple = t is QuestionType.MULTIPLE
        self.values: list[str | bool]
        if t is QuestionType.TRUE_FALSE:
            texts: Sequence[str] = (shown_answer("True"), shown_answer("False"))
            self.values = [True, False]
        else:
            texts = view.choices
            self.values = list(view.choices)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: list[QAbstractButton] = []
        self.labels: list[QLabel] = []
        self.texts = list(texts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for number, text in enumerate(texts, 1):
            button: QAbstractButton = QCheckBox() if self.multiple else QRadioButton()
            button.setText(str(number) if number <= 9 else "")
            button.setAccessibleName(text)
            if self.multiple and number <= 9:
                about = self.tr("Check box {n} of {count}; press {n} to tick it")
            elif self.multiple:
                about = self.tr("Check box {n} of {count}")
            elif number <= 9:
                about = self.tr("Option {n} of {count}; press {n} to pick it")
            else:
                about = self.tr("Option {n} of {count}")
            button.setAccessibleDescription(about.format(n=number, count=len(texts)))
            self.group.addButton(button, number - 1)
            label = _ChoiceLabel(text, button)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.buttons.append(button)
            self.labels.append(label)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        if self.multiple:
            hint = self.tr("1–{last} tick or untick a choice")
        else:
            hint = self.tr("1–{last} pick a choice")
        self.keys_hint = hint.format(last=min(9, len(texts)))
        self.setAccessibleName(self.tr("Choices"))
        self.setAccessibleDescription(
            self.tr("Tick every right choice") if self.multiple else self.tr("Pick one choice")
        )

    def response(self) -> Response:
        picked = [self.values[i] for i, b in enumerate(self.buttons) if b.isChecked()]
        if self.multiple:
            return frozenset(str(v) for v in picked) or None
        return picked[0] if picked else None

    def set_response(self, response: Response) -> None:
        for value, button in zip(self.values, self.buttons, strict=True):
            if self.multiple:
                button.setChecked(isinstance(response, frozenset) and value in response)
            elif type(value) is type(response) and value == response:
                button.setChecked(True)

    def show_key(self) -> None:
        """✓ before every right choice, ✗ before a wrong one picked; said to screen readers."""
        q = self.view.question
        right: set[str | bool] = (
            {q.truth} if q.type is QuestionType.TRUE_FALSE else set(q.correct_choices)
        )
        for value, button, label, text in zip(
            self.values, self.buttons, self.labels, self.texts, strict=True
        ):
            good, picked = value in right, button.isChecked()
            mark = "✓ " if good else "✗ " if picked else ""
            label.setText(mark + wrappable(text))
            label.setProperty("mark", "good" if good else "bad" if picked else None)
            restyle(label)
            what = "right answer" if good else "your pick, wrong" if picked else ""
            label.setAccessibleDescription(what)

    def pick(self, number: int) -> bool:
        if not 1 <= number <= len(self.buttons):
            return False
        button = self.buttons[number - 1]
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.multiple:
            button.toggle()
        else:
            button.setChecked(True)
        return True

    def first_focus(self) -> QWidget:
        checked = [b for b in self.buttons if b.isChecked()]
        return (checked or self.buttons or [self])[0]
