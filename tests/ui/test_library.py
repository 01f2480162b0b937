"""The library: banks with their figures, problem badges and listings, and file watching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.ui.text import percent
from quizapp.ui.window import MainWindow
from tests.ui.conftest import BANK

BROKEN = """\
title: Broken bank
id: broken
questions:
  - id: good
    type: true_false
    prompt: Fine?
    answer: true
  - id: bad
    type: single
    prompt: Which?
    choices: [A, B]
    answer: C
"""
CLEAN = """\
title: Clean bank
id: clean
questions:
  - id: one
    type: true_false
    prompt: Fine?
    answer: true
    explanation: It is.
"""


def test_library_lists_banks_and_problems(qtbot: QtBot, window: MainWindow, bank_dir: Path) -> None:
    """A bank with problems has a badge; opening it lists each problem as file:line."""
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("broken") is not None, timeout=5000)
    page = window.library
    rows = {
        page.tree.topLevelItem(i).text(0): page.tree.topLevelItem(i)
        for i in range(page.tree.topLevelItemCount())
    }
    assert rows["Every type"].text(1) == "7"
    assert rows["Every type"].text(2) == "bridges, places"
    assert rows["Broken bank"].text(5).startswith("⚠ 1 error")
    page.select("broken")
    assert page.problems.isVisibleTo(page)
    listed = [page.problems.item(i).text() for i in range(page.problems.count())]
    assert any(line.startswith(f"{bank_dir / 'broken.yaml'}:12:") for line in listed), listed
    assert "1 question left out" in page.badge.text()
    assert page.subtitle.text().startswith("2 banks, 8 questions")


def test_the_problem_list_shows_only_for_a_bank_with_problems(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """A bank without problems shows no empty list in its details, and Tab goes from its
    buttons to the list when a bank has problems (the list is built for the first)."""
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (bank_dir / "clean.yaml").write_text(CLEAN, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("clean") is not None, timeout=5000)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    page = window.library
    page.select("broken")
    problems = page.problems
    assert problems is not None and problems.isVisibleTo(page)
    assert page.start.nextInFocusChain() is page.quick
    assert page.reader.nextInFocusChain() is problems
    page.select("clean")
    assert not problems.isVisibleTo(page)
    assert not page.badge.isVisibleTo(page)


def test_library_follows_a_bank_file_being_saved(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """Saving a bank file updates the library by itself and keeps the selected bank."""
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("broken") is not None, timeout=5000)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.library.select("every-type")
    edited = BANK.replace("title: Every type", "title: Every type, edited")
    tmp = bank_dir / ".every-type.yaml.swp"
    tmp.write_text(edited, encoding="utf-8")
    tmp.replace(bank_dir / "every-type.yaml")  # as editors save: write, then rename over
    qtbot.waitUntil(
        lambda: window.ctx.bank("every-type").title == "Every type, edited", timeout=5000
    )
    qtbot.waitUntil(lambda: window.library.title.text() == "Every type, edited", timeout=5000)
    assert window.library.selected_key() == "every-type"
    # and again: the watch survives the rename
    (bank_dir / "every-type.yaml").write_text(BANK, encoding="utf-8")
    qtbot.waitUntil(lambda: window.ctx.bank("every-type").title == "Every type", timeout=5000)
    (bank_dir / "broken.yaml").unlink()
    qtbot.waitUntil(lambda: window.ctx.bank("broken") is None, timeout=5000)


def test_enter_on_a_bank_opens_the_setup_with_one_click_defaults(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Setup defaults to practice, 10 questions (or all there are), no time limit."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Return)
    setup = window.setup
    assert window.current_page() is setup
    config = setup.config()
    assert config is not None
    assert config.mode.value == "practice" and config.count == 7
    assert config.quiz_time_limit is None and config.question_limits is False
    setup.mode.setCurrentIndex(1)  # exam: a limit per question by default
    assert setup.time_question.isChecked()


def test_mistakes_mode_with_nothing_to_ask_says_so(qtbot: QtBot, window: MainWindow) -> None:
    """A mistakes quiz with no mistakes yet gives a plain message instead of starting."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.set_up_quiz("every-type")
    window.setup.mode.setCurrentIndex(2)
    assert not window.setup.go.isEnabled()
    assert window.setup.config() is None


def test_a_job_finishing_after_its_window_is_deleted_reports_to_nobody(qtbot: QtBot) -> None:
    """A library that loads after its window was closed and deleted is dropped, not a crash."""
    import shiboken6
    from PySide6.QtWidgets import QProgressBar

    from quizapp.ui.workers import Job

    seen: list[object] = []

    class Receiver(QProgressBar):
        def done(self, result: object) -> None:
            seen.append(result)
            self.setVisible(False)

    receiver = Receiver()
    job = Job(lambda: 42, receiver.done)
    shiboken6.delete(receiver)
    job.start()
    qtbot.waitUntil(lambda: job.finished, timeout=5_000)
    assert seen == []


