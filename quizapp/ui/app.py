"""The one place that wires the app together: Qt, looks, logging, the progress store, the clock,
the main window, and the banks (loaded off the GUI thread by the window).

`QUIZAPP_BENCH_READY=1` makes the app print READY and quit as soon as the library is on screen
for the last learner and the event loop is idle: `benchmarks/bench_startup.py` times that.
"""

from __future__ import annotations

import os
import sys

from quizapp import paths


def run_app(folders: paths.Paths, *, fullscreen: bool = False, theme: str = "system") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        QGuiApplication.highDpiScaleFactorRoundingPolicy().PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("quizapp")
    app.setApplicationDisplayName("quizapp")
    app.setDesktopFileName("quizapp")

    from quizapp.clock import SystemClock
    from quizapp.progress import AlreadyRunning, Store, StoreError
    from quizapp.ui import errors
    from quizapp.ui.context import AppContext
    from quizapp.ui.theme import apply_theme
    from quizapp.ui.window import MainWindow

    apply_theme(app, theme)
    errors.start_logging(folders.log_file)
    clock = SystemClock()
    try:
        store = Store.open(folders, clock)
    except (AlreadyRunning, StoreError) as e:
        QMessageBox.critical(None, "quizapp cannot start", str(e))
        return 1
    window = MainWindow(AppContext(folders, store, clock))

    def save_work() -> None:
        if window.quiz_running() and window.quiz.recorder is not None:
            window.quiz.recorder.save_now()

    errors.install_excepthook(folders.log_file, lambda: window, save_work)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    for message in store.opened.messages:
        from quizapp.ui.pages.common import tell

        tell(window, "About your progress", message, warning=True)
    if os.environ.get("QUIZAPP_BENCH_READY"):
        _ready_when_library_shown(window, QTimer)
    try:
        code = int(app.exec())
    finally:
        report = store.close()
    if report.message:
        print(report.message, file=sys.stderr)
    return code


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
