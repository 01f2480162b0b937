"""A question's picture on screen: scaled to the width, sharp on high-DPI, loaded off the GUI
thread, with its alt text for screen readers and in place of a picture that cannot be shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId, Image
from quizapp.quiz import QuizConfig, State
from quizapp.ui.widgets import image as image_module
from quizapp.ui.widgets.image import QuestionImage
from quizapp.ui.window import MainWindow
from quizapp.ui.workers import Job
from tests.bank.imagefiles import svg_bytes, write_png

RED = (200, 60, 40)  # the colour write_png fills with


def picture(path: Path, alt: str = "A red square", width: int = 0, height: int = 0) -> Image:
    return Image(path.name, str(path), alt, width, height)


def shown(qtbot: QtBot, widget: QuestionImage, image: Image | None, width: int = 500) -> bool:
    """Show `image` in `widget` laid out `width` wide; wait until it is drawn or given up."""
    widget.resize(width, 400)
    widget.show()
    with qtbot.waitSignal(widget.shown, timeout=10_000) as signal:
        widget.show_image(image)
    return bool(signal.args[0])


def colour_at(widget: QuestionImage, x: int, y: int) -> tuple[int, int, int]:
    grabbed = widget.grab().toImage()
    ratio = grabbed.devicePixelRatio()
    c = grabbed.pixelColor(round(x * ratio), round(y * ratio))
    return c.red(), c.green(), c.blue()


@pytest.fixture
def widget(qtbot: QtBot) -> QuestionImage:
    w = QuestionImage()
    qtbot.addWidget(w)
    return w


def test_a_picture_is_drawn_with_its_alt_text_as_description(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """The picture appears, and a screen reader hears its alt text."""
    assert shown(qtbot, widget, picture(write_png(tmp_path / "p.png", 200, 100), width=200))
    assert colour_at(widget, 100, 50) == RED
    assert widget.accessibleName() == "Picture"
    assert widget.accessibleDescription() == "A red square"
    assert not widget.fallback.isVisible()


def test_a_wide_picture_is_scaled_to_the_width_it_is_given(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """A 1200x600 picture in a 300-wide space is drawn 300x150; never taller than the cap."""
    assert shown(qtbot, widget, picture(write_png(tmp_path / "wide.png", 1200, 600)), width=300)
    assert widget.heightForWidth(300) == 150
    assert widget.drawn_size(300).width() == 300
    assert colour_at(widget, 290, 140) == RED
    cap = image_module.MAX_HEIGHT
    assert (widget.drawn_size(2000).width(), widget.heightForWidth(2000)) == (2 * cap, cap)


def test_a_squeezed_picture_shrinks_whole_instead_of_being_cut(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """Given less height than it wants (feedback below it), the whole picture gets smaller."""
    assert shown(qtbot, widget, picture(write_png(tmp_path / "wide.png", 1200, 600)), width=600)
    widget.resize(600, 100)
    assert colour_at(widget, 195, 95) == RED  # 200x100: all of it, smaller
    assert colour_at(widget, 260, 50) != RED


def test_the_height_is_reserved_before_the_picture_arrives(widget: QuestionImage) -> None:
    """Known from the checker's measurement, so the answers below do not jump when it loads."""
    widget.show_image(picture(Path("/nowhere/p.png"), width=800, height=400))
    assert widget.picture.isNull() and not widget.failed  # still loading
    assert widget.heightForWidth(400) == 200


