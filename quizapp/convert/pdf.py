"""A bank printed as a paper exam: `write_pdf(bank, dest, answer_key)`.

Drawn with Qt's own PDF writer (QtGui only: no widgets, no other library). Qt is imported when
printing starts, so `quizapp.convert` loads without it, and a `QGuiApplication` is made if the
caller has none (a terminal command has none).

The exam is laid out in two passes: every question becomes a block of rows (prompt, picture,
choices, answer lines) measured against the PDF device; the blocks are then placed on pages so
that a question is never split unless it is taller than a page on its own, and then only
between rows, never right after its prompt. Knowing the pages first gives "page 2 of 5".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.bank.model import Bank
from quizapp.bank.problems import Problem, Severity
from quizapp.files import os_detail, os_reason, write_atomic
from quizapp.words import Context

PrintedExam = Context("PrintedExam")  # the printed paper's words, for translators

if TYPE_CHECKING:
    from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPdfWriter

DPI = 300
_APP: list[QGuiApplication] = []  # the application made here, kept alive for later calls


def write_pdf(bank: Bank, dest: Path, answer_key: bool) -> list[Problem]:
    """Print `bank` as an exam to `dest` (written atomically), with the key at the end if
    `answer_key`. Returns what the teacher should know: pictures that could not be printed, or
    an error if the file could not be written."""
    _ensure_gui_application()
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    from quizapp.convert.pdfblocks import exam_blocks

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(bank.title)
    writer.setCreator("quizapp")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 16, 18, 16),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = Page(writer)
    problems: list[Problem] = []
    blocks = exam_blocks(bank, page, answer_key, problems)
    pages = paginate(blocks, page.body_height)
    painter = QPainter()
    if not painter.begin(writer):
        return [_write_problem(dest, "no_painter")]
    try:
        for number, placed in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            for top, row in placed:
                row.draw(painter, 0.0, top)
            page.draw_footer(painter, bank.title, number, len(pages))
    finally:
        painter.end()
    buffer.close()
    try:
        write_atomic(dest, bytes(buffer.data().data()))
    except OSError as exc:
        return [*problems, _write_problem(dest, os_reason(exc), os_detail(exc))]
    return problems


def _write_problem(dest: Path, reason: str, detail: str = "") -> Problem:
    """The PDF cannot be written: `no_painter` (Qt would not start one) or a `files` reason."""
    params = {"reason": reason, "detail": detail}
    return Problem(str(dest), 1, 1, Severity.ERROR, "pdf_unwritable", params)


def _ensure_gui_application() -> None:
    """Fonts and images need a QGuiApplication; make one if the caller (a terminal) has none.

    Printing needs no screen, so without a display (a server, ssh) the offscreen platform is
    used instead of failing to connect to one."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is not None:
        return
    args = ["quizapp"]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if "QT_QPA_PLATFORM" not in os.environ and sys.platform.startswith("linux") and headless:
        args += ["-platform", "offscreen"]
    _APP.append(QGuiApplication(args))


class Page:
    """The printable area in device units (1/300 inch), and the fonts, measured on the PDF."""

    def __init__(self, writer: QPdfWriter) -> None:
        from PySide6.QtGui import QFont

        self.device = writer
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.footer_height = pt(20)
        self.body_height = self.height - self.footer_height
        base = QFont()
        base.setPointSizeF(11)
        self.text = base
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.title = QFont(self.bold)
        self.title.setPointSizeF(17)
        self.heading = QFont(self.bold)
        self.heading.setPointSizeF(14)
        self.small = QFont(base)
        self.small.setPointSizeF(9)
        self.hint = QFont(self.small)
        self.hint.setItalic(True)
        self.italic = QFont(base)
        self.italic.setItalic(True)

    def paragraph(self, text: str, font: QFont, width: float) -> Paragraph:
        return Paragraph(text, font, width, self.device)

    def draw_footer(self, painter: QPainter, title: str, number: int, count: int) -> None:
        from PySide6.QtCore import QRectF, Qt
        from PySide6.QtGui import QColor

        text = PrintedExam.tr("%1 · page %2 of %3")
        text = text.replace("%2", str(number)).replace("%3", str(count)).replace("%1", title)
        painter.save()  # the next page's first row draws with what the rows before it set
        painter.setFont(self.small)
        painter.setPen(QColor(90, 90, 90))
        box = QRectF(0, self.height - pt(12), self.width, pt(12))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideMiddle, int(box.width())
        )
        painter.drawText(box, int(flags), elided)
        painter.restore()


def pt(points: float) -> float:
    """Points (1/72 inch) in device units."""
    return points * DPI / 72


def mm(millimetres: float) -> float:
    return millimetres * DPI / 25.4


class Paragraph:
    """Plain text wrapped to a width (at word boundaries, or anywhere for one long word)."""

    def __init__(self, text: str, font: QFont, width: float, device: QPdfWriter) -> None:
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QTextLayout, QTextOption

        # a newline from a YAML block would show as a box; U+2028 is Qt's line break
        self.layout = QTextLayout(text.strip().replace("\n", "\u2028"), font, device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        self.layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        from PySide6.QtCore import QPointF

        self.layout.draw(painter, QPointF(x, y))

    def line_rows(self, indent: float) -> list[Row]:
        """A row per line, for text too long to keep on one page (a passage to read)."""
        from PySide6.QtCore import QPointF

        rows = []
        for i in range(self.layout.lineCount()):

            def draw(painter: QPainter, x: float, y: float, i: int = i) -> None:
                line = self.layout.lineAt(i)  # looked up here: a QTextLine dies with its layout
                line.draw(painter, QPointF(x + indent, y - line.y()))

            rows.append(Row(self.layout.lineAt(i).height(), draw))
        return rows


@dataclass
class Row:
    """One unbreakable strip of a page: `draw(painter, x, y)` paints it with its top at y."""

    height: float
    draw: Callable[[QPainter, float, float], None]
    keep_with_next: bool = False  # a prompt is never left alone at the bottom of a page


@dataclass
class Block:
    """A question (or the header, or one answer-key entry): kept on one page when it fits."""

    rows: list[Row] = field(default_factory=list)
    new_page: bool = False
    gap: float = 0.0  # space above it, unless it starts a page

    @property
    def height(self) -> float:
        return sum(r.height for r in self.rows)


def paginate(blocks: list[Block], page_height: float) -> list[list[tuple[float, Row]]]:
    """Each page's rows with their tops. A block moves whole to the next page when it does not
    fit; only a block taller than a page is split, between rows, never after a kept row (a
    chain of kept rows moves together with the row that follows it, if they fit a page)."""
    pages: list[list[tuple[float, Row]]] = [[]]
    y = 0.0

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = 0.0

    for block in blocks:
        if block.new_page and pages[-1]:
            new_page()
        gap = block.gap if pages[-1] else 0.0
        fits_a_page = block.height <= page_height
        if y + gap + block.height > page_height and pages[-1] and fits_a_page:
            new_page()
            gap = 0.0
        rows = block.rows
        for i, row in enumerate(rows):
            need = row.height
            for kept, after in zip(rows[i:], rows[i + 1 :], strict=False):
                if not kept.keep_with_next:
                    break
                need += after.height
            row_fits = y + gap + row.height <= page_height
            chain_fits = y + gap + need <= page_height or need > page_height
            if pages[-1] and not (row_fits and chain_fits):
                new_page()
                gap = 0.0
            pages[-1].append((y + gap, row))
            y += gap + row.height
            gap = 0.0
    return pages