def test_a_job_with_a_plain_callback_reports_to_nobody_once_its_owner_is_deleted(
    qtbot: QtBot,
) -> None:
    """A closure that touches a deleted window is not called: the job knows its owner."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    from quizapp.ui.workers import run_job

    window = QWidget()
    seen: list[object] = []

    def done(result: object) -> None:
        seen.append(result)
        window.setWindowTitle("late")

    job = run_job(lambda: 42, done, owner=window)
    shiboken6.delete(window)
    qtbot.waitUntil(lambda: job.finished, timeout=5_000)
    assert seen == []


def test_a_closed_window_does_not_reload_when_a_bank_changes(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """After the window closes, saving a bank file starts no more loading."""
    window.close()
    (bank_dir / "every-type.yaml").write_text(
        BANK.replace("title: Every type", "title: Changed"), encoding="utf-8"
    )
    # a real wait: the watcher settles 300 ms after a change, so give it well over that
    qtbot.wait(800)
    assert window.ctx.bank("every-type").title == "Every type"


LONG_BANK = """\
title: Azerbaijan–United States relations, from 1919 to the present day
id: long-title
questions:
  - id: q1
    type: true_false
    prompt: Fine?
    answer: true
    tags: [congress, dates, diplomacy, early-contacts, energy, human-rights, images]
"""


def _shown_library(
    qtbot: QtBot, window: MainWindow, bank_dir: Path, width: int, height: int
) -> None:
    (bank_dir / "long.yaml").write_text(LONG_BANK, encoding="utf-8")
    (bank_dir / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.library.tree.topLevelItemCount() == 3, timeout=5000)
    window.resize(width, height)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    assert window.current_page() is window.library


def test_library_columns_fit_the_usual_window_without_scrolling_sideways(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """At 1200x760 every column's heading is whole and the list needs no sideways scroll bar."""
    _shown_library(qtbot, window, bank_dir, 1200, 760)
    tree = window.library.tree
    header = tree.header()
    qtbot.waitUntil(lambda: tree.horizontalScrollBar().maximum() == 0, timeout=2000)
    for col in range(header.count()):
        heading = header.model().headerData(col, Qt.Orientation.Horizontal)
        assert header.sectionSize(col) >= header.sectionSizeHint(col), heading
    # the long title is elided in the list, whole in its tooltip
    item = next(tree.topLevelItem(i) for i in range(3) if "1919" in tree.topLevelItem(i).text(0))
    assert "present" in item.toolTip(0)


def test_library_bank_column_stays_readable_on_a_small_screen_with_large_text(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """At 800x600 with 200% text the list does not scroll sideways and the Bank column still
    shows a dozen characters of the title: the Tags column goes (the details card lists the
    tags) and the number columns' headings are elided, whole in their tooltips."""
    _shown_library(qtbot, window, bank_dir, 800, 600)
    window.change_font(11)  # 11 pt -> 22 pt, what A+ reaches
    tree = window.library.tree
    header = tree.header()
    char = tree.fontMetrics().averageCharWidth()
    assert char >= 14  # the large text reached the list
    qtbot.waitUntil(lambda: header.sectionSize(0) >= 12 * char, timeout=2000)
    qtbot.waitUntil(lambda: tree.horizontalScrollBar().maximum() == 0, timeout=2000)
    assert header.isSectionHidden(2)
    assert header.textElideMode() is Qt.TextElideMode.ElideRight  # "Frag…", not "Frag"
    assert header.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "tags" in window.library.about.text()
    width = header.sectionSize(0)
    window.resize(1200, 760)  # and the columns are fitted again when the window grows
    qtbot.waitUntil(lambda: header.sectionSize(0) > width, timeout=2000)
    qtbot.waitUntil(lambda: not header.isSectionHidden(2), timeout=2000)


def test_scores_that_arrive_after_the_list_is_fitted_are_shown_whole(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """At 800x600 with 200% text the last score arrives after the columns were fitted to
    "—": its column widens to "100 %" (it showed "1…")."""
    from quizapp.app.reads import BankSummary

    _shown_library(qtbot, window, bank_dir, 800, 600)
    window.change_font(11)
    tree = window.library.tree
    ids = [str(tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)) for i in range(3)]
    window.library.show_summaries({bank: BankSummary(1.0, 12) for bank in ids})
    assert tree.topLevelItem(0).text(3) == percent(1.0)
    assert tree.header().sectionSize(3) >= tree.sizeHintForColumn(3)
    assert tree.horizontalScrollBar().maximum() == 0


def test_a_file_that_is_no_bank_is_listed_by_its_name_with_the_path_in_the_tooltip(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """Junk in the bank folder shows its file name in the narrow Bank column (a path elided at
    the right loses the name); the whole path is in the tooltip and the details."""
    (bank_dir / "junk.yaml").write_bytes(bytes(range(256)) * 8)
    window.reload_library()
    page = window.library
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=5000)
    item = next(
        page.tree.topLevelItem(i)
        for i in range(2)
        if page.tree.topLevelItem(i).text(0) != "Every type"
    )
    assert item.text(0) == "junk.yaml"
    assert str(bank_dir) in item.toolTip(0)
    page.tree.setCurrentItem(item)
    assert page.title.text() == str(bank_dir / "junk.yaml")
    assert "UTF-8" in page.problems.item(0).text()
