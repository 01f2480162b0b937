"""In the pseudo-locale every word the app writes is accented and bracketed, so an English literal
left in the code shows up here, page by page, and a translation 40% longer still fits."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from quizapp.progress import LearnerSettings
from quizapp.ui import i18n
from quizapp.ui.window import MainWindow
from tests.ui.conftest import BANK, SOURCE
from tests.ui.looks import clipped, shown_texts, sideways
from tests.ui.test_readable import settle, walk

# a pseudo-translated piece ("[Ŝţàŕţ ·····]"), or a file path; what is left must not be English
_PSEUDO = re.compile(r"\[[^\[\]]*\]|\S*[/\\]\S*")  # and file paths
_WORD = re.compile(r"[A-Za-z]{3,}")
# what the bank, its source text and the learner bring, and names that stay as they are
_THEIRS = set(_WORD.findall(BANK + SOURCE)) | {
    "Ana",
    "quizapp",
    "Ctrl",
    "Shift",
    "Esc",
    "Alt",
    "Enter",
}


@pytest.fixture
def pseudo(qapp: QApplication, language: str) -> Iterator[None]:
    """The pseudo-locale for this test, whatever the run's language."""
    translators = i18n.install("pseudo")
    yield
    i18n.uninstall(translators)
    i18n.install(language)


def english_left(root: QWidget) -> list[str]:
    """Texts on screen (and their accessible names and tooltips) with a word that is neither
    pseudo-translated nor the bank's or the learner's own."""
    found = []
    for w in shown_texts(root):
        texts = [w.accessibleName(), w.accessibleDescription(), w.toolTip()]
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        for text in texts:
            left = set(_WORD.findall(_PSEUDO.sub(" ", text))) - _THEIRS
            if left:
                found.append(f"{type(w).__name__} {text!r}: {sorted(left)}")
    return found


def test_no_english_is_left_and_nothing_is_clipped_in_the_pseudo_locale(
    pseudo: None, qtbot: QtBot, window: MainWindow
) -> None:
    """On every page a learner visits, every text is translated (accented and bracketed), and
    at 1024x700 with the text 40% longer no label or button is cut off."""
    learner = window.ctx.store.create_learner("Ana", LearnerSettings())
    window.learners.refresh(select=learner.id)
    window.resize(1024, 700)
    english: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}

    def look(page: str) -> None:
        settle()
        english[page] = english_left(window)
        cut[page] = clipped(window) + sideways(window)

    walk(qtbot, window, look)
    assert english == {page: [] for page in english}
    assert cut == {page: [] for page in cut}