def test_high_dpi_screens_get_one_image_pixel_per_screen_pixel(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At a device pixel ratio of 2 the picture is decoded and drawn at twice the pixels."""
    monkeypatch.setattr(widget, "devicePixelRatioF", lambda: 2.0)
    assert shown(qtbot, widget, picture(write_png(tmp_path / "big.png", 1600, 800)), width=400)
    assert widget.picture.width() >= 800  # decoded for 400 logical = 800 device pixels
    pixmap = widget._pixmap(widget.drawn_size(400))
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (800, 400)


def test_a_wider_window_gets_a_sharper_decode_once_resizing_settles(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """Decoded small for a narrow window, the picture is decoded again when it grows."""
    assert shown(qtbot, widget, picture(write_png(tmp_path / "big.png", 1600, 400)), width=300)
    assert widget.picture.width() <= 300 * widget.devicePixelRatioF()
    widget.resize(900, 400)
    qtbot.waitUntil(lambda: widget.picture.width() >= 900, timeout=10_000)
    assert widget.picture.width() <= 1600


def test_an_svg_is_drawn_sharp_at_the_width_given(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """A 120x80 drawing is rendered at its own size (not blown up), teal where its box is."""
    path = tmp_path / "d.svg"
    path.write_bytes(svg_bytes('width="120" height="80"'))
    assert shown(qtbot, widget, picture(path, "A teal box", 120, 80))
    assert widget.drawn_size(500).width() == 120
    assert colour_at(widget, 30, 25) == (0, 128, 128)


def test_the_file_is_read_off_the_gui_thread(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow share or USB stick never freezes the window: decoding runs on the pool."""
    threads: list[threading.Thread] = []
    real = image_module.read_picture

    def spy(path: str, width: int) -> tuple[QImage, object]:
        threads.append(threading.current_thread())
        return real(path, width)

    monkeypatch.setattr(image_module, "read_picture", spy)
    assert shown(qtbot, widget, picture(write_png(tmp_path / "p.png")))
    assert threads and threads[0] is not threading.main_thread()


@pytest.mark.parametrize("content", [None, b"not a picture at all", b"GIF89a\x01\x00\x01\x00"])
def test_a_picture_that_cannot_be_shown_shows_its_alt_text(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path, content: bytes | None
) -> None:
    """Missing, damaged or of a refused kind: the alt text is shown, plainly, in its place."""
    path = tmp_path / "p.png"
    if content is not None:
        path.write_bytes(content)
    alt = "<b>A map</b> of the Caucasus"
    assert not shown(qtbot, widget, picture(path, alt))
    assert widget.fallback.isVisible()
    assert widget.fallback.text() == f"Picture: {alt}"
    assert widget.fallback.textFormat().name == "PlainText"
    assert widget.accessibleDescription() == alt
    assert widget.heightForWidth(500) == widget.fallback.heightForWidth(500)


def test_a_late_picture_for_an_earlier_question_is_ignored(
    qtbot: QtBot, widget: QuestionImage, tmp_path: Path
) -> None:
    """Moving on before a picture loads never shows the old question's picture."""
    blue = QImage(50, 50, QImage.Format.Format_RGB32)
    blue.fill(QColor(20, 40, 230))
    assert blue.save(str(tmp_path / "blue.png"))
    widget.resize(300, 300)
    widget.show()
    widget.show_image(picture(write_png(tmp_path / "red.png", 50, 50)))
    with qtbot.waitSignal(widget.shown, timeout=10_000):
        widget.show_image(picture(tmp_path / "blue.png", "A blue square", 50, 50))
    qtbot.waitUntil(lambda: not Job._running, timeout=10_000)
    assert colour_at(widget, 25, 25) == (20, 40, 230)


def test_no_picture_hides_the_widget(qtbot: QtBot, widget: QuestionImage, tmp_path: Path) -> None:
    """A question without a picture leaves no gap."""
    shown(qtbot, widget, picture(write_png(tmp_path / "p.png")))
    widget.show_image(None)
    assert not widget.isVisible()


IMAGE_BANK = """\
title: Pictures
id: pictures
source:
  file: pictures.txt
questions:
  - id: red
    type: true_false
    prompt: Is the square red?
    answer: true
    explanation: It is.
    source: "The square is red"
    image: {file: red.png, alt: A red square}
  - id: plain
    type: true_false
    prompt: Is this question without a picture?
    answer: true
"""


@pytest.fixture
def bank_dir(tmp_path: Path) -> Path:
    """Only the picture bank (overrides the GUI tests' every-type bank)."""
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "pictures.yaml").write_text(IMAGE_BANK, encoding="utf-8")
    (folder / "pictures.txt").write_text("Pictures\n\nThe square is red.\n", encoding="utf-8")
    write_png(folder / "red.png", 120, 90)
    return folder


def test_the_quiz_results_and_reader_show_the_questions_picture(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Under the prompt while asking and in feedback, in the review, and beside the source."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    window.start_quiz(QuizConfig(bank_ids=(BankId("pictures"),), shuffle_questions=False))
    quiz = window.quiz
    qtbot.waitUntil(lambda: not quiz.picture.picture.isNull(), timeout=10_000)
    assert quiz.picture.isVisible()
    assert quiz.picture.accessibleDescription() == "A red square"
    quiz.submit(blank_ok=True)  # a deliberate blank, so the feedback shows
    assert quiz.session.state is State.FEEDBACK and quiz.picture.isVisible()
    quiz.feedback.show_text.click()
    assert window.current_page() is window.reader
    qtbot.waitUntil(lambda: not window.reader.picture.picture.isNull(), timeout=10_000)
    assert window.reader.picture.isVisible()
    window.close_text()
    if quiz.session.state is State.PAUSED:  # reading the text paused the practice quiz
        quiz.go_on()
    quiz.go_on()
    assert quiz.session.current.question.id == "plain"
    assert not quiz.picture.isVisible()  # the next question has none
    quiz.submit(blank_ok=True)
    quiz.go_on()
    assert window.current_page() is window.results
    results = window.results
    results.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: not results.picture.picture.isNull(), timeout=10_000)
    assert results.picture.isVisible()
    results.list.setCurrentRow(1)
    assert not results.picture.isVisible()
