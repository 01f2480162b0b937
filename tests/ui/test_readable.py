"""Every learner can read it: text sizes follow the setting everywhere, nothing is clipped at
small screens or large text, and controls stand out in both themes."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.progress import LearnerSettings, StoreError
from quizapp.progress.model import MAX_EXTRA_TIME, MAX_FONT_SIZE, MIN_EXTRA_TIME, MIN_FONT_SIZE
from quizapp.quiz import QuizConfig, State
from quizapp.ui.text import wrappable
from quizapp.ui.theme import (
    DARK,
    DEFAULT_POINT_SIZE,
    LIGHT,
    apply_font_size,
    apply_theme,
    current,
)
from quizapp.ui.window import MainWindow
from tests.ui.looks import clipped, sideways, small_texts
from tests.ui.test_window import contrast


def settle() -> None:
    """Let Qt run the layouts a resize or a new font posted (no waiting on a clock)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def walk(qtbot: QtBot, window: MainWindow, look: Callable[[str], None]) -> None:
    """Go through every page a learner sees, calling `look(page)` on each: the learner list,
    the library, setup, a question, feedback on a wrong match, the results, the progress."""
    look("learners")
    window.learners.continue_as_selected()
    settle()
    look("library")
    window.set_up_quiz("every-type")
    look("setup")
    config = QuizConfig(
        bank_ids=(BankId("every-type"),), shuffle_questions=False, shuffle_choices=False
    )
    window.start_quiz(config)
    quiz = window.quiz
    look("question")
    while quiz.session.current.question.type.value != "match":
        quiz.submit(blank_ok=True)
        quiz.go_on()
    quiz.submit(blank_ok=True)  # nothing chosen: the key to every pair is shown
    assert quiz.session.state is State.FEEDBACK
    look("feedback")
    quiz.go_on()
    look("results")
    window.go_progress()
    qtbot.waitUntil(lambda: window.progress.report is not None, timeout=10_000)
    look("progress")


@pytest.fixture
def big(window: MainWindow) -> MainWindow:
    """The window for a learner whose text is twice the default size."""
    learner = window.ctx.store.create_learner("Ana", LearnerSettings(font_size=22))
    window.learners.refresh(select=learner.id)
    window.choose_learner(learner)
    window.go_learners()
    return window


def test_every_text_on_every_page_follows_the_font_size(qtbot: QtBot, big: MainWindow) -> None:
    """With a 22 pt setting, choices, buttons, hints, feedback, tables and chart labels are at
    least 22 pt, not only headings and the question."""
    seen: dict[str, list[str]] = {}

    def look(page: str) -> None:
        settle()
        seen[page] = small_texts(big, 22)

    walk(qtbot, big, look)
    assert seen == {page: [] for page in seen}
    chart = big.progress.weakest.chart()
    fonts = [a.labelsFont().pointSizeF() for a in chart.axes()]
    assert fonts and min(fonts) >= 22 and chart.titleFont().pointSizeF() >= 22
    big.change_font(-1)
    settle()
    assert big.progress.history.font().pointSizeF() == 21
    assert min(a.labelsFont().pointSizeF() for a in big.progress.weakest.chart().axes()) == 21


@pytest.mark.parametrize("size", [(800, 600), (1366, 768)])
@pytest.mark.parametrize("points", [11, 22])
def test_nothing_is_clipped_on_small_screens_or_with_large_text(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int], points: int
) -> None:
    """At 800x600 and 1366x768, with default and 200% text, every label and button on screen
    shows its whole text, or sits in a page that scrolls."""
    learner = window.ctx.store.create_learner("Ana", LearnerSettings(font_size=points))
    window.learners.refresh(select=learner.id)
    window.choose_learner(learner)
    window.go_learners()
    window.resize(*size)
    seen: dict[str, list[str]] = {}

    def look(page: str) -> None:
        settle()
        assert (window.width(), window.height()) == size
        seen[page] = clipped(window) + sideways(window)

    walk(qtbot, window, look)
    assert seen == {page: [] for page in seen}


