"""Each answer widget: what it shows, the response it reports, number keys, and drafts."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId, QuestionId, QuestionType
from quizapp.bank import Question as Q
from quizapp.quiz import QuestionView, grade, ref
from quizapp.ui.widgets import (
    ChoiceWidget,
    MatchWidget,
    OrderWidget,
    TypedWidget,
    answer_widget_for,
)
from quizapp.ui.widgets.countdown import Countdown
from quizapp.ui.widgets.feedback import FeedbackView

ALT = Qt.KeyboardModifier.AltModifier


def view(question: Q, **layout: tuple[str, ...]) -> QuestionView:
    return QuestionView(ref("b", question.id), question, 1, 1, 1.0, None, **layout)


def make(qtbot: QtBot, v: QuestionView):  # type: ignore[no-untyped-def]
    widget = answer_widget_for(v)
    qtbot.addWidget(widget)
    widget.show()
    return widget


SINGLE = Q(
    QuestionId("s"), QuestionType.SINGLE, "Pick", choices=("A", "B", "C"), correct_choices=("B",)
)
MULTI = Q(
    QuestionId("m"),
    QuestionType.MULTIPLE,
    "Tick",
    choices=("A", "B", "C"),
    correct_choices=("A", "C"),
)
TF = Q(QuestionId("t"), QuestionType.TRUE_FALSE, "True?", truth=True)
SHORT = Q(QuestionId("sh"), QuestionType.SHORT, "Say", accepted=("Vienna",))
NUM = Q(QuestionId("n"), QuestionType.NUMERIC, "How many", number=1998.0, number_text="1998")
ORDER = Q(QuestionId("o"), QuestionType.ORDER, "Order", items=("X", "Y", "Z"))
MATCH = Q(QuestionId("ma"), QuestionType.MATCH, "Match", pairs=(("L1", "R1"), ("L2", "R2")))


def test_single_choice_number_key_picks_one(qtbot: QtBot) -> None:
    """Radio buttons: key 2 picks the second choice as shown, and only one is ever picked."""
    w = make(qtbot, view(SINGLE, choices=("C", "A", "B")))
    assert isinstance(w, ChoiceWidget)
    assert w.response() is None
    with qtbot.waitSignal(w.changed):
        assert w.pick(2)
    assert w.response() == "A"
    w.pick(3)
    assert w.response() == "B"
    assert not w.pick(4)
    assert [b.accessibleName() for b in w.buttons] == ["C", "A", "B"]


def test_multiple_choice_keys_toggle(qtbot: QtBot) -> None:
    """Check boxes: number keys tick and untick; the response is the set ticked."""
    w = make(qtbot, view(MULTI, choices=("A", "B", "C")))
    w.pick(1)
    w.pick(3)
    assert w.response() == frozenset({"A", "C"})
    w.pick(1)
    assert w.response() == frozenset({"C"})
    w.pick(3)
    assert w.response() is None


def test_clicking_a_choice_label_picks_it(qtbot: QtBot) -> None:
    """The choice text is clickable too, not only the small button."""
    w = make(qtbot, view(SINGLE, choices=("A", "B", "C")))
    qtbot.mouseClick(w.labels[1], Qt.MouseButton.LeftButton)
    assert w.response() == "B"


def test_true_false_keys(qtbot: QtBot) -> None:
    """1 is True, 2 is False, and the response is a bool."""
    w = make(qtbot, view(TF))
    w.pick(2)
    assert w.response() is False
    w.pick(1)
    assert w.response() is True
    w.set_response(False)
    assert w.response() is False


def test_short_answer_text_field(qtbot: QtBot) -> None:
    """The text field reports what was typed; blank is None."""
    w = make(qtbot, view(SHORT))
    assert isinstance(w, TypedWidget) and w.response() is None
    qtbot.keyClicks(w.field, "Vien")
    assert w.response() == "Vien"
    assert not w.reading.isVisible()


@pytest.mark.parametrize(
    ("typed", "reading"),
    [("1,998", "Read as 1998"), ("3/4", "Read as 0.75"), ("1,99", "ambiguous")],
)
def test_number_field_says_how_it_read_the_number(qtbot: QtBot, typed: str, reading: str) -> None:
    """The number field shows how the typed number will be read, or why it cannot be."""
    w = make(qtbot, view(NUM))
    qtbot.keyClicks(w.field, typed)
    assert w.response() == typed
    assert reading in w.reading.text()


def test_order_list_moves_with_alt_arrows(qtbot: QtBot) -> None:
    """Alt+Up/Down move the selected item; number keys are left to the page; items are
    numbered by place."""
    w = make(qtbot, view(ORDER, items=("Z", "X", "Y")))
    assert isinstance(w, OrderWidget)
    w.pick(2)  # X
    with qtbot.waitSignal(w.changed):
        qtbot.keyClick(w.list, Qt.Key.Key_Up, ALT)
    assert w.response() == ("X", "Z", "Y")
    qtbot.keyClick(w.list, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(w.list, Qt.Key.Key_Down, ALT)
    assert w.response() == ("Z", "Y", "X")
    qtbot.keyClick(w.list, Qt.Key.Key_Down, ALT)  # already last: nothing moves
    assert w.response() == ("Z", "Y", "X")
    w.up.click()
    assert w.response() == ("Z", "X", "Y")
    # each item shows the number key that selects it, following its place
    assert [w.list.item(i).text() for i in range(3)] == ["1. Z", "2. X", "3. Y"]


def test_order_list_drag_and_drop_is_enabled(qtbot: QtBot) -> None:
    """The list accepts internal drag and drop moves."""
    w = make(qtbot, view(ORDER, items=("Z", "X", "Y")))
    assert w.list.dragDropMode() == w.list.DragDropMode.InternalMove


def test_match_has_a_choice_per_left_item(qtbot: QtBot) -> None:
    """One drop-down per left-hand item; only chosen pairs are in the response."""
    w = make(qtbot, view(MATCH, lefts=("L2", "L1"), rights=("R1", "R2")))
    assert isinstance(w, MatchWidget)
    assert w.response() is None
    w.pick(1)
    assert w.focusWidget() is w.combos[0]
    qtbot.keyClick(w.combos[0], Qt.Key.Key_Down)
    qtbot.keyClick(w.combos[0], Qt.Key.Key_Down)
    assert w.response() == {"L2": "R2"}
    w.set_response(MappingProxyType({"L1": "R1", "L2": "R2"}))
    assert w.response() == {"L1": "R1", "L2": "R2"}


def test_countdown_shows_minutes_and_seconds_and_warns(qtbot: QtBot) -> None:
    """m:ss and a bar; warnings at one minute and ten seconds, each once; colour near the end."""
    c = Countdown("quiz")
    qtbot.addWidget(c)
    warnings: list[str] = []
    c.warned.connect(warnings.append)
    c.reset(300)
    c.show_time(125.2)
    assert c.time.text() == "2:06" and c.bar.value() == 1252 and c.bar.maximum() == 3000
    assert c.time.property("urgency") in (None, "")
    c.show_time(60)
    assert warnings == ["One minute left for the quiz."]
    assert c.warning.text() == "One minute left for the quiz."
    assert c.time.property("urgency") == "warn"
    c.show_time(59)
    c.show_time(9.5)
    assert warnings[-1] == "Ten seconds left for the quiz." and len(warnings) == 2
    assert c.time.property("urgency") == "urgent"
    c.reset(None)
    c.show_time(None)
    assert not c.isVisible()


def test_countdown_skips_a_warning_its_limit_is_already_under(qtbot: QtBot) -> None:
    """A 45-second question never says "one minute left"."""
    c = Countdown("question")
    qtbot.addWidget(c)
    warnings: list[str] = []
    c.warned.connect(warnings.append)
    c.reset(45)
    c.show_time(45)
    c.show_time(10)
    assert warnings == ["Ten seconds left for the question."]


def test_draft_is_restored(qtbot: QtBot) -> None:
    """A saved entry (after resuming) is shown again in every widget type."""
    cases = [
        (view(SINGLE, choices=("A", "B", "C")), "C"),
        (view(MULTI, choices=("A", "B", "C")), frozenset({"B"})),
        (view(SHORT), "Vie"),
        (view(ORDER, items=("Z", "X", "Y")), ("X", "Y", "Z")),
    ]
    for v, draft in cases:
        w = make(qtbot, v)
        w.set_response(draft)
        assert w.response() == draft


def test_bank_id_type_is_kept() -> None:
    """Views are keyed by bank and question id."""
    assert view(SINGLE).ref.bank_id == BankId("b")


def test_feedback_says_a_leading_article_was_ignored(qtbot: QtBot) -> None:
    """The feedback card shows why 'the Vienna' counted as right: the article is ignored."""
    feedback = FeedbackView()
    qtbot.addWidget(feedback)
    feedback.show()
    feedback.show_answer(SHORT, "the Vienna", grade(SHORT, "the Vienna"), has_text=False)
    assert feedback.verdict.text() == "✓ Right"
    assert feedback.reason.isVisible()
    assert "leading 'the', 'a' or 'an' does not count" in feedback.reason.text()
    assert "does not count" in feedback.spoken()


def test_feedback_on_a_long_word_is_spoken_as_written(qtbot: QtBot) -> None:
    """A long answer wraps on screen, but the screen reader hears the word, not one letter
    after another between zero-width spaces."""
    feedback = FeedbackView()
    qtbot.addWidget(feedback)
    long = "Donaudampfschifffahrtsgesellschaft"
    feedback.show_answer(SHORT, long, grade(SHORT, long), has_text=False)
    assert "\u200b" in feedback.yours.text()  # it may wrap
    assert f"Your answer: {long}" in feedback.spoken()


def test_the_countdowns_label_and_time_keep_apart_with_large_text(qtbot: QtBot) -> None:
    """At 200% text squeezed to its least width, "Time left for the quiz" and "10:00" are a
    character apart (3 px let them read "quiz10:00")."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from quizapp.ui.theme import apply_font_size

    holder = QWidget()
    qtbot.addWidget(holder)
    c = Countdown("quiz")
    QVBoxLayout(holder).addWidget(c)
    c.reset(600)
    c.show_time(600)
    apply_font_size(holder, 22)
    holder.show()
    holder.resize(holder.minimumSizeHint())
    qtbot.waitUntil(lambda: c.time.width() > 0)
    char = c.time.fontMetrics().averageCharWidth()
    assert char >= 14
    gap = c.time.geometry().left() - c.title.geometry().right()
    assert gap >= char
