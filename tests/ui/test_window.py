"""Keyboard, accessibility, looks and safety of the main window and its pages."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.clock import FakeClock
from quizapp.quiz import Mode, QuizConfig, State
from quizapp.ui import errors
from quizapp.ui.pages.reader import find_in_raw
from quizapp.ui.theme import apply_theme
from quizapp.ui.window import MainWindow
from tests.ui.helpers import activate, focused, press

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
)


def unnamed(window: MainWindow) -> list[str]:
    page = window.current_page()
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
        for w in page.findChildren(QAbstractButton)
        + page.findChildren(QAbstractItemView)
        + page.findChildren(QAbstractSpinBox)
        + page.findChildren(QComboBox)
        + page.findChildren(QLineEdit)
        + page.findChildren(QPlainTextEdit)
        + page.findChildren(QTabWidget)
        if w.isVisibleTo(page)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))  # their inner line edits
    ]


def test_every_control_on_every_page_has_an_accessible_name(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Screen readers get a name for every control a learner can reach, on every page."""
    assert unnamed(window) == []
    header = [b for b in window.findChildren(QAbstractButton) if not window.stack.isAncestorOf(b)]
    assert header and all(b.accessibleName() and b.accessibleDescription() for b in header)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    assert unnamed(window) == []
    window.set_up_quiz("every-type")
    assert unnamed(window) == []
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    quiz = window.quiz
    while quiz.session.state is not State.FINISHED:
        assert unnamed(window) == [], quiz.session.current.question.type
        if quiz.session.state is State.ASKING:
            quiz.submit(blank_ok=True)
        else:
            assert unnamed(window) == []
            quiz.go_on()
    assert unnamed(window) == []
    window.show_text("every-type", "signed in Vienna")
    assert unnamed(window) == []
    window.go_progress()
    qtbot.waitUntil(lambda: window.progress.report is not None, timeout=5000)
    assert unnamed(window) == []


def test_tab_reaches_the_answer_then_submit(qtbot: QtBot, window: MainWindow) -> None:
    """Tab goes from the choices to Submit and on; the focused control is always visible."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    activate(qtbot, window)
    quiz = window.quiz
    seen = []
    for _ in range(12):
        seen.append(focused())
        assert focused().isVisible()
        press(qtbot, Qt.Key.Key_Tab)
    assert quiz.widget.buttons[0] in seen
    assert quiz.primary in seen and quiz.end in seen and quiz.pause in seen


def test_number_keys_and_enter_answer_without_a_mouse(qtbot: QtBot, window: MainWindow) -> None:
    """1-9 pick a choice from anywhere on the page, Enter submits, Enter again goes on."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(
        QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False, shuffle_choices=False)
    )
    activate(qtbot, window)
    quiz = window.quiz
    assert quiz.session.current.question.id == "q-single"
    quiz.primary.setFocus()
    press(qtbot, Qt.Key.Key_1)
    assert quiz.widget.response() == "Vienna"
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.session.state is State.FEEDBACK and quiz.feedback.verdict.text() == "✓ Right"
    assert "Enter next question" in quiz.hints.text()
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.session.current.number == 2
    assert "1–3 tick or untick a choice" in quiz.hints.text()


def test_show_in_text_opens_the_reader_at_the_quote(qtbot: QtBot, window: MainWindow) -> None:
    """Ctrl+T from the feedback opens the source text with the quoted passage highlighted; Esc
    comes back to the feedback."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    activate(qtbot, window)
    window.quiz.submit(blank_ok=True)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.reader
    assert window.reader.highlighted_text() == "The treaty was signed in Vienna"
    assert window.quiz.session.state is State.PAUSED  # reading does not eat quiz time
    press(qtbot, Qt.Key.Key_Escape)
    assert window.current_page() is window.quiz
    # back where the learner was: the feedback, not the pause screen
    assert window.quiz.session.state is State.FEEDBACK
    assert window.quiz.feedback.isVisible() and not window.quiz.paused_card.isVisible()


def test_the_hint_line_says_what_keys_do_while_paused(qtbot: QtBot, window: MainWindow) -> None:
    """Paused, the hint line offers only what works: no choice keys, Esc and Enter resume."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),), shuffle_questions=False))
    activate(qtbot, window)
    assert window.quiz.hints.text().startswith("1–3 pick a choice")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.quiz.session.state is State.PAUSED
    assert window.quiz.hints.text() == "Enter resume · Esc resume"


def test_find_in_raw_matches_like_the_checker() -> None:
    """Quotes match across line breaks, extra spaces and typographic quote marks."""
    raw = "Title\n\nHe said “stop   the\n  war” and left."
    start, end = find_in_raw(raw, 'said "stop the war"')  # type: ignore[misc]
    assert raw[start:end] == "said “stop   the\n  war”"
    assert find_in_raw(raw, "not there") is None


