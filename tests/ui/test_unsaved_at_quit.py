"""Quitting while the disk still refuses answers: the learner is asked, in plain text, and the
answers go to a file the app names instead of being lost."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp import words
from quizapp.progress import Mode
from quizapp.ui.window import MainWindow
from tests.progress.helpers import GEO, answer


def test_quitting_with_answers_held_asks_and_keeps_them_in_a_file(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The disk fills mid-quiz; closing the window asks (plain text, naming the problem);
    after "Yes", closing the store writes the held answers to a file and says where."""
    store = window.ctx.store
    learner = store.create_learner("Ana")
    attempt = store.start_attempt(
        learner.id, Mode.PRACTICE, config={}, seed=1, banks=[GEO], state={}
    )
    conn = store.connection
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    clock = window.ctx.clock
    for i in range(60):
        clock.advance(5)  # type: ignore[attr-defined]
        store.record_answer(attempt, answer(clock.now(), f"q{i}", prompt="P" * 400), {})
    assert store.status.pending_answers > 0
    asked: list[str] = []

    def answer_yes() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        asked.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    window.close()
    assert asked and "written to a separate file" in asked[0]
    conn.execute("PRAGMA max_page_count = 1")  # still full when the app closes the store
    report = window.ctx.store.close()
    assert report.fallback is not None and report.fallback in words.notice(
        report.notice or words.Notice("store_closed", {})
    )
    assert '"bank_id": "geo"' in Path(report.fallback).read_text(encoding="utf-8")
