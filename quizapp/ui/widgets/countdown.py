"""The countdown: time left as m:ss and a bar, warning colours near the end, and spoken warnings.

It only draws what it is given: the quiz page reads the time left from the session (which reads
the clock) and calls `show_time`. Crossing one minute or ten seconds left raises a warning that
screen readers announce (Qt's announcement event) and that stays readable in `warning` (a label
screen readers also expose).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QVBoxLayout, QWidget

from quizapp.ui.text import clock_text, plain_label
from quizapp.ui.theme import restyle

WARN_AT = (60.0, 10.0)


class Countdown(QWidget):
    """One countdown (the whole quiz, or the question on screen)."""

    warned = Signal(str)

    def __init__(self, what: str) -> None:
        super().__init__()
        self.what = what  # "quiz" or "question"
        quiz = what == "quiz"
        left = self.tr("Time left for the quiz") if quiz else self.tr("Time left for the question")
        self.title = plain_label(
            left,
            name=self.tr("Quiz time label") if quiz else self.tr("Question time label"),
            wrap=False,
        )
        self.title.setProperty("muted", True)
        self.time = plain_label("", name=left, wrap=False)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(left)
        self.warning = plain_label(
            "", name=self.tr("Quiz time warning") if quiz else self.tr("Question time warning")
        )
        self.warning.setAccessibleDescription(
            self.tr("Says when one minute and ten seconds are left")
        )
        top = self._top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(self.fontMetrics().averageCharWidth())
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.time)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        self.warning.hide()
        self._warned: set[float] = set()
        self._urgency = ""
        self._limit: float | None = None

    def changeEvent(self, event: QEvent) -> None:
        """A space between "Time left" and the time as wide as the text's characters (the 3 px
        it had read "quiz10:00" at 200% text on a small screen)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._top.setSpacing(self.fontMetrics().averageCharWidth())

    def reset(self, limit: float | None) -> None:
        """A new countdown of `limit` seconds (None hides it)."""
        self._limit = limit
        self._warned = {w for w in WARN_AT if limit is not None and limit <= w}
        self.warning.clear()
        self.setVisible(limit is not None)

    def show_time(self, remaining: float | None) -> None:
        if remaining is None or self._limit is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        text = clock_text(remaining)
        self.time.setText(text)
        self.bar.setMaximum(max(1, round(self._limit * 10)))
        self.bar.setValue(max(0, round(remaining * 10)))
        urgency = (
            "urgent" if remaining <= 10 else "warn" if remaining <= min(60, self._limit / 4) else ""
        )
        if urgency != self._urgency:
            self._urgency = urgency
            for w in (self.bar, self.time):
                w.setProperty("urgency", urgency)
                restyle(w)
        for mark in WARN_AT:
            if remaining <= mark and mark not in self._warned and remaining > 0:
                self._warned.add(mark)
                self._announce(mark)

    def _announce(self, mark: float) -> None:
        if self.what == "quiz":
            if mark >= 60:
                message = self.tr("One minute left for the quiz.")
            else:
                message = self.tr("Ten seconds left for the quiz.")
        elif mark >= 60:
            message = self.tr("One minute left for the question.")
        else:
            message = self.tr("Ten seconds left for the question.")
        self.warning.setText(message)
        announce(self, message)
        self.warned.emit(message)


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers say `message` now (Qt 6.8+ announcement event)."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
