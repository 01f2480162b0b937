"""The end screen: what the preset lets the learner see (score and review at the end, or only
that the answers are saved), and "Next learner", which clears everything for the next one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent

from quizapp.app.context import AppContext
from quizapp.classroom import Sitting
from quizapp.quiz import FinishReason
from quizapp.ui.pages.results import ResultsPage
from quizapp.ui.text import keys, plain_label
from quizapp.ui.theme import mark_heading, restyle

_ENDED = {  # translated when shown
    FinishReason.COMPLETED: QT_TRANSLATE_NOOP("EndPage", "Done: your answers are saved"),
    FinishReason.TIME_UP: QT_TRANSLATE_NOOP("EndPage", "Time is up: your answers are saved"),
    FinishReason.ABANDONED: QT_TRANSLATE_NOOP(
        "EndPage", "You left the quiz: the answers you gave are saved"
    ),
}


class EndPage(ResultsPage):
    """The results page, minus what a classroom does not offer (practising mistakes, the text)."""

    next_learner = Signal()
    leave = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.again.hide()
        self.done.setText(self.tr("Next learner ({key})").format(key=keys("Enter")))
        self.done.setAccessibleName(self.tr("Next learner"))
        self.done.setAccessibleDescription(self.tr("Clear the screen for the next learner"))
        self.done.setProperty("primary", True)
        restyle(self.done)
        self.back.connect(self.next_learner)
        self.saved = plain_label("", name=self.tr("Saved"))
        mark_heading(self.saved, 1.2, bold=False)
        self.body.insertWidget(0, self.saved)
        self.clear()

    def show_sitting(self, sitting: Sitting) -> None:
        session = sitting.session
        reason = session.finish_reason or FinishReason.COMPLETED
        shown = sitting.shows_results_at_end
        answers = sitting.shows_answers_at_end
        if shown:
            self.show_session(session)
        if not answers:  # the score alone: not one answer stays on this screen, even hidden
            self._forget_answers()
        self.set_title(QCoreApplication.translate("EndPage", _ENDED[reason]), "")
        self.saved.setText(
            self.tr("Here is how you did. Press Enter when you are done, for the next learner.")
            if shown
            else self.tr("Your teacher will see your results. Press Enter for the next learner.")
        )
        for w in (self.score, self.summary):
            w.setVisible(shown)
        for w in (self.list, self.review):
            w.setVisible(answers)
        self.done.setFocus()

    def clear(self) -> None:
        """Nothing of the learner who was here stays, shown or hidden."""
        self._forget_answers()
        for label in (self.score, self.summary, self.saved):
            label.clear()
        self.score.setAccessibleName(self.tr("Score"))
        self.set_title("", "")
        for w in (self.score, self.summary, self.list, self.review):
            w.setVisible(False)

    def _forget_answers(self) -> None:
        self.items = []
        self.list.clear()
        self.prompt.clear()
        f = self.feedback
        for label in (f.verdict, f.yours, f.expected, f.reason, f.explanation, f.quote):
            label.clear()
        self.feedback.setAccessibleDescription("")

    def _draw_item(self, row: int) -> None:
        super()._draw_item(row)
        self.feedback.show_text.setVisible(False)  # no reader in a classroom

    def on_show(self) -> None:
        (self.list if self.list.isVisible() else self.done).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next_learner.emit()
        elif key == Qt.Key.Key_Escape:
            self.leave.emit()
        else:
            super().keyPressEvent(event)
