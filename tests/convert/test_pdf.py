"""`write_pdf`: a bank printed as a paper exam, answerable with a pen, with an optional key."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from quizapp.bank import Bank, load_file
from quizapp.convert.pdf import write_pdf
from tests.bank.imagefiles import svg_bytes, write_png
from tests.convert.pdfpages import has_colour, page_count, page_image, page_texts

pytestmark = pytest.mark.usefixtures("qapp")  # the GUI tests' QApplication exists first

EVERY_TYPE = """\
title: Rivers of Europe
description: A short test on rivers.
source: {title: Rivers, license: CC BY-SA 4.0}
questions:
  - id: longest
    type: single
    prompt: Which river is the longest?
    choices: [Volga, Danube, Rhine]
    answer: Volga
    explanation: The Volga is about 3,530 km long.
  - id: capitals
    type: multiple
    prompt: Which rivers flow through a capital?
    choices: [Danube, Thames, Loire]
    answer: [Danube, Thames]
    explanation: Vienna and London; the Loire passes no capital.
  - id: rhine-sea
    type: true_false
    prompt: The Rhine flows into the North Sea.
    answer: true
    explanation: It reaches the sea in the Netherlands.
  - id: vienna
    type: short
    prompt: Which river flows through Vienna?
    answer: [Danube, Donau]
    explanation: The Danube.
  - id: length
    type: numeric
    prompt: How long is the Thames, in km?
    answer: 346
    tolerance: 5
    explanation: About 346 km.
  - id: order
    type: order
    prompt: Order these from source to sea along the Danube.
    items: [Ulm, Vienna, Budapest, Belgrade]
    explanation: It flows east.
  - id: match
    type: match
    prompt: Match each river to its country.
    pairs:
      Shannon: Ireland
      Tagus: Portugal
      Vistula: Poland
    explanation: One river each.
"""


def bank_from(tmp_path: Path, text: str, name: str = "exam.yaml") -> Bank:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    result = load_file(path)
    assert result.errors == () and result.bank is not None, [p.format() for p in result.errors]
    return result.bank


def printed(tmp_path: Path, bank: Bank, answer_key: bool = False) -> tuple[Path, list[str]]:
    dest = tmp_path / ("key.pdf" if answer_key else "exam.pdf")
    assert write_pdf(bank, dest, answer_key) == []
    return dest, page_texts(dest)


def test_the_exam_has_title_name_space_and_numbered_questions(tmp_path: Path) -> None:
    """Page 1 starts with the title and a place for name and date; questions are numbered."""
    bank = bank_from(tmp_path, EVERY_TYPE)
    dest, pages = printed(tmp_path, bank)
    assert dest.read_bytes().startswith(b"%PDF-")
    assert page_count(dest) == len(pages) >= 1
    first = pages[0]
    assert first.startswith("Rivers of Europe A short test on rivers. Name: Date:")
    text = " ".join(pages)
    positions = [text.index(f"{n}. {q.prompt}") for n, q in enumerate(bank.questions, 1)]
    assert positions == sorted(positions)
    assert "Answer key" not in text
    assert pages[-1].endswith(f"Rivers of Europe · page {len(pages)} of {len(pages)}")


def test_every_type_is_drawn_to_be_answered_with_a_pen(tmp_path: Path) -> None:
    """Lettered choices, true/false, answer lines, items to number and two lettered columns."""
    text = " ".join(printed(tmp_path, bank_from(tmp_path, EVERY_TYPE))[1])
    for expected in [
        "Tick one answer. A. Volga B. Danube C. Rhine",
        "Tick every right answer. A. Danube B. Thames C. Loire",
        "Tick true or false. True False",
        "Write your answer on the line. Answer:",
        "Write a number. Answer:",
        "Number the items from 1 (first) to 4 (last).",
        "Write the letter of the matching item in each box. 1. Shannon",
    ]:
        assert expected in text
    for country in ("Ireland", "Portugal", "Poland"):
        assert country in text
    assert "Danube, Donau" not in text and "346" not in text  # no answers on the exam


def test_the_answer_key_follows_the_printed_paper(tmp_path: Path) -> None:
    """The key starts on a new page and gives letters, numbers and explanations."""
    bank = bank_from(tmp_path, EVERY_TYPE)
    _, exam = printed(tmp_path, bank)
    _, pages = printed(tmp_path, bank, answer_key=True)
    key_start = next(i for i, page in enumerate(pages) if page.startswith("Answer key"))
    assert key_start == len(exam)  # the exam pages are unchanged, then the key
    key = " ".join(pages[key_start:])
    assert "Rivers of Europe — source: Rivers (CC BY-SA 4.0)" in key
    for expected in [
        "1. A. Volga Why: The Volga is about 3,530 km long.",
        "2. A. Danube · B. Thames",
        "3. True",
        "4. Danube (also accepted: Donau)",
        "5. 346 ± 5",
    ]:
        assert expected in key


def test_the_key_numbers_put_the_printed_items_in_order(tmp_path: Path) -> None:
    """Items are printed shuffled; writing the key's numbers in the boxes gives the right order."""
    bank = bank_from(tmp_path, EVERY_TYPE)
    _, pages = printed(tmp_path, bank, answer_key=True)
    text = " ".join(pages)
    start = text.index("(last).") + len("(last).")
    items = ["Ulm", "Vienna", "Budapest", "Belgrade"]
    printed_order = sorted(items, key=lambda item: text.index(item, start))
    assert printed_order != items
    numbers = text.split("6. From the top: ")[1].split(" —")[0].split(", ")
    by_number = dict(zip(map(int, numbers), printed_order, strict=True))
    assert [by_number[n] for n in range(1, 5)] == items


