"""The printed exam's content: the header, each question drawn to be answered with a pen, and
the answer key, as blocks of rows for `quizapp.convert.pdf` to place on pages.

Used only by `write_pdf`, once a QGuiApplication exists; every text from the bank is drawn as
plain text (QTextLayout never reads markup). Qt is imported inside the functions, like in
`pdf`, so that importing any module of `quizapp.convert` never loads it.

Shuffled items (order) and right-hand sides (match) are shuffled with a seed made of the bank
and question ids, so the same bank always prints the same paper, and the key matches it.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from quizapp.bank.model import Bank, Image, Question, QuestionType
from quizapp.bank.problems import Problem, Severity
from quizapp.convert.pdf import DPI, Block, Page, Paragraph, PrintedExam, Row, mm, pt
from quizapp.quiz.numbers import format_number

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QPainter, QPen

_T = QuestionType
IMAGE_DPI = 200  # pictures are embedded at this resolution at their printed size
SCREEN_DPI = 96  # a picture's pixels are shown this many to the inch, as on a screen
GREY = (90, 90, 90)


def letter(index: int) -> str:
    return chr(ord("A") + index)


def shuffled(count: int, seed: str) -> list[int]:
    """A fixed shuffle of range(count) that is never the identity (order questions would
    otherwise print their own answer)."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    if count > 1 and order == sorted(order):
        order = order[1:] + order[:1]
    return order


def exam_blocks(bank: Bank, page: Page, answer_key: bool, problems: list[Problem]) -> list[Block]:
    blocks = [_header(bank, page)]
    show_points = len({bank.points_for(q) for q in bank.questions}) > 1
    for number, question in enumerate(bank.questions, start=1):
        drawing = _QuestionDrawing(bank, question, number, page, problems)
        blocks.append(drawing.block(show_points))
    if answer_key:
        blocks.append(_key_heading(bank, page))
        for number, question in enumerate(bank.questions, start=1):
            blocks.append(_key_entry(bank, question, number, page))
    return blocks


# -- the header ----------------------------------------------------------------------------------
def _header(bank: Bank, page: Page) -> Block:
    title = page.paragraph(bank.title, page.title, page.width)
    rows = [Row(title.height + pt(6), lambda p, x, y: title.draw(p, x, y))]
    if bank.description:
        about = page.paragraph(bank.description, page.small, page.width)
        rows.append(Row(about.height + pt(6), lambda p, x, y: _grey(p, about, x, y)))
    rows.append(_name_and_date(page))
    return Block(rows)


def _name_and_date(page: Page) -> Row:
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    name, date = PrintedExam.tr("Name:"), PrintedExam.tr("Date:")
    metrics = QFontMetricsF(page.text, page.device)
    line_y = metrics.ascent() + pt(2)
    date_x = page.width * 0.66

    def draw(painter: QPainter, x: float, y: float) -> None:
        painter.setFont(page.text)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(x, y, date_x, metrics.height()), name)
        painter.drawText(QRectF(x + date_x, y, page.width - date_x, metrics.height()), date)
        painter.setPen(_pen(0.6))
        start = x + metrics.horizontalAdvance(name) + pt(6)
        painter.drawLine(QLineF(start, y + line_y, x + date_x - pt(18), y + line_y))
        start = x + date_x + metrics.horizontalAdvance(date) + pt(6)
        painter.drawLine(QLineF(start, y + line_y, x + page.width, y + line_y))
        painter.setPen(_pen(1.2))
        rule = y + metrics.height() + pt(12)
        painter.drawLine(QLineF(x, rule, x + page.width, rule))

    return Row(metrics.height() + pt(20), draw)


def _pen(points: float, colour: tuple[int, int, int] = (0, 0, 0)) -> QPen:
    from PySide6.QtGui import QColor, QPen

    pen = QPen(QColor(*colour))
    pen.setWidthF(pt(points))
    return pen


def _grey(painter: QPainter, paragraph: Paragraph, x: float, y: float) -> None:
    from PySide6.QtGui import QColor

    painter.setPen(QColor(*GREY))
    paragraph.draw(painter, x, y)
    painter.setPen(QColor(0, 0, 0))


