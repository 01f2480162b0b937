"""The main window: a header, a stack of pages, and the moves between them.

Pages draw and forward; this window runs the journey: it asks the core (store, engine, library)
and hands each page what to draw. Heavy work (loading banks, reading statistics) goes to
`workers.run_job`; the window keeps responding and shows progress meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp import words
from quizapp.app.context import AppContext
from quizapp.app.refused import Refused
from quizapp.bank import Library, load_library
from quizapp.progress import Learner, StoreError, UnfinishedAttempt
from quizapp.ui.flow import FlowLayout
from quizapp.words import refusal

if TYPE_CHECKING:
    from quizapp.app.quiz import Running
    from quizapp.quiz import QuestionRef, QuizConfig, Session
    from quizapp.ui.classroom.window import ClassroomWindow
    from quizapp.ui.pages.class_report import ClassReportPage
    from quizapp.ui.pages.library import LibraryPage
    from quizapp.ui.pages.quiz import QuizPage
    from quizapp.ui.pages.reader import ReaderPage
    from quizapp.ui.pages.results import ResultsPage
    from quizapp.ui.pages.setup import SetupPage
from quizapp.app.reads import bank_summaries, progress_report
from quizapp.ui.pages.common import Page, button, tell, tell_list
from quizapp.ui.pages.learners import LearnersPage
from quizapp.ui.settings import WindowMemory
from quizapp.ui.text import keys, plain_label
from quizapp.ui.theme import (
    DEFAULT_POINT_SIZE,
    MAX_POINT_SIZE,
    MIN_POINT_SIZE,
    apply_font_size,
    mark_heading,
)
from quizapp.ui.workers import FolderWatcher, Job, run_job

log = logging.getLogger(__name__)

# the keys are named as the platform and language write them, and what they do is translated,
# when the list is shown (F1)
SHORTCUTS = (
    (
        "1 – 9",
        QT_TRANSLATE_NOOP("Shortcuts", "pick or tick a choice; go to an item to order or match"),
    ),
    ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "submit, then go on to the next question")),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "pause or resume (practice); back (other pages)")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("Shortcuts", "move between controls")),
    ("Alt+↑ / Alt+↓", QT_TRANSLATE_NOOP("Shortcuts", "move an item when putting things in order")),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "skip a question for now (exam)")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "end the quiz")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "show the source text")),
    ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "practise the mistakes again (results)")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "library")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "progress")),
    ("Ctrl+Shift+L", QT_TRANSLATE_NOOP("Shortcuts", "switch learner")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("Shortcuts", "open a classroom preset (teacher)")),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "class report (teacher)")),
    (
        "Ctrl++ / Ctrl+- / Ctrl+0",
        QT_TRANSLATE_NOOP("Shortcuts", "bigger, smaller, default text"),
    ),
    ("F11", QT_TRANSLATE_NOOP("Shortcuts", "full screen")),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "this list")),
)


class MainWindow(QMainWindow):
    library_loaded = Signal()
    summaries_loaded = Signal()
    progress_loaded = Signal()

    def __init__(self, ctx: AppContext, *, load: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("quizapp")
        self.setMinimumSize(760, 540)
        self.memory = WindowMemory.load(ctx.paths.data_dir)
        self.point_size = float(DEFAULT_POINT_SIZE)
        self._font_applied: float | None = None
        self.library_job: Job | None = None
        self._reload_again = False
        self._reader_return: QWidget | None = None
        self._progress: Any = None  # ProgressPage, built on first use (QtCharts loads then)
        self._class_report: ClassReportPage | None = None
        self._report_return: QWidget | None = None
        self.classroom: ClassroomWindow | None = None
        # set by the app: builds a new window when a learner's language is not the one shown
        self.switch_language: Callable[[Learner], bool] | None = None
        self._apply_font()  # before any child: each is styled once, as it joins the window

        self.stack = QStackedWidget()
        self._library: LibraryPage | None = None  # every page but the first is built on first
        self._setup: SetupPage | None = None  # use, which keeps start-up close to a bare window's
        self._quiz: QuizPage | None = None
        self._results: ResultsPage | None = None
        self._reader: ReaderPage | None = None
        self.watcher = FolderWatcher(parent=self)
        self.watcher.changed.connect(self.reload_library)
        if load:  # first, so the banks load on the pool while the rest of the window is built
            self.reload_library()

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # The first two pages are built inside the stack, once it is in the window: built on
        # their own and added after, every widget took on the window's style sheet again, and
        # the page's scroll area measured its whole content for it (start-up is measured)
        self.learners = LearnersPage(ctx, self.stack)
        self.stack.addWidget(self.learners)
        self._connect()
        self._shortcuts()

        self.learners.refresh(select=self.memory.last_learner)
        self.show_page(self.learners)
        if not self.memory.geometry or not self.restoreGeometry(
            QByteArray.fromBase64(self.memory.geometry.encode())
        ):
            self.resize(1100, 720)
        self._fit_screen()

    # -- building ------------------------------------------------------------------------------

    def _header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        row = FlowLayout(header)  # wraps onto a second line when narrow or with large text
        row.setContentsMargins(16, 8, 16, 8)
        title = plain_label("quizapp", name="quizapp", wrap=False)  # the app's name stays
        mark_heading(title, 1.2)
        self.who = plain_label("", name=self.tr("Current learner"), wrap=False)
        self.who.setProperty("muted", True)
        self.nav_library = button(
            self.tr("Library ({key})").format(key=keys("Ctrl+L")),
            self.tr("Go to the library of banks"),
            name=self.tr("Library"),
        )
        self.nav_progress = button(
            self.tr("Progress ({key})").format(key=keys("Ctrl+P")),
            self.tr("Charts and history of your quizzes"),
            name=self.tr("Progress"),
        )
        self.nav_switch = button(
            self.tr("Switch learner"),
            self.tr("Go back to choose who you are ({key})").format(key=keys("Ctrl+Shift+L")),
        )
        self.smaller = button(
            "A−",
            self.tr("Smaller text ({key})").format(key=keys("Ctrl+-")),
            name=self.tr("Smaller text"),
        )
        self.bigger = button(
            "A+",
            self.tr("Bigger text ({key})").format(key=keys("Ctrl++")),
            name=self.tr("Bigger text"),
        )
        self.help = button(
            self.tr("Keys ({key})").format(key=keys("F1")),
            self.tr("List every keyboard shortcut"),
            name=self.tr("Keyboard shortcuts"),
        )
        self.nav_teacher = button(
            self.tr("Teacher…"),
            self.tr("Open a classroom preset, or the class report"),
            name=self.tr("Teacher"),
        )
        menu = QMenu(self.nav_teacher)
        menu.setAccessibleName(self.tr("Teacher"))
        # its entries are made when it first opens: PySide builds QAction's Python type, enums
        # and all, on first touch, which no start needs
        menu.aboutToShow.connect(self._fill_teacher_menu)
        self.nav_teacher.setMenu(menu)
        self.nav_library.clicked.connect(self.go_library)
        self.nav_progress.clicked.connect(self.go_progress)
        self.nav_switch.clicked.connect(self.go_learners)
        self.smaller.clicked.connect(lambda: self.change_font(-1))
        self.bigger.clicked.connect(lambda: self.change_font(+1))
        self.help.clicked.connect(self.show_shortcuts)
        row.addWidget(title)
        row.addWidget(self.who)
        # Key hints leave the header's buttons when they would need a third line (800x600,
        # large text); F1, tooltips and screen readers still tell the keys.
        self._header_row = row
        self._header_texts = [
            (b, b.text(), short)
            for b, short in (
                (self.nav_library, self.tr("Library")),
                (self.nav_progress, self.tr("Progress")),
                (self.nav_switch, self.tr("Learners")),
                (self.help, self.tr("Keys")),
            )
        ]
        for b in (
            self.nav_library,
            self.nav_progress,
            self.nav_switch,
            self.nav_teacher,
            self.smaller,
            self.bigger,
            self.help,
        ):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            row.addWidget(b)
        return header

    def _fill_teacher_menu(self) -> None:
        menu = self.nav_teacher.menu()
        if menu.actions():
            return
        # the key after a tab is shown in the menu's shortcut column (the window's QShortcut acts)
        preset_text, report_text = self.tr("Open classroom preset…"), self.tr("Class report…")
        menu.addAction(f"{preset_text}\t{keys('Ctrl+Shift+O')}", self.open_classroom_dialog)
        menu.addAction(f"{report_text}\t{keys('Ctrl+Shift+R')}", self.go_class_report)
        menu.addAction(self.tr("Draft a bank from a text…"), self.open_draft_page)

    def _shortcuts(self) -> None:
        def bind(keys: str | QKeySequence.StandardKey, action: Any) -> None:
            s = QShortcut(QKeySequence(keys), self)
            s.setContext(Qt.ShortcutContext.WindowShortcut)
            s.activated.connect(action)

        bind("Ctrl+L", lambda: self.go_library() if self.nav_library.isEnabled() else None)
        bind("Ctrl+P", lambda: self.go_progress() if self.nav_progress.isEnabled() else None)
        bind("Ctrl+Shift+L", lambda: self.go_learners() if self.nav_switch.isEnabled() else None)
        bind(
            "Ctrl+Shift+O",
            lambda: self.open_classroom_dialog() if self.nav_teacher.isEnabled() else None,
        )
        bind(
            "Ctrl+Shift+R", lambda: self.go_class_report() if self.nav_teacher.isEnabled() else None
        )
        bind(QKeySequence.StandardKey.ZoomIn, lambda: self.change_font(+1))
        bind("Ctrl+=", lambda: self.change_font(+1))
        bind(QKeySequence.StandardKey.ZoomOut, lambda: self.change_font(-1))
        bind("Ctrl+0", lambda: self.change_font(0))
        bind("F11", self.toggle_fullscreen)
        bind("F1", self.show_shortcuts)

    def _connect(self) -> None:
        self.learners.chosen.connect(self.choose_learner)
        self.learners.resume.connect(self.resume_attempt)
        self.learners.settings_changed.connect(self._settings_changed)

    def _add_page(self, page: QWidget) -> None:
        self.stack.addWidget(page)

    @property
    def library(self) -> LibraryPage:
        if self._library is None:
            from quizapp.ui.pages import library as page

            self._library = page.LibraryPage(self.ctx, self.stack)
            self._library.set_up.connect(self.set_up_quiz)
            self._library.quick_start.connect(self.quick_start)
            self._library.resume.connect(
                lambda u: self.resume_attempt(self.ctx.learner, u) if self.ctx.learner else None
            )
            self._library.read.connect(self._read_bank)
            self._add_page(self._library)
            if self.library_job is not None and not self.library_job.finished:
                self._library.set_loading(True)
            else:
                self._library.set_loading(False)
                self._library.show_library(self.ctx.library)
        return self._library

    @property
    def setup(self) -> SetupPage:
        if self._setup is None:
            from quizapp.ui.pages import setup as page

            self._setup = page.SetupPage(self.ctx)
            self._setup.start.connect(self.start_quiz)
            self._setup.back.connect(self.go_library)
            self._add_page(self._setup)
        return self._setup

    @property
    def quiz(self) -> QuizPage:
        if self._quiz is None:
            from quizapp.ui.pages import quiz as page

            self._quiz = page.QuizPage(self.ctx)
            self._quiz.finished.connect(self.quiz_finished)
            self._quiz.show_in_text.connect(self.show_text)
            self._add_page(self._quiz)
        return self._quiz

    @property
    def results(self) -> ResultsPage:
        if self._results is None:
            from quizapp.ui.pages import results as page

            self._results = page.ResultsPage(self.ctx)
            self._results.practise.connect(self.practise_mistakes)
            self._results.back.connect(self.go_library)
            self._results.show_in_text.connect(self.show_text)
            self._add_page(self._results)
        return self._results

    @property
    def reader(self) -> ReaderPage:
        if self._reader is None:
            from quizapp.ui.pages import reader as page

            self._reader = page.ReaderPage()
            self._reader.back.connect(self.close_text)
            self._add_page(self._reader)
        return self._reader

    def quiz_running(self) -> bool:
        return self._quiz is not None and self._quiz.running()

    def _read_bank(self, bank_id: str) -> None:
        self.show_text(bank_id, None)

    # -- pages ---------------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        running = self.quiz_running()
        chosen = self.ctx.learner is not None
        self.nav_library.setEnabled(chosen and not running)
        self.nav_progress.setEnabled(chosen and not running)
        self.nav_switch.setEnabled(not running)
        self.nav_teacher.setEnabled(not running)
        self.who.setText(f"· {self.ctx.learner.name}" if self.ctx.learner else "")
        if isinstance(page, Page):
            page.on_show()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def go_learners(self) -> None:
        self.learners.refresh()
        self.show_page(self.learners)

    def go_library(self) -> None:
        if self.ctx.learner is None:
            return self.go_learners()
        self.show_page(self.library)
        try:
            found = self.ctx.store.unfinished_attempts(self.ctx.learner.id)
        except StoreError:
            found = []
        self.library.show_unfinished(found[0] if found else None)
        self.load_summaries()

    def choose_learner(self, learner: Learner) -> None:
        if self.switch_language is not None and self.switch_language(learner):
            return  # a window in the learner's own language takes over
        self.ctx.learner = learner
        if self.memory.last_learner != learner.id:  # no write when the same learner goes on
            self.memory.last_learner = learner.id
            self.memory.save(self.ctx.paths.data_dir)
        self._apply_font()
        self.go_library()

    def _settings_changed(self, learner: Learner) -> None:
        if self.ctx.learner and self.ctx.learner.id == learner.id:
            self.ctx.learner = learner
        self._apply_font()

    # -- the library ---------------------------------------------------------------------------

    def reload_library(self) -> None:
        """Load every bank off the GUI thread; a change meanwhile loads again afterwards."""
        if self.library_job is not None and not self.library_job.finished:
            self._reload_again = True
            return
        paths = self.ctx.paths
        if self._library is not None:
            self._library.set_loading(True)
        self.library_job = run_job(
            lambda: load_library(list(paths.bank_dirs), paths.bank_cache_dir),
            self._library_done,
            self._library_failed,
        )

    def _library_done(self, library: Library) -> None:
        self.ctx.library = library
        if self._library is not None:  # else it shows the library when it is built
            self._library.set_loading(False)
            self._library.show_library(library)
        self.learners.set_library_ready(True)
        files = [r.path for r in library.results]
        texts = [b.source.file for b in library.banks if b.source and b.source.file]
        from pathlib import Path

        self.watcher.watch(list(self.ctx.paths.bank_dirs), [Path(f) for f in files + texts])
        if self._reload_again:
            self._reload_again = False
            self.reload_library()
        else:
            self.load_summaries()
        # last: a listener that goes on to the library (which loads the summaries itself)
        # starts no second read of them
        self.library_loaded.emit()

    def _library_failed(self, error: Exception) -> None:
        if self._library is not None:
            self._library.set_loading(False)
        tell(
            self,
            self.tr("The banks could not be loaded"),
            f"{error}",
            warning=True,
        )

    def load_summaries(self) -> None:
        learner, page = self.ctx.learner, self._library
        if learner is None or page is None:  # go_library loads them when it builds the page
            return
        paths, clock = self.ctx.paths, self.ctx.clock

        def done(summaries: dict[str, Any]) -> None:
            page.show_summaries(summaries)
            self.summaries_loaded.emit()

        run_job(
            lambda: bank_summaries(paths, clock, learner.id),
            done,
            lambda e: log.warning("summaries: %s", e),
            owner=self,
        )

    # -- quizzes -------------------------------------------------------------------------------

    def set_up_quiz(self, bank_id: str) -> None:
        bank = self.ctx.bank(bank_id)
        if bank is not None:
            self.setup.set_bank(bank)
            self.show_page(self.setup)

    def quick_start(self, bank_id: str) -> None:
        from quizapp.app import quiz as use

        self.start_quiz(use.quick_config(bank_id, self.ctx.learner))

    def practise_mistakes(self, refs: tuple[QuestionRef, ...]) -> None:
        from quizapp.app import quiz as use

        config = use.mistakes_config(refs, self.ctx.learner)
        if config is not None:
            self.start_quiz(config)

    def start_quiz(self, config: QuizConfig) -> None:
        from quizapp.app import quiz as use

        if self.ctx.learner is not None:
            self._run(use.start_quiz(self.ctx, self.ctx.learner, config))

    def resume_attempt(self, learner: Learner, unfinished: UnfinishedAttempt) -> None:
        from quizapp.app import quiz as use

        self.ctx.learner = learner
        self.memory.last_learner = learner.id
        running = use.resume_quiz(self.ctx, unfinished)
        if not isinstance(running, Refused):
            self._apply_font()
        self._run(running)

    def _run(self, running: Running | Refused) -> None:
        if isinstance(running, Refused):
            tell(self, *refusal(running), warning=True)
            return
        self.quiz.begin(running.session, running.recorder)
        self.show_page(self.quiz)

    def quiz_finished(self, session: Session) -> None:
        self.results.show_session(session)
        self.show_page(self.results)

    # -- text, progress ------------------------------------------------------------------------

    def show_text(self, bank_id: str, quote: str | None) -> None:
        bank = self.ctx.bank(bank_id)
        if bank is None:
            return
        if self._reader is None or self.current_page() is not self._reader:
            self._reader_return = self.current_page()
        if self.reader.open_bank(bank, quote):
            self.show_page(self.reader)

    def close_text(self) -> None:
        self.show_page(self._reader_return or self.library)

    @property
    def progress(self) -> Any:
        if self._progress is None:
            from quizapp.ui.pages.progress import ProgressPage

            self._progress = ProgressPage(self.ctx)
            self._progress.open_attempt.connect(self.open_attempt)
            self._progress.back.connect(self.go_library)
            self._add_page(self._progress)
        return self._progress

    def go_progress(self) -> None:
        learner = self.ctx.learner
        if learner is None:
            return
        page = self.progress
        page.set_loading()
        self.show_page(page)
        paths, clock = self.ctx.paths, self.ctx.clock

        def done(report: Any) -> None:
            page.show_report(report)
            self.progress_loaded.emit()

        def failed(error: Exception) -> None:
            tell(self, self.tr("Progress cannot be shown"), str(error), warning=True)

        run_job(lambda: progress_report(paths, clock, learner.id), done, failed, owner=self)

    def open_attempt(self, attempt_id: int) -> None:
        from quizapp.app.quiz import saved_attempt

        found = saved_attempt(self.ctx, attempt_id)
        if isinstance(found, Refused):
            tell(self, *refusal(found), warning=True)
            return
        self.results.show_attempt(*found)
        self.show_page(self.results)

    # -- for teachers: classroom presets and the class report ----------------------------------

    @property
    def class_report(self) -> ClassReportPage:
        if self._class_report is None:
            from quizapp.ui.pages.class_report import ClassReportPage

            self._class_report = ClassReportPage(self.ctx)
            self._class_report.back.connect(self._close_class_report)
            self._add_page(self._class_report)
        return self._class_report

    def go_class_report(self) -> None:
        if self.quiz_running():
            return
        page = self.class_report
        if self.current_page() is not page:
            self._report_return = self.current_page()
        self.show_page(page)

    def _close_class_report(self) -> None:
        self.show_page(self._report_return or self.learners)

    def open_draft_page(self) -> None:
        from quizapp.ui.pages.drafting import open_in

        open_in(self)

    def open_classroom_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.quiz_running():
            return
        start = str(self.ctx.paths.bank_dirs[-1]) if self.ctx.paths.bank_dirs else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a classroom preset"),
            start,
            self.tr("Classroom presets ({patterns})").format(patterns="*.preset.yaml *.preset.yml"),
        )
        if path:
            self.open_classroom(path)

    def open_classroom(self, path: str) -> ClassroomWindow | None:
        """Start the classroom window for the preset at `path`, full screen; this window hides
        until it closes (learners cannot switch to it)."""
        from quizapp.app.classroom import open_classroom
        from quizapp.ui.classroom.window import ClassroomWindow

        if self.quiz_running() or self.classroom is not None:
            return None
        if self.library_job is None or not self.library_job.finished:
            tell(
                self,
                self.tr("Not yet"),
                self.tr("The banks are still loading. Try again in a moment."),
            )
            return None
        ctx = self.ctx
        opened = open_classroom(path, ctx.library, ctx.store, ctx.clock)
        if isinstance(opened, Refused):
            tell(self, *refusal(opened), warning=True)
            return None
        room = ClassroomWindow(AppContext(ctx.paths, ctx.store, ctx.clock, ctx.library), opened)
        room.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        room.closed.connect(self._classroom_closed)
        self.classroom = room
        room.show_full_screen()
        self.hide()
        return room

    def _classroom_closed(self) -> None:
        self.classroom = None
        self.show()
        self.learners.refresh()
        self.show_page(self.current_page())

    # -- looks ---------------------------------------------------------------------------------

    def _apply_font(self) -> None:
        learner = self.ctx.learner
        size = (
            learner.settings.font_size
            if learner and learner.settings.font_size
            else DEFAULT_POINT_SIZE
        )
        if float(size) == self._font_applied:
            return  # every heading has it already (pages built later get it in _add_page)
        self.point_size = self._font_applied = float(size)
        apply_font_size(self, self.point_size)

    def change_font(self, step: int) -> None:
        """Ctrl+plus/minus (0 = default); kept in the learner's settings."""
        size = DEFAULT_POINT_SIZE if step == 0 else self.point_size + step
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self.point_size = self._font_applied = float(size)
        apply_font_size(self, self.point_size)
        learner = self.ctx.learner
        if learner is not None:
            settings = learner.settings.replace(font_size=None if step == 0 else int(size))
            try:
                self.ctx.learner = self.ctx.store.update_settings(learner.id, settings)
            except StoreError as e:
                log.warning("font size not saved: %s", e)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._compact_header()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._compact_header()

    def _compact_header(self) -> None:
        row, width = self._header_row, self.width() - 32
        for b, full, _ in self._header_texts:
            b.setText(full)
            b.setToolTip("")
        if row.lines(width) > 2:
            for b, full, short in self._header_texts:
                b.setText(short)
                b.setToolTip(full)

    def _fit_screen(self) -> None:
        """Never larger than the screen (a projector at 800x600, or a remembered size from a
        bigger one): a window running off the screen cuts off its own buttons."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.isValid():
            frame = self.frameGeometry().size() - self.geometry().size()
            width = min(self.width(), screen.width() - frame.width())
            height = min(self.height(), screen.height() - max(frame.height(), 32))
            if (width, height) != (self.width(), self.height()):
                self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
                self.move(screen.topLeft())

    def toggle_fullscreen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_shortcuts(self) -> None:
        """The list of keys, named as this platform and language write them (Strg+K)."""
        lines = [
            " / ".join(keys(k) for k in sequences.split(" / "))
            + f": {QCoreApplication.translate('Shortcuts', what)}"
            for sequences, what in SHORTCUTS
        ]
        tell_list(self, self.tr("Keyboard shortcuts"), lines)

    # -- closing -------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.quiz_running() and self.quiz.recorder is not None:
            try:
                self.quiz.recorder.save_now()  # offered for resume next time
            except StoreError as e:
                log.warning("quiz not saved on close: %s", e)
        self.memory.geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.memory.save(self.ctx.paths.data_dir)
        pending = self.ctx.store.status.pending_answers
        problem = self.ctx.store.status.problem
        why = words.notice(problem) if problem else ""
        if pending and not getattr(self, "_confirmed_quit", False):
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Answers not saved"), "", parent=self
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the problem names folders
            box.setText(
                self.tr(
                    "%n answer(s) could not be saved yet. {problem}\n\nQuit anyway? They will be "
                    "written to a separate file, and you will be told where.",
                    "",
                    pending,
                ).format(problem=why)
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.watcher.stop()  # a closed window loads nothing more
        super().closeEvent(event)