def test_points_are_printed_when_questions_are_worth_different_points(tmp_path: Path) -> None:
    """A 2-point question says so on paper; with every question worth 1, no points are shown."""
    text = " ".join(printed(tmp_path, bank_from(tmp_path, EVERY_TYPE))[1])
    assert "point" not in text
    weighted = EVERY_TYPE.replace("    answer: Volga\n", "    answer: Volga\n    points: 2.5\n")
    text = " ".join(printed(tmp_path, bank_from(tmp_path, weighted))[1])
    assert "Tick one answer. · 2.5 points" in text
    assert "Tick true or false. · 1 point" in text


def test_a_question_is_never_split_across_pages(tmp_path: Path) -> None:
    """With forty questions over several pages, each prompt shares its page with all its choices."""
    questions = "".join(
        f"  - id: q{i}\n    type: single\n    prompt: Question number {i} asks this?\n"
        f"    choices: [first {i}, second {i}, third {i}, last choice {i}]\n"
        f"    answer: first {i}\n    explanation: e\n"
        for i in range(40)
    )
    bank = bank_from(tmp_path, "title: Long\nquestions:\n" + questions)
    _, pages = printed(tmp_path, bank)
    assert len(pages) >= 4
    for i in range(40):
        (page,) = [p for p in pages if f"Question number {i} asks" in p]
        assert f"last choice {i} " in page + " "


def test_a_question_taller_than_a_page_breaks_between_choices(tmp_path: Path) -> None:
    """A question that cannot fit one page is split, but never right after its prompt."""
    long = "word " * 120
    choices = ", ".join(f'"{i} {long}"' for i in range(10))
    bank = bank_from(
        tmp_path,
        "title: Tall\nquestions:\n  - {id: a, type: true_false, prompt: First?, answer: true}\n"
        f"  - {{id: b, type: single, prompt: Tall one?, choices: [{choices}], answer: '0 {long}'}}\n",
    )
    _, pages = printed(tmp_path, bank)
    assert len(pages) >= 2
    (page,) = [p for p in pages if "Tall one?" in p]
    assert "A. 0 word" in page


def test_bank_text_is_printed_as_plain_text(tmp_path: Path) -> None:
    """Markup in a prompt is printed as written, never interpreted."""
    bank = bank_from(
        tmp_path,
        "title: T\nquestions:\n  - id: q\n    type: true_false\n"
        "    prompt: \"Is <b>this</b> & <img src='x.png'> plain?\"\n    answer: true\n",
    )
    assert "Is <b>this</b> & <img src='x.png'> plain?" in printed(tmp_path, bank)[1][0]