# -- one question --------------------------------------------------------------------------------
class _QuestionDrawing:
    """One question's rows: number and prompt, a hint, the picture, and the answer space."""

    def __init__(
        self, bank: Bank, question: Question, number: int, page: Page, problems: list[Problem]
    ) -> None:
        self.bank = bank
        self.q = question
        self.number = number
        self.page = page
        from PySide6.QtGui import QFontMetricsF

        self.problems = problems
        self.indent = mm(9)
        self.width = page.width - self.indent
        self.metrics = QFontMetricsF(page.text, page.device)

    def block(self, show_points: bool) -> Block:
        rows = self._prompt(show_points)
        if self.q.image is not None:
            rows.append(self._image(self.q.image))
        rows += self._answer_rows()
        return Block(rows, gap=pt(16))

    def _prompt(self, show_points: bool) -> list[Row]:
        """Number, prompt and how to answer; kept with what follows."""
        from PySide6.QtCore import QRectF, Qt

        page, indent = self.page, self.indent
        prompt = page.paragraph(self.q.prompt, page.text, self.width)
        words = _HINTS[self.q.type](self.q)
        if show_points:  # only when questions are worth different points
            points = self.bank.points_for(self.q)
            shown = PrintedExam.tr("1 point") if points == 1 else PrintedExam.tr("%1 points")
            words += " · " + shown.replace("%1", format_number(points))
        hint = page.paragraph(words, page.hint, self.width)
        label = f"{self.number}."

        def number(painter: QPainter, x: float, y: float) -> None:
            painter.setFont(page.bold)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(x, y, indent, self.metrics.height()), label)

        def draw_hint(painter: QPainter, x: float, y: float) -> None:
            _grey(painter, hint, x + indent, y + pt(2))

        hint_row = Row(pt(2) + hint.height + pt(6), draw_hint, keep_with_next=True)
        if prompt.height > page.body_height / 3:  # a passage to read: it may run over pages
            rows = prompt.line_rows(indent)
            first = rows[0].draw

            def first_line(painter: QPainter, x: float, y: float) -> None:
                number(painter, x, y)
                first(painter, x, y)

            rows[0].draw = first_line
            rows[-1].keep_with_next = True
            return [*rows, hint_row]

        def draw(painter: QPainter, x: float, y: float) -> None:
            number(painter, x, y)
            prompt.draw(painter, x + indent, y)
            draw_hint(painter, x, y + prompt.height)

        return [Row(prompt.height + hint_row.height, draw, keep_with_next=True)]

    # the picture
    def _image(self, image: Image) -> Row:
        from PySide6.QtCore import QRectF, QSize
        from PySide6.QtGui import QImageIOHandler, QImageReader

        reader = QImageReader(image.file)
        size = reader.size()
        if size.isValid() and reader.transformation() & (
            QImageIOHandler.Transformation.TransformationRotate90
        ):
            size.transpose()
        if not size.isValid() or size.isEmpty():
            return self._alt_box(image, reader.errorString())
        wide = size.width() / SCREEN_DPI * DPI
        high = size.height() / SCREEN_DPI * DPI
        scale = min(1.0, self.width / wide, self.page.body_height * 0.45 / high)
        wide, high = wide * scale, high * scale
        failed = self._alt_box(image, "")

        def draw(painter: QPainter, x: float, y: float) -> None:
            picture = _read_image(image.file, QSize(round(wide), round(high)))
            if picture.isNull():
                self._could_not_print(image, "")
                failed.draw(painter, x, y)
                return
            painter.drawImage(QRectF(x + self.indent, y, wide, high), picture)

        return Row(high + pt(8), draw)

    def _alt_box(self, image: Image, reason: str) -> Row:
        from PySide6.QtCore import QRectF, Qt

        if reason:
            self._could_not_print(image, reason)
        pad = pt(6)
        alt = self.page.paragraph(image.alt, self.page.italic, self.width - 2 * pad)

        def draw(painter: QPainter, x: float, y: float) -> None:
            pen = _pen(0.6, GREY)
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(QRectF(x + self.indent, y, self.width, alt.height + 2 * pad))
            _grey(painter, alt, x + self.indent + pad, y + pad)

        return Row(alt.height + 2 * pad + pt(8), draw)

    def _could_not_print(self, image: Image, reason: str) -> None:
        self.problems.append(
            Problem(
                self.bank.path,
                self.q.line,
                1,
                Severity.WARNING,
                "image_not_printed",
                {"name": image.name, "reason": reason},
                self.q.id,
            )
        )

    # the answer space
    def _answer_rows(self) -> list[Row]:
        q = self.q
        if q.type in (_T.SINGLE, _T.MULTIPLE):
            round_box = q.type is _T.SINGLE
            return [self._boxed(letter(i), text, round_box) for i, text in enumerate(q.choices)]
        if q.type is _T.TRUE_FALSE:
            return [self._true_false()]
        if q.type in (_T.SHORT, _T.NUMERIC):
            return [self._blank(1.0 if q.type is _T.SHORT else 0.45)]
        if q.type is _T.ORDER:
            order = shuffled(len(q.items), f"{self.bank.id}/{q.id}")
            return [self._boxed("", q.items[i], False, write_in=True) for i in order]
        return self._match()

    def _box(self, painter: QPainter, x: float, y: float, round_box: bool, write_in: bool) -> None:
        from PySide6.QtCore import QRectF

        side = pt(15) if write_in else pt(9)
        top = y + (self.metrics.height() - side) / 2
        painter.setPen(_pen(0.8))
        rect = QRectF(x, top, side, side)
        if round_box:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)

    def _boxed(self, label: str, text: str, round_box: bool, write_in: bool = False) -> Row:
        """A choice (or an item to number): a box to tick or write in, a letter, the text."""
        from PySide6.QtCore import QRectF

        page, indent = self.page, self.indent
        text_x = pt(36) if label else pt(24)
        paragraph = page.paragraph(text, page.text, self.width - text_x)
        head = f"{label}." if label else ""

        def draw(painter: QPainter, x: float, y: float) -> None:
            self._box(painter, x + indent, y, round_box, write_in)
            painter.setFont(page.text)
            painter.drawText(QRectF(x + indent + pt(16), y, pt(20), self.metrics.height()), head)
            paragraph.draw(painter, x + indent + text_x, y)

        pad = pt(7) if write_in else pt(5)
        return Row(max(paragraph.height, self.metrics.height()) + pad, draw)

    def _true_false(self) -> Row:
        from PySide6.QtCore import QRectF

        page, indent = self.page, self.indent
        labels = (PrintedExam.tr("True"), PrintedExam.tr("False"))

        def draw(painter: QPainter, x: float, y: float) -> None:
            for i, text in enumerate(labels):
                left = x + indent + i * pt(110)
                self._box(painter, left, y, True, False)
                painter.setFont(page.text)
                painter.drawText(QRectF(left + pt(16), y, pt(90), self.metrics.height()), text)

        return Row(self.metrics.height() + pt(5), draw)

    def _blank(self, share: float) -> Row:
        from PySide6.QtCore import QLineF, QRectF, Qt

        page, indent = self.page, self.indent
        label = PrintedExam.tr("Answer:")

        def draw(painter: QPainter, x: float, y: float) -> None:
            painter.setFont(page.text)
            painter.setPen(Qt.GlobalColor.black)
            base = y + pt(14)
            painter.drawText(
                QRectF(x + indent, base - self.metrics.ascent(), pt(80), pt(20)), label
            )
            start = x + indent + self.metrics.horizontalAdvance(label) + pt(6)
            end = x + indent + max(self.width * share, pt(160))
            painter.setPen(_pen(0.6))
            painter.drawLine(QLineF(start, base + pt(2), end, base + pt(2)))

        return Row(pt(24), draw)

    def _match(self) -> list[Row]:
        """Two columns: boxes and the left sides, numbered; the right sides shuffled, lettered."""
        from PySide6.QtCore import QRectF

        page, indent = self.page, self.indent
        column = (self.width - pt(12)) / 2
        pairs = self.q.pairs
        order = shuffled(len(pairs), f"{self.bank.id}/{self.q.id}")
        rows = []
        for i, (left_text, _) in enumerate(pairs):
            left = page.paragraph(left_text, page.text, column - pt(44))
            right = page.paragraph(pairs[order[i]][1], page.text, column - pt(20))

            def draw(
                painter: QPainter,
                x: float,
                y: float,
                left: Paragraph = left,
                right: Paragraph = right,
                i: int = i,
            ) -> None:
                self._box(painter, x + indent, y, False, True)
                painter.setFont(page.text)
                painter.drawText(
                    QRectF(x + indent + pt(20), y, pt(24), self.metrics.height()), f"{i + 1}."
                )
                left.draw(painter, x + indent + pt(44), y)
                second = x + indent + column + pt(12)
                painter.drawText(QRectF(second, y, pt(20), self.metrics.height()), f"{letter(i)}.")
                right.draw(painter, second + pt(20), y)

            height = max(left.height, right.height, self.metrics.height())
            rows.append(Row(height + pt(7), draw))
        return rows


