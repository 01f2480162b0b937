"""Draws the combo boxes' arrows, `resources/icons/down-<theme>[-off].png`, from the themes'
colours (`text`, and `muted` when disabled): run it after changing those colours.

    python packaging/arrows.py

PNG, not SVG like the ticks: the learners page's combo box is styled at start, and an SVG there
loaded Qt's SVG library and two plug-ins before the first window. Drawn at 6x the 12x8 px the
style sheet asks for at the default text size, so the largest text on a high-density screen
still gets a sharp arrow (Qt scales icons down, never up).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from quizapp.ui.theme import DARK, LIGHT  # noqa: E402

SCALE = 6


def draw(colour: str, path: Path) -> None:
    image = QImage(12 * SCALE, 8 * SCALE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(colour), 2 * SCALE)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    points = [QPointF(x * SCALE, y * SCALE) for x, y in ((1.5, 1.5), (6, 6.5), (10.5, 1.5))]
    painter.drawPolyline(points)
    painter.end()
    if not image.save(str(path)):
        raise SystemExit(f"arrows: could not write {path}")


def main() -> None:
    _app = QGuiApplication(sys.argv[:1])
    for theme in (LIGHT, DARK):
        folder = ROOT / "resources" / "icons"
        draw(theme.text, folder / f"down-{theme.name}.png")
        draw(theme.muted, folder / f"down-{theme.name}-off.png")


if __name__ == "__main__":
    main()
