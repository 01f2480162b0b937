"""Every widget of every page, walked with a hostile learner name, bank and results folder:
no label, tooltip, list item or chart label renders markup (an `<img src=...>` in a tooltip
made Qt load the file: `/dev/zero` froze a teacher's machine)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.classroom import write_result
from quizapp.ui.window import MainWindow
from tests.classroom.helpers import attempt, item

NAME = '<img src="/dev/zero"><a href="x">Eve</a>'

BANK = f"""\
title: '{NAME}'
id: hostile
source: {{title: '{NAME}', file: hostile.txt}}
questions:
  - id: h1
    type: single
    prompt: '{NAME} asks'
    choices: ['{NAME}', 'other']
    answer: '{NAME}'
    explanation: '{NAME}'
    tags: ['{NAME}']
"""


def renders_markup(text: str, how: str) -> bool:
    """Whether Qt would draw an image or a link from `text` shown as `how`: "plain" (never
    markup), "guess" (Qt's guess: tooltips, labels in AutoText) or "rich" (always markup)."""
    if how == "plain" or (how == "guess" and not GuiQt.mightBeRichText(text)):
        return False
    doc = QTextDocument()
    doc.setHtml(text)
    drawn = doc.toHtml()
    return "<img" in drawn or "<a href" in drawn


def texts(window: QWidget) -> Iterator[tuple[str, str, str]]:
    """(where, text, how it is drawn) for every piece of text on every widget."""
    for widget in [window, *window.findChildren(QWidget)]:
        parent = widget.parentWidget()
        owner = type(parent).__name__ if parent is not None else "-"
        where = f"{owner}>{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
        yield f"{where} tooltip", widget.toolTip(), "guess"
        if isinstance(widget, QLabel):
            how = {Qt.TextFormat.PlainText: "plain", Qt.TextFormat.RichText: "rich"}
            yield f"{where} text", widget.text(), how.get(widget.textFormat(), "guess")
        if isinstance(widget, QAbstractButton):
            yield f"{where} button", widget.text(), "plain"
        if isinstance(widget, QTreeWidget):
            stack: list[QTreeWidgetItem] = [
                widget.topLevelItem(i) for i in range(widget.topLevelItemCount())
            ]
            while stack:
                row = stack.pop()
                stack += [row.child(i) for i in range(row.childCount())]
                for col in range(widget.columnCount()):
                    yield f"{where} item tooltip", row.toolTip(col), "guess"
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{where} item tooltip", widget.item(i).toolTip(), "guess"
        if isinstance(widget, QChartView):
            chart = widget.chart()
            yield f"{where} title", chart.title(), "rich"
            for axis in chart.axes():
                if isinstance(axis, QBarCategoryAxis):
                    for label in axis.categories():
                        yield f"{where} chart label", label, "rich"


def walk(window: QWidget, seen: set[str]) -> None:
    for where, text, how in texts(window):
        if "dev/zero" in text or "Eve" in text:
            seen.add(where.split()[-1])
        assert not renders_markup(text, how), f"{where}: {text!r}"


def test_no_page_renders_markup_from_a_hostile_name(
    qtbot: QtBot, window: MainWindow, bank_dir: Path, tmp_path: Path
) -> None:
    """Library, learners, quiz, feedback, results, progress charts, source text and class
    report, each with the hostile text on screen: nothing of it is drawn as markup."""
    (bank_dir / "hostile.yaml").write_text(BANK, encoding="utf-8")
    (bank_dir / "hostile.txt").write_text(f"{NAME} wrote this text.\n", encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("hostile") is not None, timeout=5000)
    learner = window.ctx.store.create_learner(NAME)
    window.learners.refresh(select=learner.id)
    seen: set[str] = set()
    walk(window, seen)
    window.choose_learner(learner)
    window.library.select("hostile")
    walk(window, seen)

    window.quick_start("hostile")
    walk(window, seen)
    window.quiz.submit(blank_ok=True)  # a deliberate blank: the question counts as missed
    walk(window, seen)
    window.quiz.end_quiz()
    qtbot.waitUntil(lambda: window.current_page() is window.results, timeout=5000)
    walk(window, seen)

    window.go_progress()
    qtbot.waitUntil(lambda: window.progress.report is not None, timeout=5000)
    walk(window, seen)
    window.show_text("hostile", None)
    walk(window, seen)

    results = tmp_path / "results"
    results.mkdir()
    hostile = replace(item("q1", 1.0), prompt=NAME, bank_file=NAME, question_type=NAME)
    write_result(results, attempt(NAME, [hostile]))
    write_result(results, attempt(NAME, [hostile], attempt_id="x", minute=3))
    stick = results / NAME.replace("/", "_")
    stick.mkdir()
    zero = replace(hostile, score=0.0, points_earned=0.0, correct=False)
    write_result(stick, attempt(NAME, [zero], attempt_id="x", minute=3))  # a conflict
    (results / f"{NAME.replace('/', '_')}.json").write_text("{bad", encoding="utf-8")
    page = window.class_report
    window.go_class_report()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.load(results)
    assert page.report is not None and page.report.merged.conflicts
    walk(window, seen)
    assert {"tooltip", "text", "label"} <= seen, seen
