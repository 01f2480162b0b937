"""Reading a printed PDF back: its pages' text and pixels (poppler if installed, else QtPdf)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def _document(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_, f"{path} is not a valid PDF"
    return document


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of whitespace made one space and ligatures (fi) undone."""
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages = out.split("\f")[:-1]
    else:
        document = _document(path)
        pages = [document.getAllText(i).text() for i in range(document.pageCount())]
    return [" ".join(unicodedata.normalize("NFKC", page).split()) for page in pages]


def page_count(path: Path) -> int:
    return _document(path).pageCount()


def page_image(path: Path, page: int, width: int = 600) -> QImage:
    """Page `page` (0-based) drawn `width` pixels wide, on white paper."""
    document = _document(path)
    size = document.pagePointSize(page)
    drawn = document.render(page, QSize(width, round(width * size.height() / size.width())))
    paper = QImage(drawn.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))  # QtPdf leaves the paper transparent, which reads as black
    painter = QPainter(paper)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return paper


def has_colour(image: QImage, rgb: tuple[int, int, int], tolerance: int = 24) -> bool:
    """Whether some pixel of `image` is within `tolerance` of `rgb` on every channel."""
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = image.pixelColor(x, y)
            got = (colour.red(), colour.green(), colour.blue())
            if all(abs(a - b) <= tolerance for a, b in zip(got, rgb, strict=True)):
                return True
    return False
