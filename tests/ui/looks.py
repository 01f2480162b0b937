"""What a learner sees: which texts are on screen, whether they fit, how big they are."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

TEXTS = (QLabel, QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)


def shown_texts(root: QWidget) -> list[QWidget]:
    """Every text-bearing widget under `root` that is on screen now."""
    return [
        w
        for kind in TEXTS
        for w in root.findChildren(kind)
        if w.isVisible() and (not hasattr(w, "text") or w.text())
    ]


def scrolls(widget: QWidget) -> bool:
    """Whether `widget` sits inside a scroll area's viewport (it can be scrolled into view)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[attr-defined]
        ):
            return True
        parent = parent.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons on screen whose text does not fit in their own box, or that stick out
    of the window where no scroll area can bring them into view."""
    out = []
    window = root.window()
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisible() or not w.text():
            continue
        hint = w.sizeHint()
        if isinstance(w, QLabel) and w.wordWrap():
            fits = w.height() >= w.heightForWidth(w.width()) - 1
        elif isinstance(w, QLabel):
            text = w.text()
            if w.buddy() is not None:  # "&Mode:" shows as "Mode:"
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines = text.split("\n")
            widest = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
            fits = widest <= w.contentsRect().width() and w.height() >= hint.height() - 1
        else:
            fits = w.width() >= hint.width() - 1 and w.height() >= hint.height() - 1
        if fits and not scrolls(w):
            box = w.rect().translated(w.mapTo(window, w.rect().topLeft()))
            fits = window.rect().contains(box)
        if not fits:
            out.append(f"{type(w).__name__} {w.text()!r} {w.width()}x{w.height()} < {hint}")
    return out


def small_texts(root: QWidget, point_size: float) -> list[str]:
    """Texts on screen smaller than `point_size`."""
    return [
        f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r} {w.font().pointSizeF()}"
        for w in shown_texts(root)
        if w.font().pointSizeF() < point_size - 0.01
    ]


def sideways(root: QWidget) -> list[str]:
    """Pages on screen that would have to be scrolled sideways to be read."""
    return [
        f"{type(area.parentWidget()).__name__} scrolls sideways"
        for area in root.findChildren(QAbstractScrollArea)
        if area.property("page") and area.isVisible() and area.horizontalScrollBar().isVisible()
    ]
