"""Step 5, results: the score and time, a review of every question (the learner's answer, the
correct one, partial credit explained, explanation and source), and "practise these mistakes".
The same page reviews any past attempt from the progress page."""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.bank import Question
from quizapp.progress import Attempt, StoredAnswer
from quizapp.quiz import (
    FinishReason,
    Grade,
    QuestionRef,
    Response,
    Session,
    grade,
    ref,
    response_from_json,
)
from quizapp.ui.pages.common import Page, button, button_row, shortcut
from quizapp.ui.text import (
    clock_text,
    end_words,
    keys,
    mode_words,
    percent,
    plain_label,
    plain_tip,
    plural,
    when,
)
from quizapp.ui.theme import mark_heading, restyle
from quizapp.ui.widgets.feedback import FeedbackView, verdict
from quizapp.ui.widgets.image import QuestionImage
from quizapp.words import decimal


@dataclass(frozen=True)
class ReviewItem:
    where: QuestionRef
    prompt: str
    question: Question | None  # None when the bank no longer has it
    response: Response
    grade: Grade | None  # None: not answered


_REASONS = {  # the store's codes for how an attempt ended: words.end_words says them
    FinishReason.COMPLETED: "completed",
    FinishReason.TIME_UP: "time_up",
    FinishReason.ABANDONED: "abandoned",
}