def _read_image(file: str, target: QSize) -> QImage:
    """The picture at no more than `IMAGE_DPI` for its printed size (SVG drawn at that size)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImageReader

    reader = QImageReader(file)
    reader.setAutoTransform(True)
    target = target * (IMAGE_DPI / DPI)
    if reader.format() == b"svg":
        reader.setScaledSize(target)
        return reader.read()
    picture = reader.read()
    if picture.width() > target.width() or picture.height() > target.height():
        picture = picture.scaled(
            target,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return picture


def _order_hint(q: Question) -> str:
    return PrintedExam.tr("Number the items from 1 (first) to %1 (last).").replace(
        "%1", str(len(q.items))
    )


_HINTS: dict[QuestionType, Callable[[Question], str]] = {
    _T.SINGLE: lambda q: PrintedExam.tr("Tick one answer."),
    _T.MULTIPLE: lambda q: PrintedExam.tr("Tick every right answer."),
    _T.TRUE_FALSE: lambda q: PrintedExam.tr("Tick true or false."),
    _T.SHORT: lambda q: PrintedExam.tr("Write your answer on the line."),
    _T.NUMERIC: lambda q: PrintedExam.tr("Write a number."),
    _T.ORDER: _order_hint,
    _T.MATCH: lambda q: PrintedExam.tr("Write the letter of the matching item in each box."),
}


# -- the answer key ------------------------------------------------------------------------------
def _key_heading(bank: Bank, page: Page) -> Block:
    heading = page.paragraph(PrintedExam.tr("Answer key"), page.heading, page.width)
    rows = [Row(heading.height + pt(2), lambda p, x, y: heading.draw(p, x, y))]
    about = bank.title
    if bank.source is not None and bank.source.title:
        about += " — " + PrintedExam.tr("source: %1").replace("%1", bank.source.title)
        if bank.source.license:
            about += f" ({bank.source.license})"
    sub = page.paragraph(about, page.small, page.width)
    rows.append(Row(sub.height + pt(10), lambda p, x, y: _grey(p, sub, x, y)))
    return Block(rows, new_page=True)


def key_answer(bank: Bank, q: Question) -> str:
    """The right answer as a teacher marks it on this paper: letters and numbers as printed."""
    if q.type in (_T.SINGLE, _T.MULTIPLE):
        return " · ".join(
            f"{letter(i)}. {c}" for i, c in enumerate(q.choices) if c in q.correct_choices
        )
    if q.type is _T.TRUE_FALSE:
        return PrintedExam.tr("True") if q.truth else PrintedExam.tr("False")
    if q.type is _T.SHORT:
        text = q.accepted[0]
        if len(q.accepted) > 1:
            text += " " + PrintedExam.tr("(also accepted: %1)").replace(
                "%1", ", ".join(q.accepted[1:])
            )
        return text
    if q.type is _T.NUMERIC:
        return q.number_text + (f" ± {format_number(q.tolerance)}" if q.tolerance else "")
    seed = f"{bank.id}/{q.id}"
    if q.type is _T.ORDER:
        numbers = ", ".join(str(i + 1) for i in shuffled(len(q.items), seed))
        return (
            PrintedExam.tr("From the top: %1").replace("%1", numbers) + " — " + " → ".join(q.items)
        )
    order = shuffled(len(q.pairs), seed)
    where = {original: position for position, original in enumerate(order)}
    return " · ".join(f"{i + 1} {letter(where[i])}" for i in range(len(q.pairs)))


def _key_entry(bank: Bank, q: Question, number: int, page: Page) -> Block:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF

    indent = mm(9)
    width = page.width - indent
    answer = page.paragraph(key_answer(bank, q), page.text, width)
    label = f"{number}."
    metrics = QFontMetricsF(page.text, page.device)

    def draw_answer(painter: QPainter, x: float, y: float) -> None:
        painter.setFont(page.bold)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(x, y, indent, metrics.height()), label)
        answer.draw(painter, x + indent, y)

    rows = [Row(answer.height + pt(2), draw_answer, keep_with_next=True)]
    extras: list[tuple[str, bool]] = []
    if q.explanation:
        extras.append((PrintedExam.tr("Why: %1").replace("%1", q.explanation), False))
    if q.source_quote:
        extras.append((PrintedExam.tr("Source: “%1”").replace("%1", q.source_quote.strip()), True))
    for text, grey in extras:
        paragraph = page.paragraph(text, page.small if grey else page.italic, width)

        def draw(painter: QPainter, x: float, y: float, paragraph: Paragraph = paragraph) -> None:
            _grey(painter, paragraph, x + indent, y)

        rows.append(Row(paragraph.height + pt(2), draw))
    return Block(rows, gap=pt(8))
