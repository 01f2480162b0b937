"""The quiz page in a classroom: the app's own quiz page, saving through the `Sitting`, with
Esc (and the End button) asking to leave instead of pausing, and nothing that opens the library.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from quizapp.app.context import AppContext
from quizapp.app.recording import SittingRecorder
from quizapp.classroom import Sitting
from quizapp.ui.pages.quiz import QuizPage
from quizapp.ui.text import keys


class ClassroomQuizPage(QuizPage):
    """One learner's sitting. `leave_requested` asks the window to confirm leaving."""

    leave_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.sitting: Sitting | None = None
        self.end.setText(self.tr("Leave ({key})").format(key=keys("Esc")))
        self.end.setAccessibleName(self.tr("Leave the quiz"))
        self.end.setAccessibleDescription(
            self.tr("Stop now, after asking; the answers given are saved")
        )

    def begin_sitting(self, sitting: Sitting) -> None:
        self.sitting = sitting
        self.begin(sitting.session, SittingRecorder(sitting))
        preset = sitting.preset
        welcome = ""
        if sitting.resumed:
            welcome = self.tr("Welcome back: your quiz goes on where it stopped.")
        self.set_title(preset.title, welcome)

    def clear(self) -> None:
        """Forget the sitting and everything drawn from it (the next learner sees none of it)."""
        self.timer.stop()
        self.sitting = None
        self.session = None
        self.recorder = None
        self._shown = None
        self._done = True
        if self.widget is not None:
            self.widget.setParent(None)  # type: ignore[call-overload]
            self.widget.deleteLater()
            self.widget = None
        for label in (self.position, self.mode_label, self.prompt, self.points, self.hints):
            label.clear()
        f = self.feedback
        for label in (f.verdict, f.yours, f.expected, f.reason, f.explanation, f.quote):
            label.clear()
        self.feedback.setAccessibleDescription("")
        self.feedback.hide()
        self.progress.setValue(0)
        self.quiz_clock.reset(None)
        self.question_clock.reset(None)
        self.set_title(self.tr("Quiz"), "")

    # -- what differs from a learner's own quiz ------------------------------------------------

    def escape_does(self) -> str | None:
        return "leave" if self.running() else None

    def escape(self) -> None:
        if self.running():
            self.leave_requested.emit()

    def _confirm_end(self) -> None:
        self.escape()

    def redraw(self) -> None:
        super().redraw()
        self.feedback.show_text.setVisible(False)  # no library or reader in a classroom
