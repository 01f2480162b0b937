"""Feedback on one answer: right or wrong, the learner's answer, the correct one, partial credit
explained, the explanation and the source passage, with "Show in text". Used after each answer in
practice and for every question in the results review."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from quizapp.bank import Question
from quizapp.quiz import Grade, Response, response_text
from quizapp.ui.pages.common import shortcut
from quizapp.ui.text import as_written, keys, percent, plain_label, wrappable
from quizapp.ui.theme import mark_heading, restyle
from quizapp.words import grade_reason, shown_answer


def verdict(grade: Grade) -> tuple[str, str]:
    """(words, kind) for a grade; kind is good, partial or bad (for colour, never alone)."""
    if grade.correct:
        return "✓ " + QCoreApplication.translate("FeedbackView", "Right"), "good"
    if grade.timed_out:  # ⏱ is missing from common fonts (DejaVu)
        return "◷ " + QCoreApplication.translate("FeedbackView", "Time ran out"), "bad"
    if grade.blank:
        return "✗ " + QCoreApplication.translate("FeedbackView", "No answer"), "bad"
    if grade.score > 0:
        partly = QCoreApplication.translate("FeedbackView", "Partly right ({score})")
        return "◐ " + partly.format(score=percent(grade.score)), "partial"
    return "✗ " + QCoreApplication.translate("FeedbackView", "Not right"), "bad"


class FeedbackView(QFrame):
    show_in_text = Signal(str)  # the quote

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("card", True)
        self.setAccessibleName(self.tr("Feedback"))
        self.verdict = plain_label("", name=self.tr("Verdict"))
        mark_heading(self.verdict, 1.2)
        self.yours = plain_label("", name=self.tr("Your answer"), selectable=True)
        self.expected = plain_label("", name=self.tr("Correct answer"), selectable=True)
        self.reason = plain_label("", name=self.tr("Why"), selectable=True)
        self.explanation = plain_label("", name=self.tr("Explanation"), selectable=True)
        self.quote = plain_label("", name=self.tr("From the source text"), selectable=True)
        self.quote.setProperty("muted", True)
        self.show_text = QPushButton(self.tr("Show in text ({key})").format(key=keys("Ctrl+T")))
        self.show_text.setAccessibleName(self.tr("Show in text"))
        self.show_text.setAccessibleDescription(
            self.tr("Open the source text at this passage, highlighted")
        )
        self.show_text.setAutoDefault(False)
        shortcut("Ctrl+T", self.show_text)
        self.show_text.clicked.connect(lambda: self.show_in_text.emit(self._quote or ""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for w in (
            self.verdict,
            self.yours,
            self.expected,
            self.reason,
            self.explanation,
            self.quote,
        ):
            layout.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.show_text)
        row.addStretch(1)
        layout.addLayout(row)
        self._quote: str | None = None

    def show_answer(
        self, question: Question, response: Response, grade: Grade, *, has_text: bool
    ) -> None:
        words, kind = verdict(grade)
        self.verdict.setText(words)
        self.verdict.setProperty("verdict", kind)
        self.setProperty("feedback", kind)
        restyle(self.verdict)
        restyle(self)
        self.yours.setText(
            self.tr("Your answer: {answer}").format(
                answer=wrappable(shown_answer(response_text(question, response)))
            )
        )
        multi = "\n" in grade.expected
        label = self.tr("Correct answer:")
        self.expected.setText(
            f"{label}{chr(10) if multi else ' '}{wrappable(shown_answer(grade.expected))}"
            if not grade.correct
            else ""
        )
        self.reason.setText(grade_reason(grade) or "")
        self.explanation.setText(wrappable(grade.explanation or ""))
        self._quote = grade.source_quote
        self.quote.setText(
            self.tr("From the text: “{source_quote}”").format(
                source_quote=wrappable(grade.source_quote)
            )
            if grade.source_quote
            else ""
        )
        for w in (self.expected, self.reason, self.explanation, self.quote):
            w.setVisible(bool(w.text()))
        self.show_text.setVisible(bool(grade.source_quote) and has_text)
        shown = (self.verdict, self.yours, self.expected, self.reason)
        self.setAccessibleDescription(" ".join(as_written(w.text()) for w in shown if w.text()))

    def spoken(self) -> str:
        return self.accessibleDescription()
