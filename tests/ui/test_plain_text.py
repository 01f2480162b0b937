"""Bank and learner text is always plain: markup shows literally and loads nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from quizapp.ui.window import MainWindow

HOSTILE = '<b>bold</b> <img src="http://example.com/x.png"> <a href="x">link</a>'

BANK = f"""\
title: '{HOSTILE}'
id: hostile
questions:
  - id: h1
    type: single
    prompt: '{HOSTILE}'
    choices: ['{HOSTILE}', '<i>other</i> & more']
    answer: '{HOSTILE}'
    explanation: '{HOSTILE}'
"""


def shown(label: QLabel) -> str:
    """The characters a person sees (zero-width spaces, where a long word may break, show as
    nothing)."""
    return label.text().replace("\u200b", "")


def test_markup_in_bank_and_learner_text_shows_literally(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """Prompt, choices, feedback, bank title and learner name show the raw characters."""
    (bank_dir / "hostile.yaml").write_text(BANK, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("hostile") is not None, timeout=5000)
    learner = window.ctx.store.create_learner(HOSTILE)
    window.learners.refresh(select=learner.id)
    assert window.learners.list.currentItem().text() == HOSTILE
    assert window.learners.who.text() == HOSTILE
    window.choose_learner(learner)
    window.library.select("hostile")
    assert window.library.title.text() == HOSTILE
    assert window.library.tree.currentItem().text(0) == HOSTILE

    window.quick_start("hostile")
    quiz = window.quiz
    assert shown(quiz.prompt) == HOSTILE
    assert quiz.heading.text() == HOSTILE
    assert sorted(shown(label) for label in quiz.widget.labels) == sorted(
        [HOSTILE, "<i>other</i> & more"]
    )
    quiz.submit(blank_ok=True)
    assert shown(quiz.feedback.explanation) == HOSTILE
    assert shown(quiz.feedback.expected) == f"Correct answer: {HOSTILE}"
    labels = window.findChildren(QLabel)
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
        assert not label.openExternalLinks()
    assert window.who.text() == f"· {HOSTILE}"