class ResultsPage(Page):
    practise = Signal(object)  # tuple[QuestionRef, ...]
    back = Signal()
    show_in_text = Signal(str, str)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Results"))
        self.ctx = ctx
        self.items: list[ReviewItem] = []
        self.score = plain_label("", name=self.tr("Score"))
        mark_heading(self.score, 2.2)
        self.summary = plain_label("", name=self.tr("Summary"))
        top = QHBoxLayout()
        top.addWidget(self.score)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        self.body.addLayout(top)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions in this quiz"))
        self.list.setAccessibleDescription(
            self.tr("Select a question to review your answer and the correct one")
        )
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._draw_item)
        detail = QWidget()
        d = QVBoxLayout(detail)
        self.prompt = plain_label("", name=self.tr("Question"), selectable=True)
        mark_heading(self.prompt, 1.15, bold=False)
        self.feedback = FeedbackView()
        self.feedback.show_in_text.connect(self._show_in_text)
        d.addWidget(self.prompt)
        self.picture = QuestionImage()
        d.addWidget(self.picture)
        d.addWidget(self.feedback)
        d.addStretch(1)
        self.review = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(detail)
        scroll.setAccessibleName(self.tr("Review of the selected question"))
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addWidget(self.list, 2)
        columns.addWidget(scroll, 3)
        self.body.addLayout(columns, 1)
        self.stack_when_narrow(columns, 90)
        for view in (self.list, scroll):
            view.setMinimumHeight(view.fontMetrics().height() * 6)

        self.again = button(
            self.tr("Practise the mistakes ({key})").format(key=keys("Ctrl+M")),
            self.tr("Start a practice quiz of the questions you missed"),
            primary=True,
            name=self.tr("Practise these mistakes again"),
        )
        shortcut("Ctrl+M", self.again)
        self.done = button(
            self.tr("Back to the library ({key})").format(key=keys("Esc")),
            self.tr("Leave the results"),
            name=self.tr("Back to the library"),
        )
        self.again.clicked.connect(lambda: self.practise.emit(self.mistakes()))
        self.done.clicked.connect(self.back)
        self.body.addLayout(button_row(self.done, self.again))

    # -- filling -------------------------------------------------------------------------------

    def show_session(self, session: Session) -> None:
        r = session.results
        items = []
        for answer in r.answers:
            q = session.plan.questions[answer.ref]
            items.append(ReviewItem(answer.ref, q.prompt, q, answer.response, answer.grade))
        for where in r.unanswered:
            q = session.plan.questions[where]
            items.append(ReviewItem(where, q.prompt, q, None, None))
        order = {where: i for i, where in enumerate(session.questions)}
        items.sort(key=lambda it: order[it.where])
        self.set_title(self.tr("Results"), "")
        answered = len(r.answers)
        if r.unanswered:  # ended early: what was answered, and apart, what was never reached
            possible = sum(a.grade.points_possible for a in r.answers)
            earned = sum(a.grade.points_earned for a in r.answers)
            shown = percent(earned / possible if possible else None)
            summary = [
                self.tr("{right} of {answered} answered right").format(
                    right=r.correct_count, answered=answered
                ),
                self.tr("{questions} not reached").format(
                    questions=plural(len(r.unanswered), "question")
                ),
                self.tr("{score} of the whole quiz").format(score=percent(r.score)),
            ]
        else:
            shown = percent(r.score)
            summary = [
                self.tr("{right} of {questions} right").format(
                    right=r.correct_count, questions=plural(r.total, "question")
                )
            ]
        summary += [
            self.tr("{earned} of {possible} points").format(
                earned=decimal(f"{r.points_earned:g}"), possible=decimal(f"{r.points_possible:g}")
            ),
            self.tr("time {time}").format(time=clock_text(r.time_used_ms / 1000)),
            end_words(_REASONS[r.reason]),
        ]
        if r.timed_out_count:
            summary.append(self.tr("{count} timed out").format(count=r.timed_out_count))
        if r.extra_time_applied:
            summary.append(
                self.tr("extra time {factor} ×").format(factor=decimal(f"{r.extra_time:g}"))
            )
        self._fill(shown, " · ".join(summary), items)

    def show_attempt(self, attempt: Attempt, answers: list[StoredAnswer]) -> None:
        """Review a past attempt, graded against the banks as they are now."""
        items = []
        for a in answers:
            where = ref(a.bank_id, a.question_id)
            bank = self.ctx.bank(a.bank_id)
            q = bank.question(a.question_id) if bank else None
            response: Response = None
            g: Grade | None = None
            if q is not None and bank is not None:
                try:
                    response = response_from_json(q.type, json.loads(a.response_json))
                    g = grade(q, response, bank.points_for(q), language=bank.language)
                except Exception:  # an answer the edited question can no longer take
                    q = None
            items.append(
                ReviewItem(where, a.prompt or (q.prompt if q else a.question_id), q, response, g)
            )
        banks = ", ".join(b.title for b in attempt.banks)
        self.set_title(
            self.tr("Review"),
            self.tr("{mode} on {banks}, {when}").format(
                mode=mode_words(attempt.mode.value), banks=banks, when=when(attempt.started_at)
            ),
        )
        right = sum(1 for a in answers if a.correct)
        self._fill(
            percent(attempt.score),
            self.tr("{right} of {answers} right").format(
                right=right, answers=plural(len(answers), "answer")
            )
            + " · "
            + end_words(attempt.end_reason),
            items,
        )

    def _fill(self, score: str, summary: str, items: list[ReviewItem]) -> None:
        self.items = items
        self.score.setText(score)
        self.score.setAccessibleName(self.tr("Score {score}").format(score=score))
        self.summary.setText(summary)
        self.list.clear()
        for n, item in enumerate(items, 1):
            mark = verdict(item.grade)[0].split(" ")[0] if item.grade else "–"
            row = QListWidgetItem(f"{mark}  {n}. {item.prompt}")
            row.setToolTip(plain_tip(item.prompt))
            self.list.addItem(row)
        self.again.setEnabled(bool(self.mistakes()))
        if items:
            self.list.setCurrentRow(0)

    def mistakes(self) -> tuple[QuestionRef, ...]:
        return tuple(
            it.where
            for it in self.items
            if it.question is not None and (it.grade is None or not it.grade.correct)
        )

    def _draw_item(self, row: int) -> None:
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        self.prompt.setText(f"{row + 1}. {item.prompt}")
        self.picture.show_image(item.question.image if item.question else None)
        if item.question is None:
            self.feedback.verdict.setText(self.tr("This question is no longer in its bank."))
            f = self.feedback
            for w in (f.yours, f.expected, f.reason, f.explanation, f.quote, f.show_text):
                w.setVisible(False)
            return
        if item.grade is None:  # never reached: no key (practise it later, or the next learner)
            f = self.feedback
            f.verdict.setText(self.tr("– Not reached"))
            f.verdict.setProperty("verdict", None)
            f.setProperty("feedback", None)
            restyle(f.verdict)
            restyle(f)
            for label in (f.expected, f.reason, f.explanation, f.quote):
                label.clear()
                label.setVisible(False)
            f.show_text.setVisible(False)
            f.yours.setText(self.tr("Not answered: the quiz ended before this question."))
            f.yours.setVisible(True)
            f.setAccessibleDescription(f"{f.verdict.text()}. {f.yours.text()}")
            return
        bank = self.ctx.bank(item.where.bank_id)
        has_text = bool(bank and bank.source and bank.source.file)
        self.feedback.show_answer(item.question, item.response, item.grade, has_text=has_text)
        self.feedback.yours.setVisible(True)

    def _show_in_text(self, quote: str) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            self.show_in_text.emit(self.items[row].where.bank_id, quote)

    def on_show(self) -> None:
        self.list.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)
