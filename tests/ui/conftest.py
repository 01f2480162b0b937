"""GUI test fixtures: a progress store in this test's data folder, a fake clock, a small bank
with every question type, and the main window built on them (loaded off the GUI thread)."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp import paths
from quizapp.app.context import AppContext
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.ui import i18n
from quizapp.ui.theme import apply_theme
from quizapp.ui.window import MainWindow

SOURCE = textwrap.dedent(
    """\
    A short history

    The treaty was signed in Vienna in 1815 after long talks.

    Later the river was crossed by three bridges, each built of stone.
    """
)

BANK = textwrap.dedent(
    """\
    title: Every type
    id: every-type
    source:
      file: every-type.txt
    questions:
      - id: q-single
        type: single
        prompt: Where was the treaty signed?
        choices: [Vienna, Paris, Rome]
        answer: Vienna
        explanation: The text says Vienna.
        source: "The treaty was signed in Vienna"
        tags: [places]
      - id: q-multiple
        type: multiple
        prompt: Which are true of the bridges?
        choices: [Three of them, Built of stone, Built of wood]
        answer: [Three of them, Built of stone]
        source: "crossed by three bridges, each built of stone"
        tags: [bridges]
      - id: q-true-false
        type: true_false
        prompt: The treaty was signed in 1815.
        answer: true
        source: "signed in Vienna in 1815"
      - id: q-short
        type: short
        prompt: Which city saw the treaty signed?
        answer: Vienna
        source: "The treaty was signed in Vienna"
      - id: q-numeric
        type: numeric
        prompt: In which year was the treaty signed?
        answer: 1815
        source: "in 1815"
      - id: q-order
        type: order
        prompt: Put the events in order.
        items: [Long talks, Treaty signed, Bridges built]
        source: "after long talks"
      - id: q-match
        type: match
        prompt: Match each thing to what it is made of or where it is.
        pairs:
          Treaty: Vienna
          Bridges: Stone
        source: "each built of stone"
    """
)


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "every-type.yaml").write_text(BANK, encoding="utf-8")
    (folder / "every-type.txt").write_text(SOURCE, encoding="utf-8")
    return folder


@pytest.fixture
def folders(tmp_path: Path, bank_dir: Path) -> paths.Paths:
    """Only our test bank: the bundled one is left out so tests do not depend on it."""
    return paths.Paths(tmp_path / "data", tmp_path / "cache", (bank_dir,))


@pytest.fixture
def store(folders: paths.Paths, clock: FakeClock, qtbot: QtBot) -> Iterator[Store]:
    s = Store.open(folders, clock)
    yield s
    _wait_for_jobs(qtbot)  # a job finishing later would report into a closed store
    s.close()


def _wait_for_jobs(qtbot: QtBot) -> None:
    from quizapp.ui.workers import Job

    qtbot.waitUntil(lambda: not Job._running, timeout=10_000)


@pytest.fixture
def ctx(folders: paths.Paths, store: Store, clock: FakeClock) -> AppContext:
    return AppContext(folders, store, clock)


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    """The main window with the library loaded; closed (and its jobs finished) before the
    test's store closes."""
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(ctx.library.banks), timeout=10_000)
    yield w
    w.close()
    _wait_for_jobs(qtbot)


TEST_LANGUAGE = os.environ.get("QUIZAPP_TEST_LANG", "en")  # `pseudo`: docs/translating.md


@pytest.fixture(autouse=True)
def language(qapp: QApplication) -> Iterator[str]:
    """The app's language as `run_app` installs it: English (its plural forms), or the one
    QUIZAPP_TEST_LANG names, such as the pseudo-locale; removed after the test."""
    translators = i18n.install(TEST_LANGUAGE)
    yield TEST_LANGUAGE
    i18n.uninstall(translators)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture(autouse=True)
def themed(qapp: QApplication) -> None:
    """Every GUI test sees the app as `run_app` builds it: Fusion, our palette and style sheet
    (a style sheet changes how fonts reach widgets, so tests without it would miss that)."""
    apply_theme(qapp, "light")


@pytest.fixture(autouse=True)
def no_job_outlives_its_test(qtbot: QtBot) -> Iterator[None]:
    """Each test waits for its background jobs, so none reports into the next test's windows."""
    yield
    _wait_for_jobs(qtbot)
