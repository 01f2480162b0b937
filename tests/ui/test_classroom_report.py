"""The class report page: a small results folder read off the GUI thread and shown as the
learner, question and flagged tables of `quizapp report`, and saved as a web page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from quizapp.classroom import write_result
from quizapp.ui.window import MainWindow
from tests.classroom.helpers import attempt, item
from tests.ui.helpers import activate, press


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """Four finished attempts at four questions, one interrupted, one damaged file.

    q1: everyone right (facility 100%, too easy; no spread, so no discrimination); q2: 25%,
    discrimination +0.33; q3: 38%, +0.90; q4: 25%, -0.09 (flagged: negative discrimination)."""
    folder = tmp_path / "week3-results"
    folder.mkdir()
    scores = {
        "Ana": (1, 1, 1, 0),
        "Bo": (1, 0, 0.5, 1),
        "Chen": (1, 0, 0, 0),
        "Dee": (1, 0, 0, 0),
    }
    for minute, (name, marks) in enumerate(scores.items()):
        items = [item(f"q{n}", float(mark)) for n, mark in enumerate(marks, 1)]
        write_result(folder, attempt(name, items, minute=minute))
    write_result(folder, attempt("Bo", [item("q1", 1.0)], interrupted=True, minute=30))
    (folder / "broken.result.json").write_text("{not json", encoding="utf-8")
    return folder


def rows(tree: QTreeWidget) -> list[list[str]]:
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_the_class_report_page_shows_the_numbers(
    qtbot: QtBot, window: MainWindow, results: Path, tmp_path: Path
) -> None:
    """Ctrl+Shift+R opens the page; the folder is merged off the GUI thread; learners,
    questions (facility, discrimination, time), flagged questions with bank file:line and the
    unreadable file are listed; the web page is saved and handed to the browser; Esc goes back."""
    page = window.class_report  # built first: on the offscreen platform (only), building a
    activate(qtbot, window)  # page with a subtitle takes the activation from the window
    press(
        qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.current_page() is page
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.load(results)

    assert page.heading.text() == "Class report — Week 3 review"
    assert "5 attempts (4 finished, 1 interrupted) from 6 files" in page.summary.text()
    assert "1 unreadable file" in page.summary.text()
    learners = {r[0]: r for r in rows(page.learners)}
    assert set(learners) == {"Ana", "Bo", "Chen", "Dee"}
    assert learners["Ana"][2:7] == ["1", "0", "75%", "75%", "10:00"]
    assert learners["Chen"][2:6] == ["1", "0", "25%", "25%"]
    assert learners["Bo"][2:4] == ["1", "1"]  # one finished, one interrupted
    assert page.learners.isColumnHidden(1)  # one preset: no preset column

    questions = {r[1]: r for r in rows(page.questions)}
    assert questions["b.yaml:10"][3:8] == ["4", "100%", "—", "0:10", "too easy"]
    assert questions["b.yaml:20"][3:8] == ["4", "25%", "+0.33", "0:10", ""]
    assert questions["b.yaml:30"][3:8] == ["4", "38%", "+0.90", "0:10", ""]
    assert questions["b.yaml:40"][3:8] == ["4", "25%", "-0.09", "0:10", "negative discrimination"]
    assert rows(page.flagged) == [
        ["too easy", "Prompt of q1", "b.yaml:10", "100%", "—", "4"],
        ["negative discrimination", "Prompt of q4", "b.yaml:40", "25%", "-0.09", "4"],
    ]
    assert page.tabs.tabText(2) == "&Flagged (2)"
    [[path, reason]] = rows(page.unreadable)
    assert path.endswith("broken.result.json") and reason
    assert page.tabs.isTabVisible(3)

    opened: list[Path] = []
    page.open_url = lambda path: opened.append(path) or True  # the browser opened it
    target = tmp_path / "out" / "week3"
    (tmp_path / "out").mkdir()
    assert page.save_html(target)
    saved = tmp_path / "out" / "week3.html"
    assert opened == [saved]
    html = saved.read_text(encoding="utf-8")
    assert "Week 3 review" in html and "b.yaml:10" in html

    press(qtbot, Qt.Key.Key_Escape)
    assert window.current_page() is window.learners


def test_sorting_a_column_sorts_numbers_as_numbers(
    qtbot: QtBot, window: MainWindow, results: Path
) -> None:
    """Facility and discrimination sort as numbers, not as text, and "—" sorts lowest."""
    page = window.class_report
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.load(results)
    page.questions.sortItems(4, Qt.SortOrder.DescendingOrder)
    assert [r[4] for r in rows(page.questions)] == ["100%", "38%", "25%", "25%"]
    page.questions.sortItems(5, Qt.SortOrder.AscendingOrder)
    assert [r[5] for r in rows(page.questions)] == ["—", "-0.09", "+0.33", "+0.90"]
