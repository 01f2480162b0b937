"""The name screen: the preset's title and instructions, what the quiz is like, and a name field
(completing from the profiles on this machine). Enter starts; a refusal is said in plain words.
While the window counts the learner's earlier attempts, the page says so and takes no input.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QVBoxLayout

from quizapp.classroom import Feedback, Preset
from quizapp.ui.pages.common import Page, button, card, form_label
from quizapp.ui.text import clock_text, keys, mode_words, plain_label, plural
from quizapp.ui.theme import mark_heading
from quizapp.words import Context

ClassroomAbout = Context("ClassroomAbout")  # the line about a classroom quiz


class NamePage(Page):
    start = Signal(str)  # the name as typed
    leave = Signal()

    def __init__(self, preset: Preset) -> None:
        super().__init__(preset.title, about(preset))
        self.instructions = plain_label(
            preset.instructions or "", name=self.tr("Instructions"), selectable=True
        )
        mark_heading(self.instructions, 1.15, bold=False)
        self.instructions.setVisible(bool(preset.instructions))
        self.body.addWidget(self.instructions)

        box = card()
        box.setMaximumWidth(640)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.setSpacing(10)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("Type your name"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setAccessibleDescription(
            self.tr("Type your name, or the start of it to pick your profile, and press Enter")
        )
        mark_heading(self.name, 1.3, bold=False)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.go = button(
            self.tr("Start ({key})").format(key=keys("Enter")),
            self.tr("Start the quiz with this name"),
            primary=True,
            name=self.tr("Start"),
        )
        self.name.returnPressed.connect(self._start)
        self.go.clicked.connect(self._start)
        inner.addWidget(form_label(self.tr("Your &name:"), self.name))
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.go)
        inner.addLayout(row)
        self.refusal = plain_label("", name=self.tr("Why the quiz cannot start"))
        self.refusal.setProperty("urgency", "warn")
        self.refusal.hide()
        inner.addWidget(self.refusal)
        self.waiting = plain_label(
            self.tr("Checking your earlier results…"), name=self.tr("Please wait")
        )
        self.waiting.setProperty("muted", True)
        self.waiting.hide()
        inner.addWidget(self.waiting)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        self.body.addSpacing(24)
        self.body.addLayout(centre)
        self.body.addStretch(1)
        self.setTabOrder(self.name, self.go)

    def set_names(self, names: list[str]) -> None:
        """The profiles offered as the name is typed."""
        self.names.setStringList(names)

    def checking(self) -> None:
        """Waiting for the learner's earlier results: say so; the name and Start wait too."""
        self.refusal.hide()
        self.waiting.show()
        self.name.setReadOnly(True)
        self.go.setEnabled(False)

    def ready(self) -> None:
        """Back from `checking`: the name can be changed and Start pressed again."""
        self.waiting.hide()
        self.name.setReadOnly(False)
        self.go.setEnabled(True)

    @property
    def is_checking(self) -> bool:
        return self.name.isReadOnly()

    def refuse(self, message: str) -> None:
        self.ready()
        self.refusal.setText(message)
        self.refusal.show()
        self.name.selectAll()
        self.name.setFocus()

    def clear(self) -> None:
        self.ready()
        self.name.clear()
        self.refusal.clear()
        self.refusal.hide()

    def _start(self) -> None:
        popup = self.name.completer().popup()
        if popup.isVisible():
            popup.hide()
        name = self.name.text().strip()
        if self.is_checking:
            return  # Enter again while the results folder is asked: one check at a time
        if not name:
            self.refuse(self.tr("Type your name first, then press Enter."))
            return
        self.start.emit(name)

    def on_show(self) -> None:
        self.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave.emit()
        else:
            super().keyPressEvent(event)


def about(preset: Preset) -> str:
    """What the quiz is like, in a line: mode, time, what is shown, attempts."""
    parts = [mode_words(preset.quiz.mode.value)]
    if preset.quiz.count is not None:
        parts.append(plural(preset.quiz.count, "question"))
    if preset.quiz.quiz_time_limit is not None:
        parts.append(
            ClassroomAbout.tr("{time} for the whole quiz").format(
                time=clock_text(preset.quiz.quiz_time_limit)
            )
        )
    if preset.quiz.question_time_limit is not None:
        parts.append(
            ClassroomAbout.tr("{time} for each question").format(
                time=clock_text(preset.quiz.question_time_limit)
            )
        )
    if preset.feedback is Feedback.AFTER_EACH:
        parts.append(ClassroomAbout.tr("right or wrong after each answer"))
    elif preset.feedback is Feedback.END:
        parts.append(ClassroomAbout.tr("your score and answers at the end"))
    elif preset.feedback is Feedback.SCORE:
        parts.append(ClassroomAbout.tr("your score at the end"))
    else:
        parts.append(ClassroomAbout.tr("your answers go to your teacher"))
    if preset.attempts == 1:
        parts.append(ClassroomAbout.tr("one attempt each"))
    elif preset.attempts > 1:
        parts.append(ClassroomAbout.tr("%n attempt(s) each", None, preset.attempts))
    return " · ".join(parts)
