"""The one place that wires the app together: Qt, looks, logging, the progress store, the clock,
the main window, and the banks (loaded off the GUI thread by the window).

With a preset (`quizapp --preset FILE`) it opens the classroom window instead, full screen, once
the banks are loaded and the preset checked against them; a preset with mistakes is explained in
a dialog (each problem with its file and line) and the app exits with status 1.

`QUIZAPP_BENCH_READY=1` makes the app print READY and quit as soon as the library is on screen
for the last learner and the event loop is idle: `benchmarks/bench_startup.py` times that.
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from quizapp import paths, words

if TYPE_CHECKING:
    from collections.abc import Callable

    from quizapp.clock import Clock
    from quizapp.progress import Learner, Store
    from quizapp.ui.classroom.window import ClassroomWindow
    from quizapp.ui.window import MainWindow


def run_app(
    folders: paths.Paths,
    *,
    fullscreen: bool = False,
    theme: str = "system",
    preset: str | None = None,
    lang: str | None = None,
) -> int:
    # The start allocates some hundred thousand objects (Qt's enums, our modules, the pages) and
    # frees almost none, so the cyclic collector's passes over them are wasted start-up time: it
    # stays off until the library is on screen (`_collect_again`).
    collecting = gc.isenabled()
    gc.disable()
    # the core first: once PySide6 is loaded, its import hook (until `plain_imports` takes it
    # out) reads the source of every module imported after it, looking for `from __feature__`
    from quizapp.app.context import AppContext  # with the bank loader
    from quizapp.clock import SystemClock
    from quizapp.progress import AlreadyRunning, Store, StoreError

    # isort: split
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication  # QMessageBox only when one is shown

    plain_imports()

    if QApplication.instance() is None:
        from quizapp.ui import xcb

        problem = xcb.check()  # before Qt aborts with a message that names the wrong library
        if problem is not None:
            print(problem, file=sys.stderr)
            return 1
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
    )
    app = QApplication.instance()
    if app is None:
        # Fusion from the start: `setStyle` would hand Python a QStyle, whose ~570 enum members
        # PySide then builds as Python enums (start-up is measured)
        app = QApplication([*sys.argv[:1], "-style", "fusion"])
        app.setProperty("quizappFusion", True)  # `apply_theme` needs no new style object
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("quizapp")

    from quizapp.ui import errors
    from quizapp.ui.theme import apply_theme
    from quizapp.ui.window import MainWindow

    apply_theme(app, theme)
    errors.start_logging(folders.log_file)
    clock = SystemClock()
    try:
        store = Store.open(folders, clock)
    except (AlreadyRunning, StoreError) as e:
        translators = start_language(lang, None)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Critical, app.translate("App", "quizapp cannot start"), ""
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message names folders and files
        box.setText(str(e))
        box.exec()
        return 1
    translators = start_language(lang, _remembered_language(folders, store))
    window: MainWindow | ClassroomWindow
    if preset is not None:
        classroom = _classroom_window(folders, store, clock, preset)
        if classroom is None:
            store.close()
            return 1
        window, show = classroom, classroom.show_full_screen  # always full screen
    else:
        window = MainWindow(AppContext(folders, store, clock))
        show = window.showFullScreen if fullscreen else window.show
        if lang is None:  # --lang wins over every learner's setting

            def replaced(new: MainWindow) -> None:
                nonlocal window
                window = new

            switch = LanguageSwitch(
                translators, lambda: MainWindow(AppContext(folders, store, clock)), replaced
            )
            window.switch_language = switch

    def save_work() -> None:
        if window.quiz_running() and window.quiz.recorder is not None:
            window.quiz.recorder.save_now()

    errors.install_excepthook(folders.log_file, lambda: window, save_work)
    show()
    for opened in store.opened.notices:
        from quizapp.ui.pages.common import tell

        tell(
            window, app.translate("App", "About your progress"), words.notice(opened), warning=True
        )
    if collecting:
        _collect_again(window, QTimer)
    if os.environ.get("QUIZAPP_BENCH_READY"):
        _ready_when_library_shown(window, QTimer)
    try:
        code = int(app.exec())
    finally:
        if collecting:
            gc.enable()
        from quizapp.ui.workers import finish_jobs

        finish_jobs()  # a bank scan or a delivery still running: cancelled, then waited for
        report = store.close()
    del translators
    message = words.notice(report.notice) if report.notice else None
    if message:
        print(message, file=sys.stderr)
    if report.fallback:  # the answers the disk refused went to this file: say where
        title = app.translate("App", "Answers kept in a file")
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, "")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(message or report.fallback)
        box.exec()
    return code


def plain_imports() -> None:
    """Give `import` back its own function. PySide6 puts a hook of its own in `builtins.__import__`
    for `from __feature__ import snake_case`, which quizapp never uses (a test checks): every
    later import statement then runs two Python functions, and each module imported for the first
    time has its whole source read to see whether it mentions PySide6. That cost every page's
    first build, at start and after. PySide keeps the original as `__orig_import__`, documented as
    the import to call when its hook is not wanted."""
    import builtins

    hook = getattr(builtins, "__feature_import__", None)
    original = getattr(builtins, "__orig_import__", None)
    if hook is not None and original is not None and builtins.__import__ is hook:
        builtins.__import__ = original


class LanguageSwitch:
    """When a learner whose language is not the one on screen continues, put theirs in place
    and hand over to a new window built in it (the learner's own language setting; none: the
    system's). A built window does not retranslate itself, so it is replaced, in the same
    place, before any quiz starts."""

    def __init__(
        self,
        translators: list[object],
        build: Callable[[], MainWindow],
        replaced: Callable[[MainWindow], None] = lambda window: None,
    ) -> None:
        self.translators = translators
        self.build = build
        self.replaced = replaced

    def __call__(self, learner: Learner) -> bool:
        from quizapp.ui import i18n

        wanted = i18n.choose(
            [learner.settings.language, i18n.system_language()], i18n.shipped()
        ).code
        if wanted == i18n.current():
            return False
        from PySide6.QtWidgets import QApplication

        i18n.uninstall(self.translators)
        self.translators[:] = i18n.install(wanted)
        new = self.build()
        new.switch_language = self
        for window in QApplication.topLevelWidgets():
            if window is not new and window.isVisible() and hasattr(window, "switch_language"):
                new.setGeometry(window.geometry())
                full = window.isFullScreen()
                window.close()
                window.deleteLater()
                (new.showFullScreen if full else new.show)()
        self.replaced(new)
        new.learners.refresh(select=learner.id)
        new.choose_learner(learner)
        return True


def start_language(option: str | None, learner: str | None) -> list[object]:
    """Install the language: `--lang`, else the remembered learner's, else the system's (the
    command line has said already when `--lang` names one we do not ship)."""
    from quizapp.ui import i18n

    language = i18n.choose([option, learner, i18n.system_language()], i18n.shipped())
    return i18n.install(language.code)


def _remembered_language(folders: paths.Paths, store: Store) -> str | None:
    """The language setting of the learner the window will offer first, if any."""
    from quizapp.progress import LearnerId, StoreError
    from quizapp.ui.settings import WindowMemory

    last = WindowMemory.load(folders.data_dir).last_learner
    if last is None:
        return None
    try:
        return store.learner(LearnerId(last)).settings.language
    except StoreError:  # that learner was deleted
        return None


def tell_before_start(title: str, text: str, language: str = "en") -> None:
    """A message box before any window, for a reason the app refuses to start (the only Qt
    on that path). The text names folders, so it is shown as plain text; its button speaks
    `language` (Qt's own catalogue)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    from quizapp.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    translators = i18n.install(language) if language != i18n.ENGLISH else []
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    box.exec()
    if translators:
        i18n.uninstall(translators)


def _classroom_window(
    folders: paths.Paths, store: Store, clock: Clock, preset: str
) -> ClassroomWindow | None:
    """The classroom window for `preset`, or None after saying (in a dialog) why not."""
    from quizapp.app.classroom import open_classroom
    from quizapp.app.context import AppContext
    from quizapp.app.refused import Refused
    from quizapp.bank import load_library
    from quizapp.ui.classroom.window import ClassroomWindow
    from quizapp.words import refusal

    library = load_library(list(folders.bank_dirs), folders.bank_cache_dir)
    opened = open_classroom(preset, library, store, clock)
    if isinstance(opened, Refused):
        tell_before_start(*refusal(opened))
        return None
    return ClassroomWindow(AppContext(folders, store, clock, library), opened)


def _collect_again(window: object, timer: type) -> None:
    """The cyclic garbage collector back on once the library is shown (or 3 s after the window,
    whichever comes first). What the start built stays out of later collections (`gc.freeze`):
    it lives as long as the app."""
    from quizapp.ui.window import MainWindow

    def on() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    if isinstance(window, MainWindow):  # after the library page is drawn, not before
        window.library_loaded.connect(lambda: timer.singleShot(0, on))
    timer.singleShot(3000, on)


def _ready_when_library_shown(window: object, timer: type) -> None:
    """Benchmark hook: continue as the remembered learner, then say READY once idle."""
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.window import MainWindow

    assert isinstance(window, MainWindow)

    def loaded() -> None:
        window.learners.continue_as_selected()
        if window.current_page() is window.library and window.library.tree.topLevelItemCount():
            timer.singleShot(0, ready)

    def ready() -> None:
        print("READY", flush=True)
        QApplication.quit()

    window.library_loaded.connect(loaded)
