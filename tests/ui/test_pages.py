"""What every page shares: building one never flashes a stray window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.pages.common import Page


class _Shown(QObject):
    """Every widget that is shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.windows.append(watched.accessibleName() or type(watched).__name__)
        return False


def test_a_page_with_a_subtitle_opens_no_window_of_its_own(qtbot: QtBot) -> None:
    """The subtitle joins the page before it is made visible: shown while it had no parent, it
    was a top-level window for a moment (a flash on screen, and a native window every start)."""
    shown = _Shown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(shown)
    try:
        page = Page("Library", "Pick a bank")
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(page.subtitle.isVisible)
    finally:
        app.removeEventFilter(shown)
    assert shown.windows == ["Page"]  # the page itself, and nothing else