def test_question_and_quiz_countdowns_warn_at_one_minute_and_ten_seconds(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """With the fake clock: warnings at 60 s and 10 s left, for screen readers and on screen."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(
        QuizConfig(
            bank_ids=(BankId("every-type"),),
            quiz_time_limit=90,
            question_time_limit=75,
            question_limits=True,
        )
    )
    quiz = window.quiz
    assert quiz.quiz_clock.time.text() == "1:30" and quiz.question_clock.time.text() == "1:15"
    clock.advance(15)
    quiz.tick()
    assert quiz.question_clock.warning.text() == "One minute left for the question."
    clock.advance(15)
    quiz.tick()
    assert quiz.quiz_clock.warning.text() == "One minute left for the quiz."
    clock.advance(41)
    quiz.tick()
    assert quiz.question_clock.warning.text() == "Ten seconds left for the question."
    assert quiz.question_clock.time.property("urgency") == "urgent"
    clock.advance(4)
    quiz.tick()  # question time up: its feedback shows, the quiz clock runs on
    assert quiz.session.state is State.FEEDBACK
    clock.advance(6)
    quiz.tick()
    assert quiz.quiz_clock.warning.text() == "Ten seconds left for the quiz."
    clock.advance(10)
    quiz.tick()
    assert window.current_page() is window.results
    assert "time ran out" in window.results.summary.text()


def test_exam_skips_and_gives_no_feedback(qtbot: QtBot, window: MainWindow) -> None:
    """Exam: Ctrl+K skips for later, answers go straight on, Esc does not pause."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(
        QuizConfig(bank_ids=(BankId("every-type"),), mode=Mode.EXAM, shuffle_questions=False)
    )
    activate(qtbot, window)
    quiz = window.quiz
    assert not quiz.pause.isVisible() and quiz.skip.isVisible()
    first = quiz.session.current.ref
    press(qtbot, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert quiz.session.skipped == (first,)
    press(qtbot, Qt.Key.Key_Escape)
    assert quiz.session.state is State.ASKING
    press(qtbot, Qt.Key.Key_Return)
    assert quiz.session.state is State.ASKING and not quiz.feedback.isVisible()


def test_ctrl_plus_scales_the_quiz_and_is_kept_per_learner(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Bigger text applies to the whole window, headings keep their proportion, the learner keeps it."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("every-type"),)))
    activate(qtbot, window)
    before = window.quiz.prompt.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.point_size == 13
    assert window.quiz.prompt.font().pointSizeF() > before
    assert window.quiz.hints.font().pointSizeF() == 13
    assert window.ctx.store.learner(window.ctx.learner.id).settings.font_size == 13
    press(qtbot, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.point_size == 12


def test_window_remembers_its_place_in_the_data_folder(qtbot: QtBot, window: MainWindow) -> None:
    """Size, place and the last learner go to <data>/window.json."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.resize(770, 560)
    window.close()
    saved = json.loads((window.ctx.paths.data_dir / "window.json").read_text(encoding="utf-8"))
    assert saved["last_learner"] == window.ctx.learner.id and saved["geometry"]
    again = MainWindow(window.ctx, load=False)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (770, 560)


def test_the_teacher_menu_offers_its_three_entries_with_their_keys(window: MainWindow) -> None:
    """Opening "Teacher…" (its entries are made then, not at start) lists the preset with
    Ctrl+Shift+O, the class report with Ctrl+Shift+R and the draft, once each however often it
    opens."""
    menu = window.nav_teacher.menu()
    for _ in range(2):
        menu.popup(window.nav_teacher.mapToGlobal(window.nav_teacher.rect().bottomLeft()))
        texts = [a.text() for a in menu.actions()]
        menu.close()
        assert texts == [
            "Open classroom preset…\tCtrl+Shift+O",
            "Class report…\tCtrl+Shift+R",
            "Draft a bank from a text…",
        ]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_palettes_are_readable(qtbot: QtBot, theme: str) -> None:
    """Text on its background has at least WCAG AA contrast (4.5:1) in both themes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        p = app.palette()
        assert (p.color(QPalette.ColorRole.Window).lightness() < 128) == (theme == "dark")
        for fg, bg in (
            (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
            (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
            (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
            (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
        ):
            assert contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)
    finally:
        apply_theme(app, "light")


def contrast(a: QColor, b: QColor) -> float:
    def lum(c: QColor) -> float:
        def ch(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF())

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_unexpected_error_is_logged_and_apologised_for(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An unexpected exception goes to the log file; the user sees a short apology, the quiz is saved."""
    log_file = tmp_path / "data" / "quizapp.log"
    errors.start_logging(log_file)
    saved = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    hook = errors.install_excepthook(log_file, lambda: window, lambda: saved.append(True))
    try:
        raise ValueError("boom")
    except ValueError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert str(log_file) in box.text() and "Traceback" not in box.text()
    assert saved == [True]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "ValueError: boom" in log_file.read_text(encoding="utf-8")
    box.close()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            root.removeHandler(handler)
            handler.close()


def test_the_shortcut_list_fits_the_screen_with_large_text_and_closes_with_enter(
    qtbot: QtBot, window: MainWindow
) -> None:
    """F1 at 200% text: the list of keys fits on the screen with its OK button (a message box
    grew past the screen's bottom), scrolls to its last line, and Enter closes it."""
    from PySide6.QtWidgets import QDialog, QPlainTextEdit

    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.change_font(11)  # 22 pt
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_F1)
    box = next(d for d in window.findChildren(QDialog) if d.isVisible())
    screen = window.screen().availableGeometry()
    assert box.height() <= screen.height() and box.width() <= screen.width()
    text = box.findChild(QPlainTextEdit)
    assert text.font().pointSizeF() == 22
    qtbot.waitUntil(text.hasFocus, timeout=2000)
    lines = text.toPlainText().split("\n")
    assert lines[0].startswith("1 – 9: ") and lines[-1].startswith("F1: ")
    assert "Ctrl++ / Ctrl+- / Ctrl+0: " in text.toPlainText()
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last line in view
    bar = text.verticalScrollBar()
    assert bar.value() == bar.maximum()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
