"""Matching: for each left-hand item, a drop-down of the right-hand items."""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from quizapp.quiz import QuestionView, Response
from quizapp.ui.text import plain_label
from quizapp.ui.widgets.base import AnswerWidget, is_number_key

NOT_CHOSEN = QT_TRANSLATE_NOOP("MatchWidget", "Choose…")  # the first entry of each box


class MatchBox(QComboBox):
    """A drop-down that leaves the number keys to the page (they move between items)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_number_key(event) or event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


class MatchWidget(AnswerWidget):
    def __init__(self, view: QuestionView) -> None:
        super().__init__(view)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.lefts = list(view.lefts)
        self.combos: list[QComboBox] = []
        self.left_labels = []
        for row, left in enumerate(self.lefts):
            number = f"{row + 1}. " if row < 9 else ""
            label = plain_label(number + left, name=left)
            combo = MatchBox()
            combo.addItem(self.tr(NOT_CHOSEN), None)
            for right in view.rights:
                combo.addItem(right, right)
            combo.setAccessibleName(self.tr("Match for: {left}").format(left=left))
            if row < 9:
                about = self.tr("Choose what goes with item {n}; press {n} to get here")
            else:
                about = self.tr("Choose what goes with item {n}")
            combo.setAccessibleDescription(about.format(n=row + 1))
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit())
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos.append(combo)
            self.left_labels.append(label)
        self.keys_hint = self.tr("1–9 go to an item, ↑/↓ choose its match")
        self.setAccessibleName(self.tr("Pairs to match"))

    def response(self) -> Response:
        chosen = {
            left: str(combo.currentData())
            for left, combo in zip(self.lefts, self.combos, strict=True)
            if combo.currentData() is not None
        }
        return MappingProxyType(chosen) if chosen else None

    def set_response(self, response: Response) -> None:
        if response is None or isinstance(response, str | bool | tuple | frozenset):
            return
        for left, combo in zip(self.lefts, self.combos, strict=True):
            if left in response:
                index = combo.findData(response[left])
                if index >= 0:
                    combo.setCurrentIndex(index)

    def pick(self, number: int) -> bool:
        if not 1 <= number <= len(self.combos):
            return False
        self.combos[number - 1].setFocus()
        return True

    def first_focus(self) -> QWidget:
        return self.combos[0] if self.combos else self