@pytest.fixture(params=[LIGHT, DARK], ids=["light", "dark"])
def in_theme(request: pytest.FixtureRequest) -> Iterator[object]:
    """The app in one theme's colours for the test (light again after it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, request.param.name)
    yield request.param
    apply_theme(app, "light")


def shown_box(
    qtbot: QtBot, kind: type[QAbstractButton], text: str, width: int, height: int
) -> tuple[QWidget, QAbstractButton]:
    """A `kind` with `text` alone in a shown window of `width` x `height`."""
    holder = QWidget()
    qtbot.addWidget(holder)
    box = kind(text, holder)
    holder.resize(width, height)
    holder.show()
    return holder, box


def test_check_boxes_and_radio_buttons_stand_out(qtbot: QtBot, in_theme: object) -> None:
    """The drawn outline of a check box and a radio button has at least 3:1 contrast with the
    page behind it (WCAG 1.4.11), in both themes."""
    for kind in (QCheckBox, QRadioButton):
        holder, box = shown_box(qtbot, kind, "", 60, 40)
        settle()
        image = holder.grab().toImage()
        background = image.pixelColor(55, 35)
        best = max(
            contrast(image.pixelColor(x, y), background)
            for x in range(min(30, image.width()))
            for y in range(image.height())
        )
        assert best >= 3.0, (kind.__name__, best)
        assert box.isVisible()


def test_the_focused_check_box_or_radio_button_has_an_outline_that_stands_out(
    qtbot: QtBot, in_theme: object
) -> None:
    """The choice that has the keyboard focus is ringed in a colour with at least 3:1 contrast
    with the page (a slightly lighter background alone was 1.1:1, next to invisible)."""
    for kind in (QCheckBox, QRadioButton):
        holder, box = shown_box(qtbot, kind, "1", 80, 50)
        qtbot.waitUntil(holder.isVisible)
        box.setFocus()
        holder.activateWindow()
        qtbot.waitUntil(box.hasFocus)
        settle()
        background = holder.grab().toImage().pixelColor(75, 45)
        image = box.grab().toImage()
        middle = image.height() // 2
        edge = [image.pixelColor(x, middle) for x in range(2)]
        edge += [image.pixelColor(image.width() // 2, y) for y in range(2)]
        assert min(contrast(p, background) for p in edge) >= 3.0, (kind.__name__, edge)


def test_a_combo_boxs_arrow_is_drawn_in_the_themes_text_colour_without_a_frame(
    qtbot: QtBot, in_theme: object
) -> None:
    """The drop-down arrow of a choice list stands out like its text (at least 4.5:1 with the
    field), enabled or not at 3:1, and sits on the field itself: Fusion's under our sheet was a
    small grey arrow in a dark frame."""
    theme = current()
    field = theme.qcolor("base")
    for enabled, least in ((True, 4.5), (False, 3.0)):
        holder = QWidget()
        qtbot.addWidget(holder)
        combo = QComboBox(holder)
        combo.addItems(["Alle Fragen"])
        combo.setEnabled(enabled)
        combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field's own border, not the ring
        combo.resize(240, combo.sizeHint().height())
        holder.resize(260, 60)
        holder.show()
        settle()
        image = combo.grab().toImage()
        h, w = image.height(), image.width()
        arrow = [image.pixelColor(x, y) for x in range(w - 30, w - 1) for y in range(4, h - 4)]
        assert max(contrast(p, field) for p in arrow) >= least, (theme.name, enabled)
        ink = theme.qcolor("text" if enabled else "muted")
        for p in arrow:  # each pixel the field's colour, the arrow's or a blend of the two
            for a, b, c in zip(p.getRgb()[:3], field.getRgb()[:3], ink.getRgb()[:3], strict=True):
                assert min(b, c) - 8 <= a <= max(b, c) + 8, (theme.name, enabled, p.name())


def test_a_combo_boxs_arrow_grows_with_the_text(qtbot: QtBot) -> None:
    """At twice the text size the arrow is drawn at least three times as large (by area): a
    style sheet's `em` would keep it at the app's default font size."""

    def inked(points: float) -> int:
        holder = QWidget()
        qtbot.addWidget(holder)
        combo = QComboBox(holder)
        combo.addItem("Alle Fragen")
        apply_font_size(holder, points)
        combo.resize(400, combo.sizeHint().height())  # the text far from the arrow
        holder.resize(500, 120)
        holder.show()
        settle()
        image, field = combo.grab().toImage(), current().qcolor("base")
        h, w = image.height(), image.width()
        return sum(
            contrast(image.pixelColor(x, y), field) > 2.0
            for x in range(w - 60, w - 3)
            for y in range(4, h - 4)
        )

    assert inked(2 * DEFAULT_POINT_SIZE) >= 3 * inked(DEFAULT_POINT_SIZE) > 0


def drawn_box(qtbot: QtBot, kind: type[QAbstractButton], points: float) -> QRect:
    """Where the outline of a `kind` (in the theme's control colour) is drawn, in a window
    whose text is `points` large. A radio button's must be round: nothing at its corners."""
    holder = QWidget()
    qtbot.addWidget(holder)
    box = kind("", holder)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the box alone, without the focus ring
    apply_font_size(holder, points)
    holder.resize(200, 200)
    holder.show()
    settle()
    image = box.grab().toImage()
    outline = current().qcolor("control")
    spots = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if contrast(image.pixelColor(x, y), outline) < 1.1
    ]
    assert spots, kind.__name__
    xs, ys = [x for x, _ in spots], [y for _, y in spots]
    drawn = QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)
    corners = {drawn.topLeft().toTuple(), drawn.bottomRight().toTuple()}
    assert kind is QCheckBox or not corners & set(spots), (points, "a square radio button")
    return drawn


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_the_box_to_tick_grows_with_the_text(qtbot: QtBot, kind: type[QAbstractButton]) -> None:
    """At twice the text size (the learner's own, up to 200% and beyond), check boxes and radio
    buttons are drawn about twice as large (radio buttons still round); at the default size
    they are as they were (18 px with the border)."""
    normal = drawn_box(qtbot, kind, DEFAULT_POINT_SIZE)
    double = drawn_box(qtbot, kind, 2 * DEFAULT_POINT_SIZE)
    assert normal.width() == normal.height() == 18
    assert double.width() == double.height() >= 1.6 * normal.height()
    largest = drawn_box(qtbot, kind, MAX_FONT_SIZE)
    assert largest.height() >= 2.2 * normal.height()