IMAGES = """\
title: Pictures
questions:
  - id: png
    type: true_false
    prompt: Is this square red?
    answer: true
    image: {file: red.png, alt: A red square}
  - id: jpeg
    type: true_false
    prompt: Is this photo blue?
    answer: true
    image: {file: blue.jpg, alt: A blue rectangle}
  - id: svg
    type: true_false
    prompt: Is this drawing teal?
    answer: true
    image: {file: drawing.svg, alt: A teal box}
"""


def _write_images(folder: Path) -> None:
    write_png(folder / "red.png", 160, 120)
    photo = QImage(300, 200, QImage.Format.Format_RGB32)
    photo.fill(QColor(30, 60, 220))
    assert photo.save(str(folder / "blue.jpg"), "JPEG", 95)
    (folder / "drawing.svg").write_bytes(svg_bytes('width="120" height="80"'))


def test_pictures_are_printed_with_their_questions(tmp_path: Path) -> None:
    """PNG, JPEG and SVG pictures appear on the page, each under its own prompt."""
    _write_images(tmp_path)
    bank = bank_from(tmp_path, IMAGES)
    dest, pages = printed(tmp_path, bank)
    assert len(pages) == 1
    page = page_image(dest, 0)
    assert has_colour(page, (200, 60, 40))  # the PNG
    assert has_colour(page, (30, 60, 220))  # the JPEG
    assert has_colour(page, (0, 128, 128))  # the SVG's rectangle


def test_a_picture_gone_since_checking_prints_its_alt_text_and_warns(tmp_path: Path) -> None:
    """A deleted picture leaves its alt text in a box, and a warning names the question."""
    _write_images(tmp_path)
    bank = bank_from(tmp_path, IMAGES)
    (tmp_path / "blue.jpg").unlink()
    problems = write_pdf(bank, tmp_path / "exam.pdf", False)
    assert [(p.question_id, p.is_error) for p in problems] == [("jpeg", False)]
    assert "the image 'blue.jpg' could not be printed" in problems[0].message
    text = page_texts(tmp_path / "exam.pdf")[0]
    assert "Is this photo blue? Tick true or false. A blue rectangle True False" in text
    assert "A red square" not in text  # alt text only stands in for a missing picture


def test_an_unwritable_destination_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    """Printing into a folder that does not exist reports a located error."""
    bank = bank_from(tmp_path, EVERY_TYPE)
    dest = tmp_path / "no-such-folder" / "exam.pdf"
    (problem,) = write_pdf(bank, dest, False)
    assert problem.is_error and problem.path == str(dest)
    assert problem.message.startswith("the PDF cannot be written: ")
    assert not dest.exists()


def test_printing_works_without_an_application_or_display(tmp_path: Path) -> None:
    """A terminal command with no QApplication and no display prints; importing loads no Qt."""
    bank = tmp_path / "exam.yaml"
    bank.write_text(EVERY_TYPE, encoding="utf-8")
    code = textwrap.dedent(
        f"""\
        import sys
        from pathlib import Path
        from quizapp.bank import load_file
        import quizapp.convert, quizapp.convert.pdf, quizapp.convert.pdfblocks
        assert not any(m.startswith("PySide6") for m in sys.modules), "Qt loaded on import"
        bank = load_file({str(bank)!r}).bank
        print(quizapp.convert.pdf.write_pdf(bank, Path({str(tmp_path / "out.pdf")!r}), True))
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    assert page_count(tmp_path / "out.pdf") >= 2


def test_a_passage_longer_than_a_page_runs_over_pages_without_losing_lines(
    tmp_path: Path,
) -> None:
    """A reading passage as the prompt flows over pages line by line; nothing is cut off."""
    sentences = " ".join(f"Sentence {i} of the passage goes here." for i in range(400))
    bank = bank_from(
        tmp_path,
        "title: Reading\nquestions:\n"
        f"  - {{id: r, type: true_false, prompt: '{sentences} Is it long?', answer: true}}\n",
    )
    dest, pages = printed(tmp_path, bank)
    assert len(pages) >= 3
    assert has_colour(page_image(dest, 1), (0, 0, 0), 30)  # black, not the footer's grey
    # without spaces: pdfium's text extraction (used where pdftotext is missing) spaces out
    # the letters of a page's first lines, though the page draws them evenly
    text = "".join(pages).replace(" ", "")
    assert all(f"Sentence{i}of" in text for i in range(400))
    assert "Is it long? Tick true or false. True False" in pages[-1]
