"""A row of buttons that wraps onto more lines when the window is narrow or the text is large,
instead of squeezing (and clipping) the buttons: 800x600 with 200% text still shows each whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right at their size hints, wrapping to a new line when the next does not
    fit; `right` aligns each line to the right (where a dialog's buttons usually are)."""

    def __init__(self, parent: QWidget | None = None, *, right: bool = False, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right = right
        # height for a width, until the items change: Qt asks many times per layout pass
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return height

    def invalidate(self) -> None:
        """An item changed (its text, its size, shown or hidden): heights are measured again."""
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def lines(self, width: int) -> int:
        """How many lines the items take at `width`."""
        gap, count, used = self.spacing(), 1, 0
        for item in self._shown():
            w = item.sizeHint().width()
            if used and used + gap + w > width:
                count, used = count + 1, 0
            used += (gap if used else 0) + w
        return count

    def sizeHint(self) -> QSize:
        """All on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.sizeHint())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self.spacing()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        used = 0
        for item in self._shown():
            hint = item.sizeHint()  # asked once: each answer is a new QSize from C++
            w = hint.width()
            if lines[-1] and used + gap + w > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + w
            lines[-1].append((item, hint))
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, hint in line)
            width = sum(hint.width() for _, hint in line) + gap * (len(line) - 1)
            x = area.x() + (max(0, area.width() - width) if self._right else 0)
            for item, hint in line:
                if move:  # each at its own height, centred on the line
                    top = y + (height - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + gap
            y += height + gap
        return y - gap - area.y() + m.top() + m.bottom() if y > area.y() else 0