def test_extra_time_and_font_size_ranges_agree(qtbot: QtBot, window: MainWindow) -> None:
    """The settings form offers exactly what the store keeps and Ctrl+plus/minus reach."""
    page = window.learners
    assert (page.extra.minimum(), page.extra.maximum()) == (MIN_EXTRA_TIME, MAX_EXTRA_TIME)
    assert page.font_size.maximum() == MAX_FONT_SIZE
    assert page.font_size.minimum() + 1 == MIN_FONT_SIZE  # the lowest value reads "Default"
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    for _ in range(40):
        window.change_font(+1)
    assert window.point_size == MAX_FONT_SIZE
    assert window.ctx.store.learner(window.ctx.learner.id).settings.font_size == MAX_FONT_SIZE
    for _ in range(40):
        window.change_font(-1)
    assert window.point_size == MIN_FONT_SIZE
    assert window.ctx.store.learner(window.ctx.learner.id).settings.font_size == MIN_FONT_SIZE
    LearnerSettings(extra_time_factor=MAX_EXTRA_TIME, font_size=MIN_FONT_SIZE)
    for wrong in (
        {"extra_time_factor": MAX_EXTRA_TIME + 0.25},
        {"font_size": MAX_FONT_SIZE + 1},
        {"font_size": MIN_FONT_SIZE - 1},
    ):
        with pytest.raises(StoreError):
            LearnerSettings(**wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_a_dropdowns_highlighted_item_is_drawn(
    qtbot: QtBot, window: MainWindow, theme: object
) -> None:
    """The highlighted item of an open dropdown (the mode menu) shows on the accent colour with
    its text readable, not as an empty box."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme.name)  # type: ignore[attr-defined]
    try:
        window.choose_learner(window.ctx.store.create_learner("Ana"))
        window.set_up_quiz("every-type")
        combo = window.setup.mode
        combo.showPopup()
        view = combo.view()
        view.setCurrentIndex(combo.model().index(1, 0))
        settle()
        row = view.visualRect(combo.model().index(1, 0))
        image = view.viewport().grab().toImage()
        accent = theme.qcolor("accent")  # type: ignore[attr-defined]
        pixels = [
            image.pixelColor(x, y)
            for x in range(row.left(), min(row.right(), image.width() - 1))
            for y in range(row.top(), min(row.bottom(), image.height() - 1))
        ]
        assert sum(p == accent for p in pixels) > len(pixels) / 2
        assert max(contrast(p, accent) for p in pixels) >= 4.5
        combo.hidePopup()
    finally:
        apply_theme(app, "light")


def test_system_theme_follows_the_desktop_switching_while_running(
    qtbot: QtBot, window: MainWindow
) -> None:
    """With --theme system, the desktop turning dark (and back) recolours the running window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    hints = app.styleHints()
    apply_theme(app, "system")
    try:
        # what Qt says when the desktop switches (offscreen has no desktop to switch)
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        settle()
        assert current() is DARK
        assert window.palette().color(QPalette.ColorRole.Window) == DARK.qcolor("window")
        badge = window.library.tree.topLevelItem(0).foreground(5).color()
        assert window.library.tree.topLevelItem(0).text(5) and badge == DARK.qcolor("bad")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        settle()
        assert current() is LIGHT
        apply_theme(app, "light")  # a forced scheme stays put
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current() is LIGHT
    finally:
        apply_theme(app, "light")


SIX_PAIRS = textwrap.dedent(
    """\
    title: Capitals
    id: capitals
    questions:
      - id: capitals
        type: match
        prompt: Match each country to its capital.
        pairs:
          France: Paris
          Spain: Madrid
          Italy: Rome
          Austria: Vienna
          Hungary: Budapest
          Poland: Warsaw
    """
)


@pytest.fixture
def desktop_font(qapp: QApplication) -> Iterator[None]:
    """The desktop gives every window 14 pt text (as a learner who needs it would set)."""
    before = qapp.font()
    font = QFont(before)
    font.setPointSize(14)
    qapp.setFont(font)
    yield
    qapp.setFont(before)


def test_feedback_on_a_six_pair_match_is_not_cut_off(
    qtbot: QtBot, desktop_font: None, window: MainWindow, bank_dir: Path
) -> None:
    """After a wrong answer to a 6-pair match in the default 1100x720 window (text a little
    larger than the default), the whole list of right pairs can be read: the page scrolls."""
    (bank_dir / "capitals.yaml").write_text(SIX_PAIRS, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("capitals") is not None, timeout=10_000)
    window.choose_learner(window.ctx.store.create_learner("Ana", LearnerSettings(font_size=14)))
    window.resize(1100, 720)
    window.start_quiz(QuizConfig(bank_ids=(BankId("capitals"),)))
    quiz = window.quiz
    quiz.submit(blank_ok=True)
    settle()
    expected = quiz.feedback.expected
    assert expected.isVisible() and expected.text().count("→") == 6
    assert clipped(window) == []
    area = expected.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(expected)
        settle()
    frame = area.viewport() if area is not None else window
    top = expected.mapTo(frame, expected.rect().topLeft())
    assert frame.rect().contains(expected.rect().translated(top))


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_a_checked_box_shows_a_tick(qtbot: QtBot, theme: object) -> None:
    """A checked box (multiple choice) is drawn with a tick standing out at least 3:1 from the
    filled box (WCAG 1.4.11), not as a plain filled square; an unchecked one has none."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme.name)  # type: ignore[attr-defined]
    accent = theme.qcolor("accent")  # type: ignore[attr-defined]
    try:
        ticks = []
        for checked in (True, False):
            holder = QWidget()
            qtbot.addWidget(holder)
            box = QCheckBox("", holder)
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus ring in the accent colour
            box.setChecked(checked)
            holder.resize(80, 60)
            holder.setStyleSheet("font-size: 24pt;")  # a large box, as with a large font
            holder.show()
            settle()
            image = holder.grab().toImage()
            filled = [
                (x, y)
                for x in range(image.width())
                for y in range(image.height())
                if image.pixelColor(x, y) == accent
            ]
            if not checked:
                assert not filled
                continue
            left, right = min(x for x, _ in filled), max(x for x, _ in filled)
            top, bottom = min(y for _, y in filled), max(y for _, y in filled)
            ticks = [
                (x, y)
                for x in range(left, right + 1)
                for y in range(top, bottom + 1)
                if contrast(image.pixelColor(x, y), accent) >= 3.0
            ]
            inside = (right - left + 1) * (bottom - top + 1)
            assert len(ticks) >= inside // 20, (len(ticks), inside)  # a visible stroke
            xs = {x for x, _ in ticks}
            assert max(xs) - min(xs) >= (right - left) // 2  # across the box, not a speck
    finally:
        apply_theme(app, "light")


LONG_WORDS = textwrap.dedent(
    """\
    title: Long words
    id: long-words
    questions:
      - id: q1
        type: single
        prompt: Is https://example.org/a/very/long/path/to/a/page/that/never/ends.html a page?
        choices: [Donaudampfschifffahrtsgesellschaftskapitänsmütze, Nein]
        answer: Nein
        explanation: {junk}
    """
).format(junk="x" * 400)


def test_a_word_wider_than_the_window_wraps_instead_of_making_the_page_scroll_sideways(
    qtbot: QtBot, big: MainWindow, bank_dir: Path
) -> None:
    """At 800x600 with 200% text, a long URL, a long German compound and 400 characters of junk
    in a question and its feedback wrap: the quiz page never has to be scrolled sideways."""
    (bank_dir / "long-words.yaml").write_text(LONG_WORDS, encoding="utf-8")
    big.reload_library()
    qtbot.waitUntil(lambda: big.ctx.bank("long-words") is not None, timeout=10_000)
    big.learners.continue_as_selected()
    big.resize(800, 600)
    big.start_quiz(QuizConfig(bank_ids=(BankId("long-words"),), shuffle_choices=False))
    quiz = big.quiz
    settle()
    assert sideways(big) == []
    quiz.submit(blank_ok=True)
    settle()
    assert quiz.feedback.explanation.isVisible()
    assert sideways(big) == []
    assert quiz.feedback.explanation.text().replace("\u200b", "") == "x" * 400


def test_text_copied_from_a_long_word_is_the_text_without_its_line_breaks(
    qtbot: QtBot, window: MainWindow, bank_dir: Path
) -> None:
    """A long URL copied from the question (Ctrl+C, or selected on X11) pastes as written:
    the zero-width spaces that let it wrap stay on the screen."""
    (bank_dir / "long-words.yaml").write_text(LONG_WORDS, encoding="utf-8")
    window.reload_library()
    qtbot.waitUntil(lambda: window.ctx.bank("long-words") is not None, timeout=10_000)
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("long-words"),), shuffle_choices=False))
    prompt = window.quiz.prompt
    assert "\u200b" in prompt.text()  # it wraps
    start = len("Is ")
    prompt.setSelection(start, prompt.text().index(" ", start) - start)
    prompt.setFocus()
    qtbot.keyClick(prompt, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    url = "https://example.org/a/very/long/path/to/a/page/that/never/ends.html"
    assert QApplication.clipboard().text() == url
    qtbot.mouseRelease(prompt, Qt.MouseButton.LeftButton)
    if QApplication.clipboard().supportsSelection():
        assert QApplication.clipboard().text(QApplication.clipboard().Mode.Selection) == url


def test_a_long_word_breaks_between_characters_never_inside_one() -> None:
    """The line breaks a long word is given never part a letter from its accent, a flag's two
    letters or an emoji made of several (a family drawn as four people)."""
    accented = unicodedata.normalize("NFD", "Donaudampfschifffahrtsgesellschaftskapitänsmütze")
    assert "\u200b\u0308" not in wrappable(accented)
    assert wrappable(accented).replace("\u200b", "") == accented
    flags = "🇩🇪🇪🇸🇫🇷" * 5
    assert wrappable(flags).split("\u200b") == ["🇩🇪", "🇪🇸", "🇫🇷"] * 5
    family = "👨\u200d👩\u200d👧" * 6
    assert wrappable(family).split("\u200b") == ["👨\u200d👩\u200d👧"] * 6
