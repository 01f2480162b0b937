"""Step 4, the quiz: one question at a time, the widget for its type, an always-visible countdown,
feedback after each answer in practice, and pause.

The page only forwards moves to the `Session` and redraws from its state. A timer calls
`session.tick()` and redraws the countdown from `quiz_remaining()` / `question_remaining()`,
which read the injected clock: ticks are never counted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QProgressBar, QVBoxLayout

from quizapp.app.context import AppContext
from quizapp.app.recording import Recorder
from quizapp.quiz import QuestionRef, QuizError, Session, State
from quizapp.ui.pages.common import Page, ask, button, button_row, card, shortcut
from quizapp.ui.text import keys, plain_label, wrappable
from quizapp.ui.theme import mark_heading
from quizapp.ui.widgets import AnswerWidget, answer_widget_for
from quizapp.ui.widgets.countdown import Countdown, announce
from quizapp.ui.widgets.feedback import FeedbackView
from quizapp.ui.widgets.image import QuestionImage
from quizapp.words import decimal, how_to_answer

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class QuizPage(Page):
    finished = Signal(object)  # the finished Session
    show_in_text = Signal(str, str)  # bank id, quote

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Quiz"))
        self.ctx = ctx
        self.session: Session | None = None
        self.recorder: Recorder | None = None
        self.widget: AnswerWidget | None = None
        self._shown: QuestionRef | None = None
        self._done = False
        self.blank_box: QMessageBox | None = None  # "Submit without an answer?", while open
        self._paused_for_text = False  # paused by "Show in text", resumed on coming back

        top = QHBoxLayout()
        self.position = plain_label("", name=self.tr("Question number"), wrap=False)
        self.mode_label = plain_label("", name=self.tr("Mode"), wrap=False)
        self.mode_label.setProperty("muted", True)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Questions answered"))
        left = QVBoxLayout()
        left.addWidget(self.position)
        left.addWidget(self.progress)
        top.addLayout(left, 2)
        top.addSpacing(24)
        self.quiz_clock = Countdown("quiz")
        self.question_clock = Countdown("question")
        top.addWidget(self.quiz_clock, 1)
        top.addWidget(self.question_clock, 1)
        self.body.addLayout(top)

        self.question_card = card()
        q = QVBoxLayout(self.question_card)
        q.setContentsMargins(20, 16, 20, 16)
        q.setSpacing(12)
        self.prompt = plain_label("", name=self.tr("Question"), selectable=True)
        mark_heading(self.prompt, 1.3, bold=False)
        self.points = plain_label("", name=self.tr("Points and hints"))
        self.points.setProperty("muted", True)
        self.answer_area = QVBoxLayout()
        q.addWidget(self.prompt)
        self.picture = QuestionImage()
        q.addWidget(self.picture)
        q.addWidget(self.points)
        q.addLayout(self.answer_area)
        self.body.addWidget(self.question_card)

        self.feedback = FeedbackView()
        self.feedback.show_in_text.connect(self._show_in_text)
        self.body.addWidget(self.feedback)

        self.paused_card = card()
        p = QVBoxLayout(self.paused_card)
        paused = plain_label(self.tr("Paused"), name=self.tr("Paused"))
        mark_heading(paused, 1.6)
        p.addWidget(paused)
        p.addWidget(
            plain_label(
                self.tr("The clock is stopped. Press Esc or Enter to go on."),
                name=self.tr("Paused help"),
            )
        )
        self.body.addWidget(self.paused_card)
        self.body.addStretch(1)

        self.status = plain_label("", name=self.tr("Saving status"))
        self.status.setProperty("urgency", "warn")
        self.body.addWidget(self.status)
        self.hints = plain_label("", name=self.tr("Keyboard shortcuts"))
        self.hints.setProperty("muted", True)
        self.end = button(
            self.tr("End quiz ({key})").format(key=keys("Ctrl+E")),
            self.tr("Stop now; answers so far count"),
            name=self.tr("End quiz"),
        )
        shortcut("Ctrl+E", self.end)
        self.pause = button(
            self.tr("Pause ({key})").format(key=keys("Esc")),
            self.tr("Stop the clock and hide the question"),
            name=self.tr("Pause"),
        )
        self.skip = button(
            self.tr("Skip ({key})").format(key=keys("Ctrl+K")),
            self.tr("Leave this question for later"),
            name=self.tr("Skip"),
        )
        shortcut("Ctrl+K", self.skip)
        self.primary = button(
            self.tr("Submit ({key})").format(key=keys("Enter")),
            self.tr("Submit your answer"),
            primary=True,
            name=self.tr("Submit"),
        )
        self.end.clicked.connect(self._confirm_end)
        self.pause.clicked.connect(self.toggle_pause)
        self.skip.clicked.connect(self.skip_question)
        self.primary.clicked.connect(self.go_on)
        self.body.addWidget(self.hints)
        self.body.addLayout(button_row(self.end, self.pause, self.skip, self.primary))

        self.timer = QTimer(self)
        self.timer.setInterval(ctx.tick_ms)
        self.timer.timeout.connect(self.tick)

    # -- starting ------------------------------------------------------------------------------

    def begin(self, session: Session, recorder: Recorder) -> None:
        """Show `session` (started, or resumed) and start reading the clock."""
        self.session, self.recorder = session, recorder
        self._shown = None
        self._done = False
        mode = session.mode.value.capitalize()
        self.mode_label.setText(mode)
        self.set_title(", ".join(sorted({self._bank_title(r) for r in session.questions})))
        self.quiz_clock.reset(session.plan.quiz_time_limit)
        self.redraw()
        self.timer.start()

    def _bank_title(self, where: QuestionRef) -> str:
        bank = self.ctx.bank(where.bank_id)
        return bank.title if bank else where.bank_id

    # -- moves ---------------------------------------------------------------------------------

    def go_on(self) -> None:
        """Enter: submit, go to the next question, or resume, depending on where we are."""
        s = self.session
        if s is None or self._done:
            return
        if s.state is State.ASKING:
            self.submit()
        elif s.state is State.FEEDBACK:
            s.next()
            self._after_move()
        elif s.state is State.PAUSED:
            self.toggle_pause()

    def submit(self, *, blank_ok: bool = False) -> None:
        """Submit the entry. One the widget cannot read (a word in a number field) keeps the
        learner on the question with the reason; an empty one asks first (`blank_ok` skips
        that, as the "Submit without an answer" box does)."""
        s, w = self.session, self.widget
        if s is None or w is None or s.state is not State.ASKING:
            return
        problem = w.problem()
        if problem:
            announce(w, problem)
            w.first_focus().setFocus()
            return
        if w.response() is None and not blank_ok:
            self._confirm_blank()
            return
        try:
            s.submit(w.response())
        except QuizError as e:  # the widgets only offer what the question allows
            raise RuntimeError(f"the answer widget produced a refused answer: {e}") from e
        self._after_move()

    def skip_question(self) -> None:
        s = self.session
        if s and s.mode.may_skip and s.state is State.ASKING and len(s.pending) > 1:
            if self.widget is not None:
                s.set_draft(self.widget.response())
            s.skip()
            self._after_move()

    def toggle_pause(self) -> None:
        s = self.session
        if s is None or not s.mode.may_pause:
            return
        if s.state is State.PAUSED:
            s.resume()
        elif s.state in (State.ASKING, State.FEEDBACK):
            s.pause()
        else:
            return
        assert self.recorder is not None
        self.recorder.save_now()
        self.redraw()

    def escape_does(self) -> str | None:
        """What Esc does on this page, in the hint line's words (None: nothing)."""
        s = self.session
        return "pause" if s is not None and s.mode.may_pause else None

    def escape(self) -> None:
        self.toggle_pause()

    def end_quiz(self) -> None:
        s = self.session
        if s is not None and s.state in (State.ASKING, State.FEEDBACK, State.PAUSED):
            if s.state is State.ASKING and self.widget is not None:
                s.set_draft(self.widget.response())
            s.abandon()
            self._after_move()

    def _confirm_blank(self) -> None:
        s = self.session
        skip = ""
        if s and s.mode.may_skip:
            skip = " " + self.tr("Or skip it for now ({key}) and come back.").format(
                key=keys("Ctrl+K")
            )
        self.blank_box = ask(
            self,
            self.tr("No answer given"),
            self.tr(
                "You have not answered this question. Submit it without an answer?{skip}"
            ).format(skip=skip),
            lambda: self.submit(blank_ok=True),
        )

    def _confirm_end(self) -> None:
        ask(
            self,
            self.tr("End the quiz?"),
            self.tr("End the quiz now? The answers you gave count; the rest stay unanswered."),
            self.end_quiz,
        )

    def tick(self) -> None:
        """From the timer: apply time running out, keep saving, redraw the countdowns."""
        s, r = self.session, self.recorder
        if s is None or r is None or self._done:
            return
        if s.tick() is not None:
            self._after_move()
            return
        r.autosave()
        self._draw_clocks()
        self._draw_status()

    def _after_move(self) -> None:
        assert self.session is not None and self.recorder is not None
        self.recorder.record_new_answers()
        self.redraw()

    def _draft_changed(self) -> None:
        s, w = self.session, self.widget
        if s is not None and w is not None and s.state is State.ASKING:
            s.set_draft(w.response())

    def _show_in_text(self, quote: str) -> None:
        s = self.session
        if s is not None and s.state in (State.FEEDBACK, State.PAUSED) and self._shown:
            if s.state is State.FEEDBACK and s.mode.may_pause:
                s.pause()  # reading the text does not eat the quiz's time
                self._paused_for_text = True
                self.redraw()
            self.show_in_text.emit(self._shown.bank_id, quote)

    # -- drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        s = self.session
        if s is None:
            return
        if s.state is State.FINISHED:
            self._finish()
            return
        paused = s.state is State.PAUSED
        shown = s.paused_from if paused else s.state
        view = s.current
        if view.ref != self._shown:
            self._new_question()
        answered = len(s.answers)
        self.position.setText(
            self.tr("Question {number} of {total}").format(number=view.number, total=view.total)
        )
        self.position.setAccessibleDescription(
            self.tr("{answered} answered").format(answered=answered)
        )
        self.progress.setMaximum(view.total)
        self.progress.setValue(answered)
        self.question_card.setVisible(not paused)
        self.paused_card.setVisible(paused)
        feedback = shown is State.FEEDBACK
        self.feedback.setVisible(feedback and not paused)
        assert self.widget is not None
        self.widget.setEnabled(shown is State.ASKING and not paused)
        if feedback:
            self.widget.show_key()
            answer = s.feedback
            bank = self.ctx.bank(answer.bank_id)
            has_text = bool(bank and bank.source and bank.source.file)
            self.feedback.show_answer(
                view.question, answer.response, answer.grade, has_text=has_text
            )
        last = not s.pending
        enter = keys("Enter")
        # (the button's text, its accessible name, what Enter does in the hint line)
        if paused:
            label = (self.tr("Resume ({key})"), self.tr("Resume"), self.tr("resume", "Enter does"))
        elif shown is State.FEEDBACK and last:
            label = (
                self.tr("See results ({key})"),
                self.tr("See results"),
                self.tr("see results", "Enter does"),
            )
        elif shown is State.FEEDBACK:
            label = (
                self.tr("Next ({key})"),
                self.tr("Next question"),
                self.tr("next question", "Enter does"),
            )
        else:
            label = (self.tr("Submit ({key})"), self.tr("Submit"), self.tr("submit", "Enter does"))
        self.primary.setText(label[0].format(key=enter))
        self.primary.setAccessibleName(label[1])
        self.pause.setVisible(s.mode.may_pause)
        esc = self.escape_does()
        if esc == "pause":
            paused_text = self.tr("Resume ({key})") if paused else self.tr("Pause ({key})")
            self.pause.setText(paused_text.format(key=keys("Esc")))
        else:
            self.pause.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.pause.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.skip.setVisible(s.mode.may_skip)
        self.skip.setEnabled(s.state is State.ASKING and len(s.pending) > 1)
        asking = shown is State.ASKING and not paused
        hint = [self.widget.keys_hint] if asking and self.widget.keys_hint else []
        hint.append(f"{enter} {label[2]}")
        if esc:
            does = {"pause": self.tr("pause", "Esc does"), "leave": self.tr("leave", "Esc does")}
            doing = self.tr("resume", "Esc does") if paused else does.get(esc, esc)
            hint.append(f"{keys('Esc')} {doing}")
        self.hints.setText(" · ".join(hint))
        self._draw_clocks()
        self._draw_status()
        if feedback and not paused:
            announce(self.feedback, self.feedback.spoken())
            self.primary.setFocus()
            self.show_whole(self.feedback)
        elif paused:
            self.primary.setFocus()

    def _new_question(self) -> None:
        s = self.session
        assert s is not None
        view = s.current
        if self.widget is not None:
            self.widget.setParent(None)  # type: ignore[call-overload]
            self.widget.deleteLater()
        self.widget = answer_widget_for(view)
        if s.draft is not None:
            self.widget.set_response(s.draft)
        self.widget.changed.connect(self._draft_changed)
        self.answer_area.addWidget(self.widget)
        self._shown = view.ref
        self.prompt.setText(wrappable(view.question.prompt))
        self.picture.show_image(view.question.image)
        self.prompt.setAccessibleDescription(
            self.tr("Question {number} of {total}").format(number=view.number, total=view.total)
        )
        if view.points == 1:
            pts = self.tr("1 point")
        else:
            pts = self.tr("{points} points").format(points=decimal(f"{view.points:g}"))
        again = " · " + self.tr("skipped earlier") if view.skipped_before else ""
        self.points.setText(f"{pts} · {how_to_answer(view.question.type.value)}{again}")
        self.question_clock.reset(view.time_limit)
        self.scroll.verticalScrollBar().setValue(0)  # a new question is read from the top
        self.setTabOrder(self.widget.first_focus(), self.primary)
        self.widget.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def _draw_clocks(self) -> None:
        s = self.session
        if s is None or s.state is State.FINISHED:
            return
        self.quiz_clock.show_time(s.quiz_remaining())
        self.question_clock.show_time(s.question_remaining())

    def _draw_status(self) -> None:
        r = self.recorder
        problem = (r.problem or r.repaired) if r else None  # a repair is said until the end
        self.status.setText(problem or "")
        self.status.setVisible(bool(problem))

    def _finish(self) -> None:
        if self._done:
            return
        self._done = True
        self.timer.stop()
        assert self.session is not None and self.recorder is not None
        self.recorder.finish()
        self.finished.emit(self.session)

    def on_show(self) -> None:
        s = self.session
        if self._paused_for_text and s is not None and s.state is State.PAUSED:
            s.resume()  # back from the text: where the learner was, not the pause screen
            self.redraw()
        self._paused_for_text = False
        if self.widget is not None and self.widget.isEnabled():
            self.widget.first_focus().setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        s = self.session
        if s is None:
            return super().keyPressEvent(event)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go_on()
        elif key == Qt.Key.Key_Escape:
            self.escape()
        elif key in _DIGITS and s.state is State.ASKING and self.widget is not None:
            if not self.widget.pick(_DIGITS[key]):
                super().keyPressEvent(event)
        else:
            super().keyPressEvent(event)

    def running(self) -> bool:
        return self.session is not None and not self._done
