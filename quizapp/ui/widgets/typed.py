"""Typed answers: a text field (short answer) and a number field (numeric)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from quizapp.bank import QuestionType
from quizapp.quiz import NumberError, QuestionView, Response, parse_number
from quizapp.quiz.numbers import show_number
from quizapp.ui.text import plain_label
from quizapp.ui.theme import restyle
from quizapp.ui.widgets.base import AnswerWidget
from quizapp.words import number_problem, number_read_as


class AnswerField(QLineEdit):
    """A line edit that lets Enter through to the page, which submits."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


class TypedWidget(AnswerWidget):
    """A text field; for numeric questions it also says how the number was read."""

    def __init__(self, view: QuestionView) -> None:
        super().__init__(view)
        self.numeric = view.question.type is QuestionType.NUMERIC
        self.field = AnswerField()
        self.field.setAccessibleName(
            self.tr("Your number") if self.numeric else self.tr("Your answer")
        )
        self.field.setAccessibleDescription(
            self.tr("Type a number, e.g. 1998, 2.5 or 3/4, then press Enter")
            if self.numeric
            else self.tr("Type your answer, then press Enter")
        )
        self.field.setPlaceholderText(
            self.tr("A number, e.g. 1998 or 2.5") if self.numeric else self.tr("Your answer")
        )
        if self.numeric:
            self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.reading = plain_label("", name=self.tr("How your number was read"))
        self.reading.setProperty("muted", True)
        self.reading.setVisible(self.numeric)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.reading)
        self.field.textChanged.connect(self._edited)
        self.keys_hint = self.tr("type the answer")

    def _edited(self, text: str) -> None:
        if self.numeric:
            self.reading.setText(_reading(text))
            if self.reading.property("urgency"):
                self.reading.setProperty("urgency", None)
                restyle(self.reading)
        self.changed.emit()

    def response(self) -> Response:
        return self.field.text() or None

    def set_response(self, response: Response) -> None:
        if isinstance(response, str):
            self.field.setText(response)

    def problem(self) -> str | None:
        """A number field holding something that is not a number ("three") is not submitted:
        the learner stays on the question and reads why under the field."""
        text = self.field.text()
        if not self.numeric or not text.strip():
            return None
        try:
            parse_number(text)
        except NumberError as e:
            why = number_problem(e.code, e.text)
            self.reading.setText(why)
            self.reading.setProperty("urgency", "warn")
            restyle(self.reading)
            return why
        return None

    def first_focus(self) -> QWidget:
        return self.field


def _reading(text: str) -> str:
    if not text.strip():
        return ""
    try:
        return number_read_as(show_number(parse_number(text)))
    except NumberError as e:
        return number_problem(e.code, e.text)
