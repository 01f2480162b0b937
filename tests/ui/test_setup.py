"""Setting up a quiz: what the setup page shows is what the quiz does."""

from __future__ import annotations

import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.progress import LearnerSettings
from quizapp.ui.window import MainWindow
from tests.ui.helpers import activate, focused, press, type_text

TIMED = textwrap.dedent(
    """\
    title: Timed
    id: timed
    defaults: {time_limit: 60}
    questions:
      - id: a
        type: single
        prompt: Pick A.
        choices: [A, B]
        answer: A
      - id: b
        type: single
        prompt: Pick B.
        time_limit: 44
        choices: [A, B]
        answer: B
    """
)


def test_each_question_time_chosen_in_setup_is_what_each_question_gets(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """ "5 s for each question" gives 0:05 on every question of a bank whose own limits are
    60 s and 44 s; the bank's own limits are offered by name; extra time applies on top."""
    (bank_dir / "timed.yaml").write_text(TIMED, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("timed") is not None, timeout=10_000)
    learner = window.ctx.store.create_learner("Ana", LearnerSettings(extra_time_factor=1.5))
    window.choose_learner(learner)
    window.set_up_quiz("timed")
    activate(qtbot, window)
    setup = window.setup
    assert setup.time_bank.isVisible()
    assert setup.bank_limits.text() == "60 s a question, 1 question with their own"
    assert setup.bank_limits.isVisible()
    setup.time_question.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    setup.question_seconds.setFocus()
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "5")
    assert focused() is setup.question_seconds
    press(qtbot, Qt.Key.Key_Return)
    quiz = window.quiz
    assert window.current_page() is quiz
    seen = []
    for _ in range(2):
        seen.append(quiz.question_clock.time.text())
        quiz.submit(blank_ok=True)
        quiz.go_on()
    assert seen == ["0:08", "0:08"]  # 5 s × 1.5


def test_the_banks_own_limits_are_kept_when_chosen(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """Choosing "the bank's own limits" gives each question the bank's limit or its own."""
    (bank_dir / "timed.yaml").write_text(TIMED, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("timed") is not None, timeout=10_000)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.set_up_quiz("timed")
    window.setup.time_bank.setChecked(True)
    config = window.setup.config()
    assert config is not None
    window.start_quiz(config)
    quiz = window.quiz
    limits = {}
    for _ in range(2):
        limits[quiz.session.current.question.id] = quiz.question_clock.time.text()
        quiz.submit(blank_ok=True)
        quiz.go_on()
    assert limits == {"a": "1:00", "b": "0:44"}


def test_setup_filters_by_question_type(qtbot: QtBot, window: MainWindow) -> None:
    """Ticking "Number" (Space on the types list) counts and asks only numeric questions."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.set_up_quiz("every-type")
    activate(qtbot, window)
    setup = window.setup
    assert setup.types.count() == 7 and setup.count.suffix() == " of 7"
    setup.types.setFocus()
    setup.types.setCurrentRow(4)
    assert setup.types.currentItem().text() == "Number"
    press(qtbot, Qt.Key.Key_Space)
    assert setup.count.suffix() == " of 1"
    press(qtbot, Qt.Key.Key_Return)
    session = window.quiz.session
    assert [q.question.type.value for q in [session.current]] == ["numeric"]
    assert len(session.questions) == 1


def test_setup_starts_on_its_first_field_and_enter_starts(qtbot: QtBot, window: MainWindow) -> None:
    """The keyboard starts on the mode (the form's first field); Enter still starts at once."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.set_up_quiz("every-type")
    activate(qtbot, window)
    assert focused() is window.setup.mode
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.quiz


def test_enter_on_the_focused_back_button_goes_back_and_tab_follows_the_buttons_order(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab reaches Back, then Start (left to right, as drawn); Enter on the focused Back button
    goes back to the library instead of starting the quiz."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.set_up_quiz("every-type")
    activate(qtbot, window)
    setup = window.setup
    setup.question_seconds.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is setup.cancel
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is setup.go
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is setup.cancel
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_page() is window.library
