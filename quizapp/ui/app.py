"""The one place that wires the app together: folders, banks, and the main window."""

from __future__ import annotations

import sys

from quizapp import paths
from quizapp.bank import Library, load_library


def run_app(folders: paths.Paths, *, fullscreen: bool = False) -> int:
    from PySide6.QtWidgets import QApplication

    from quizapp.ui.library import LibraryWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("quizapp")
    library = load_library(list(folders.bank_dirs), folders.bank_cache_dir)
    window = LibraryWindow(library)
    if fullscreen:
        window.showFullScreen()
    else:
        window.show()
    return int(app.exec())


def load(folders: paths.Paths) -> Library:
    return load_library(list(folders.bank_dirs), folders.bank_cache_dir)
