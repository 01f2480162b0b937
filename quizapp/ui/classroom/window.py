"""The classroom window: name screen -> quiz -> end screen -> the next learner, in a loop.

It runs one `Classroom` (a preset on this machine): each learner's `Sitting` is begun here and
the quiz page drives it; the end screen shows what the preset allows; "Next learner" clears
every page. Leaving (Esc, the Leave button, closing the window, Alt+F4) asks first; leaving a
quiz writes it as interrupted. A finished sitting is kept in the local outbox and handed in to
the results folder by a background job, as every retry of the timer is: the status line says
what waits.

The results folder is never read on the GUI thread (a hung share or stick would freeze the
window): a learner with limited attempts waits on the name screen ("Checking your earlier
results…") while a job counts their attempts in the folder; Start goes ahead only with that
answer, or says after `CHECK_MS` that the folder does not answer. No answer, no attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.classroom import Classroom, ClassroomError, Delivery, Sitting
from quizapp.progress import StoreError
from quizapp.ui.classroom.end import EndPage
from quizapp.ui.classroom.names import NamePage
from quizapp.ui.classroom.outbox import OutboxLine, is_folder
from quizapp.ui.classroom.quiz import ClassroomQuizPage
from quizapp.ui.pages.common import Page, ask
from quizapp.ui.text import plain_label
from quizapp.ui.theme import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    apply_font_size,
    mark_heading,
)
from quizapp.ui.workers import Job, run_job
from quizapp.words import Notice

log = logging.getLogger(__name__)

RETRY_MS = 30_000  # how often waiting results are offered to the results folder again
CHECK_MS = 20_000  # how long Start waits for the results folder to list earlier attempts


class ClassroomWindow(QMainWindow):
    closed = Signal()

    def __init__(
        self,
        ctx: AppContext,
        classroom: Classroom,
        *,
        retry_ms: int = RETRY_MS,
        check_ms: int = CHECK_MS,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.classroom = classroom
        classroom.deliver_at_once = False  # handed in by `retry_delivery`, off the GUI thread
        self.sitting: Sitting | None = None
        self.confirmation: QMessageBox | None = None
        self._may_close = False
        self._problems: tuple[Notice, ...] = ()
        self._folder_there = True  # until the first delivery job has looked
        self.delivery_job: Job | None = None
        self._deliver_again = False
        self.check_job: Job | None = None  # counting a learner's attempts in the results folder
        preset = classroom.preset
        self.setWindowTitle(f"{preset.title} — quizapp")
        self.setMinimumSize(760, 540)

        self.stack = QStackedWidget()
        self.names = NamePage(preset)
        self.quiz = ClassroomQuizPage(ctx)
        self.end = EndPage(ctx)
        for page in (self.names, self.quiz, self.end):
            self.stack.addWidget(page)
        self.outbox = OutboxLine()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header(preset.title))
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.outbox)
        self.setCentralWidget(central)

        self.names.start.connect(self.start)
        self.names.leave.connect(self.close)
        self.quiz.leave_requested.connect(self.ask_to_leave_quiz)
        self.quiz.finished.connect(self.sitting_over)
        self.end.next_learner.connect(self.next_learner)
        self.end.leave.connect(self.close)
        self.outbox.try_again.connect(self.retry_delivery)
        self._shortcuts()

        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(retry_ms)
        self.retry_timer.timeout.connect(self.retry_delivery)
        self.retry_timer.start()
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(check_ms)
        self.check_timer.timeout.connect(self._check_timed_out)
        self.point_size = float(DEFAULT_POINT_SIZE)
        self.resize(1100, 720)
        self.next_learner()
        self.retry_delivery()

    def _header(self, title: str) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        row.setContentsMargins(16, 8, 16, 8)
        name = plain_label(title, name=self.tr("Classroom quiz"), wrap=False)
        mark_heading(name, 1.2)
        self.who = plain_label("", name=self.tr("Learner"), wrap=False)
        self.who.setProperty("muted", True)
        machine = plain_label(
            self.tr("Classroom · {machine}").format(machine=self.classroom.machine),
            name=self.tr("This computer"),
            wrap=False,
        )
        machine.setProperty("muted", True)
        row.addWidget(name)
        row.addSpacing(12)
        row.addWidget(self.who)
        row.addStretch(1)
        row.addWidget(machine)
        return header

    def _shortcuts(self) -> None:
        def bind(keys: str | QKeySequence.StandardKey, action: Callable[[], Any]) -> None:
            s = QShortcut(QKeySequence(keys), self)
            s.setContext(Qt.ShortcutContext.WindowShortcut)
            s.activated.connect(action)

        bind(QKeySequence.StandardKey.ZoomIn, lambda: self.change_font(+1))
        bind("Ctrl+=", lambda: self.change_font(+1))
        bind(QKeySequence.StandardKey.ZoomOut, lambda: self.change_font(-1))
        bind("Ctrl+0", lambda: self.change_font(0))

    # -- the loop --------------------------------------------------------------------------------

    def show_full_screen(self) -> None:
        """Full screen; sized to the screen first, for a lab machine without a window manager
        (which would otherwise leave the window at its normal size)."""
        screen = self.screen()
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def quiz_running(self) -> bool:
        return self.quiz.running()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        if isinstance(page, Page):
            page.on_show()

    def start(self, name: str) -> None:
        """The learner pressed Enter on the name screen: their sitting, or why not. Their
        unfinished attempt here resumes at once, as does a quiz with unlimited attempts;
        otherwise their earlier attempts are counted in the results folder first, off the GUI
        thread."""
        if self.check_job is not None and not self.check_job.finished:
            self.names.refuse(self._no_answer())  # an earlier check is still stuck on the folder
            return
        classroom = self.classroom

        def at_once() -> Sitting | None:
            resumed = classroom.resume(name)
            if resumed is None and not classroom.preset.attempts:
                return classroom.begin(name, frozenset())  # unlimited: nothing to count
            return resumed

        if self._begin(at_once):
            return
        self.names.checking()
        self.check_job = run_job(
            lambda: classroom.earlier_attempts(name),
            lambda earlier: self._checked(name, earlier),
            lambda _error: self._check_timed_out(),
            owner=self,
        )
        self.check_timer.start()

    def _checked(self, name: str, earlier: frozenset[str]) -> None:
        """The results folder answered: start (or refuse) with the attempts it holds."""
        self.check_timer.stop()
        self._begin(lambda: self.classroom.begin(name, earlier))

    def _check_timed_out(self) -> None:
        """The results folder did not answer (or could not be read): no start without it."""
        self.check_timer.stop()
        if self.check_job is not None:
            self.check_job.cancel()  # a late answer is dropped: the learner presses Start again
        self.names.refuse(self._no_answer())

    def _no_answer(self) -> str:
        return self.tr(
            "Your earlier results cannot be checked: the results folder does not answer. Ask "
            "your teacher to check the USB stick or the shared folder, then press Start again."
        )

    def _begin(self, begin: Callable[[], Sitting | None]) -> bool:
        """Run `begin`: the quiz page with its sitting, or why not on the name screen. False
        when `begin` had no sitting (nor a refusal) to give."""
        try:
            sitting = begin()
        except ClassroomError as e:
            self.names.refuse(e.message)
            return True
        except StoreError as e:
            self.names.refuse(str(e))
            return True
        if sitting is None:
            return False
        self.names.ready()
        self.sitting = sitting
        self.who.setText(f"· {sitting.learner.name}")
        self.set_font(sitting.learner.settings.font_size)
        self.quiz.begin_sitting(sitting)
        self.show_page(self.quiz)
        return True

    def sitting_over(self, _session: object) -> None:
        sitting = self.sitting
        if sitting is None:
            return
        self.end.show_sitting(sitting)
        self.show_page(self.end)
        self.refresh_outbox()  # kept in the local outbox; delivered by a background job
        self.retry_delivery()

    def next_learner(self) -> None:
        """Back to an empty name screen: nothing of the learner before stays on any page."""
        self.sitting = None
        self.quiz.clear()
        self.end.clear()
        self.names.clear()
        self.who.clear()
        self.set_font(None)
        try:
            self.names.set_names([learner.name for learner in self.ctx.store.learners()])
        except StoreError as e:
            log.warning("cannot list the learners: %s", e)
        self.show_page(self.names)

    # -- leaving ---------------------------------------------------------------------------------

    def ask_to_leave_quiz(self) -> None:
        self._confirm(
            self.tr("Leave the quiz?"),
            self.tr(
                "Leave the quiz now? The answers you gave are saved and go to your teacher as an "
                "unfinished attempt. It counts as an attempt: you cannot come back to it."
            ),
            self.leave_quiz,
        )

    def leave_quiz(self) -> None:
        """Confirmed: the attempt ends here, written as interrupted; the end screen follows."""
        sitting = self.sitting
        if sitting is None or not self.quiz.running():
            return
        self.quiz.timer.stop()
        sitting.leave()
        self.quiz.redraw()  # the session has finished: the page hands over to `sitting_over`

    def allow_close(self) -> None:
        """Close without asking (tests, and after the confirmation)."""
        self._may_close = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self._confirm_close()
            return
        self.retry_timer.stop()
        self.check_timer.stop()
        for job in (self.delivery_job, self.check_job):
            if job is not None:
                job.cancel()
        self.quiz.timer.stop()
        self.classroom.outbox.close()  # stops the LRS sender; what waits is sent next time
        self.closed.emit()
        super().closeEvent(event)

    def _confirm_close(self) -> None:
        if self.quiz.running():
            text = self.tr(
                "Leave the quiz and close quizapp? The answers you gave are saved and go to "
                "your teacher as an unfinished attempt. It counts as an attempt."
            )
        else:
            waiting = len(self.classroom.pending())
            if waiting:
                text = self.tr(
                    "Close the classroom session? %n result(s) still wait on this computer; they "
                    "are delivered the next time quizapp runs here.",
                    "",
                    waiting,
                )
            else:
                text = self.tr("Close the classroom session?")

        def close() -> None:
            self.leave_quiz()
            self._may_close = True
            self.close()

        self._confirm(self.tr("Close quizapp?"), text, close)

    def _confirm(self, title: str, text: str, on_yes: Callable[[], None]) -> None:
        """Ask in a window-modal box (No is the default: Enter keeps going)."""
        asking = self.confirmation
        if asking is not None and shiboken6.isValid(asking) and asking.isVisible():
            return  # (a box that was answered is deleted: it closes with WA_DeleteOnClose)
        self.confirmation = ask(self, title, text, on_yes)

    # -- the outbox ------------------------------------------------------------------------------

    def retry_delivery(self) -> None:
        """Offer what waits to the results folder again (the timer, and "Try again"), off the
        GUI thread: a pulled USB stick or a dead share must not freeze the window."""
        if self.delivery_job is not None and not self.delivery_job.finished:
            self._deliver_again = True  # one delivery at a time; this one asked for another
            return
        self._deliver_again = False
        classroom = self.classroom

        def deliver() -> tuple[Delivery, bool]:
            return classroom.deliver_pending(), is_folder(classroom.preset.results_dir)

        self.delivery_job = run_job(deliver, self._delivered, owner=self)

    def _delivered(self, answer: tuple[Delivery, bool]) -> None:
        delivery, self._folder_there = answer
        self._problems = delivery.problems
        self.refresh_outbox()
        if self._deliver_again:
            self.retry_delivery()

    def refresh_outbox(self) -> None:
        self.outbox.show_state(
            self.classroom.pending(),
            self._problems,
            self.classroom.preset.results_dir,
            self._folder_there,
        )

    # -- looks -----------------------------------------------------------------------------------

    def set_font(self, size: int | None) -> None:
        """The learner's own text size (the default between learners)."""
        self.point_size = float(size or DEFAULT_POINT_SIZE)
        apply_font_size(self, self.point_size)

    def change_font(self, step: int) -> None:
        """Ctrl+plus/minus for this sitting only (Ctrl+0: the default)."""
        size = DEFAULT_POINT_SIZE if step == 0 else self.point_size + step
        self.point_size = float(max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size)))
        apply_font_size(self, self.point_size)
