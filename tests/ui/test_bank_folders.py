"""Bank folders as a teacher uses them: a folder created while the app runs, a copied bank."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp import paths
from quizapp.ui.window import MainWindow
from tests.ui.conftest import BANK

OTHER = BANK.replace("id: every-type", "id: other").replace("title: Every type", "title: Other")


@pytest.fixture
def folders(tmp_path: Path, bank_dir: Path) -> paths.Paths:
    """Our test bank, and `<data>/banks/`, which does not exist yet."""
    return paths.Paths(
        tmp_path / "data", tmp_path / "cache", (bank_dir, tmp_path / "data" / "banks")
    )


def wait_for_the_watch(qtbot: QtBot, window: MainWindow) -> None:
    """The scan of the folders (off the GUI thread) has armed the watch, as it has a moment
    after the app starts."""
    qtbot.waitUntil(lambda: window.watcher.scan_job.finished, timeout=10_000)


def titles(window: MainWindow) -> list[str]:
    tree = window.library.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_bank_folder_created_while_running_is_watched(
    qtbot: QtBot, window: MainWindow, folders: paths.Paths
) -> None:
    """<data>/banks/ created after start: a bank copied into it shows up in the library."""
    created = folders.bank_dirs[-1]
    assert not created.exists()
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    wait_for_the_watch(qtbot, window)
    created.mkdir()
    (created / "other.yaml").write_text(OTHER, encoding="utf-8")
    qtbot.waitUntil(lambda: window.ctx.bank("other") is not None, timeout=10_000)
    assert "Other" in titles(window)


def test_a_copy_with_the_same_id_is_listed_with_the_reason_and_the_fix(
    qtbot: QtBot, window: MainWindow, folders: paths.Paths
) -> None:
    """A second bank with an id already used shows in the library as not loaded, and selecting
    it says why and what to do."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    wait_for_the_watch(qtbot, window)
    created = folders.bank_dirs[-1]
    created.mkdir()
    copy = BANK.replace("title: Every type", "title: Every type (copy)")
    (created / "copy.yaml").write_text(copy, encoding="utf-8")
    qtbot.waitUntil(lambda: "Every type (copy) (not loaded)" in titles(window), timeout=10_000)
    library = window.library
    row = titles(window).index("Every type (copy) (not loaded)")
    library.tree.setCurrentItem(library.tree.topLevelItem(row))
    assert library.tree.topLevelItem(row).text(5) == "⚠ same id as another bank"
    listed = [library.problems.item(i).text() for i in range(library.problems.count())]
    assert any("'every-type' is also used by" in p and "give it its own `id:`" in p for p in listed)
    assert library.problems.isVisible() and not library.start.isEnabled()
    assert window.ctx.bank("every-type").title == "Every type"


def test_a_copy_not_loaded_shows_its_path_as_plain_text_in_the_tooltip(
    qtbot: QtBot, window: MainWindow, folders: paths.Paths
) -> None:
    """A folder name is text from the learner's disk: in the not-loaded row's tooltip it is
    shown as written, never read as rich text (an `<img src=...>` there would load a file)."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    wait_for_the_watch(qtbot, window)
    created = folders.bank_dirs[-1] / "<i>copies</i>"
    created.mkdir(parents=True)
    copy = BANK.replace("title: Every type", "title: Every type (copy)")
    (created / "copy.yaml").write_text(copy, encoding="utf-8")
    qtbot.waitUntil(lambda: "Every type (copy) (not loaded)" in titles(window), timeout=10_000)
    row = titles(window).index("Every type (copy) (not loaded)")
    tip = window.library.tree.topLevelItem(row).toolTip(0)
    assert "&lt;i&gt;copies&lt;/i&gt;" in tip and "<i>" not in tip
