"""Teacher menu → "Draft a bank from a text…": the drafts listed, each quote highlighted in the
text, one dropped with the keyboard, the kept ones saved into the data folder's banks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.bank import load_file
from quizapp.bank.sourcetext import normalise
from quizapp.ui.pages import drafting
from quizapp.ui.window import MainWindow
from tests.ui.helpers import activate, press

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "azerbaijan-us-relations.txt"


@pytest.fixture
def text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled text, which the file dialog "picks"."""
    path = tmp_path / "picked" / "relations.txt"
    path.parent.mkdir()
    shutil.copyfile(BUNDLED, path)
    monkeypatch.setattr(
        drafting.QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    return path


def test_drafts_are_read_dropped_and_saved(
    qtbot: QtBot, window: MainWindow, text: Path, tmp_path: Path
) -> None:
    """The menu action drafts off the GUI thread; moving through the list highlights each
    question's quote; Space drops one; Ctrl+S writes the kept 44 with a copy of the text into
    <data>/banks, where the bank checks clean but for its draft warnings; Esc goes back."""
    start = window.current_page()
    menu = window.nav_teacher.menu()
    menu.popup(window.nav_teacher.mapToGlobal(window.nav_teacher.rect().bottomLeft()))
    (action,) = [a for a in menu.actions() if a.text().startswith("Draft")]
    menu.close()
    action.trigger()
    page = window.draft_page
    qtbot.waitUntil(lambda: page.questions.count() > 0, timeout=10_000)
    activate(qtbot, window)  # offscreen, building a page with a subtitle takes the activation
    assert window.current_page() is page
    assert page.summary.text() == "45 draft questions from relations.txt: 45 kept."

    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    second = page.draft.questions[2]
    assert page.questions.currentRow() == 2
    assert second["prompt"] in page.questions.currentItem().text()
    assert page.questions.currentItem().text().endswith(f"Answer: {second['answer']}")
    assert normalise(page.highlighted_text().replace("\u2029", " ")) == normalise(second["source"])

    press(qtbot, Qt.Key.Key_Space)
    assert page.questions.item(2).checkState() == Qt.CheckState.Unchecked
    assert page.summary.text().endswith(": 44 kept.")

    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    bank_path: Path = saved.args[0]
    assert bank_path == tmp_path / "data" / "banks" / "relations.draft.yaml"
    assert (bank_path.parent / "relations.txt").read_text(encoding="utf-8") == text.read_text(
        encoding="utf-8"
    )
    result = load_file(bank_path)
    assert result.bank is not None and len(result.bank.questions) == 44
    assert second["id"] not in {q.id for q in result.bank.questions}
    assert {p.message.split(":")[0] for p in result.problems} == {"this question is a draft"}

    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    note = QApplication.activeModalWidget()
    assert note.windowTitle() == "Draft saved" and "relations.draft.yaml" in note.text()
    press(qtbot, Qt.Key.Key_Escape)  # closes the note
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    activate(qtbot, window)
    page.questions.setFocus()
    press(qtbot, Qt.Key.Key_Escape)  # leaves the page
    assert window.current_page() is start


def test_a_text_that_cannot_be_read_is_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text that is not UTF-8 gives a plain warning and nothing to save."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"caf\xe9")
    page = drafting.DraftPage(tmp_path / "banks")
    qtbot.addWidget(page)
    messages: list[str] = []
    monkeypatch.setattr(drafting, "tell", lambda _parent, _title, text, **_k: messages.append(text))
    page.load(bad)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert messages == [f"{bad}: the text is not UTF-8; save it as UTF-8 first"]
    assert not page.save.isEnabled() and page.questions.count() == 0
