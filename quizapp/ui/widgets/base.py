"""What every answer widget offers the quiz page: the response, a draft to restore, number keys."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from quizapp.quiz import QuestionView, Response


class AnswerWidget(QWidget):
    """Draws one question's answer controls and reports the learner's entry as a `Response`.

    `changed` fires on every edit, so the page can hand the draft to the session (time running
    out submits what was entered).
    """

    changed = Signal()
    keys_hint = ""

    def __init__(self, view: QuestionView) -> None:
        super().__init__()
        self.view = view
        self.setAccessibleName(self.tr("Your answer"))

    def response(self) -> Response:
        raise NotImplementedError

    def set_response(self, response: Response) -> None:
        """Show a saved entry (a draft, after resuming)."""

    def show_key(self) -> None:
        """After the answer: mark in the controls themselves what was right and wrong."""

    def problem(self) -> str | None:
        """Why the entry cannot be submitted as it stands (None: it can)."""
        return None

    def pick(self, number: int) -> bool:
        """Number key `number` (1-based) was pressed; True if it meant something here."""
        return False

    def first_focus(self) -> QWidget:
        """The control that gets the keyboard when the question appears."""
        return self


def is_number_key(event: QKeyEvent) -> bool:
    """1-9 without Ctrl or Alt: the quiz page's "pick n" keys."""
    plain = not event.modifiers() & (
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    return plain and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9
