"""Building pages: never a stray window, and only when a page is first needed."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.pages import common
from quizapp.ui.text import plain_label
from quizapp.ui.window import MainWindow


class _Shown(QObject):
    """Records every watched widget that is shown as a window of its own."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        shown = event.type() == QEvent.Type.Show
        if shown and isinstance(watched, QWidget) and watched.isWindow():
            self.windows.append(watched.accessibleName())
        return False


def test_a_page_with_a_subtitle_opens_no_window_of_its_own(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The subtitle joins the page before it is made visible: shown while it had no parent, it
    was a top-level window for a moment (a flash on screen, and a native window every start)."""
    shown = _Shown()

    def watched_label(*args: Any, **kwargs: Any) -> QLabel:
        label = plain_label(*args, **kwargs)
        label.installEventFilter(shown)  # from birth, on the page's own labels only
        return label

    monkeypatch.setattr(common, "plain_label", watched_label)
    page = common.Page("Library", "Pick a bank")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.subtitle.isVisible)
    assert page.subtitle.window() is page
    assert shown.windows == []


def test_the_window_builds_only_the_first_page_until_another_is_needed(
    qtbot: QtBot, window: MainWindow
) -> None:
    """At start only "Who are you?" exists; the library page is built when a learner goes on,
    and then shows the banks loaded meanwhile."""
    assert [window.stack.widget(i) for i in range(window.stack.count())] == [window.learners]
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    assert window.current_page() is window.library
    assert window.library.tree.topLevelItemCount() == 1
    assert window.stack.count() == 2
