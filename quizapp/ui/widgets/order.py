"""Ordering: a list the learner rearranges by dragging, or with Alt+Up / Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.quiz import QuestionView, Response
from quizapp.ui.text import keys
from quizapp.ui.widgets.base import AnswerWidget, is_number_key

_ROLE = Qt.ItemDataRole.UserRole


class OrderList(QListWidget):
    """Alt or Ctrl with Up/Down moves the current item; Enter goes to the page (submit)."""

    moved = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        moving = mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        if moving and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or is_number_key(event):
            event.ignore()  # the page submits, or picks item n
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        self.moved.emit()


class OrderWidget(AnswerWidget):
    def __init__(self, view: QuestionView) -> None:
        super().__init__(view)
        self.list = OrderList()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setAccessibleDescription(
            self.tr(
                "Put the items in the right order, first at the top: select one and press "
                "Alt+Up or Alt+Down to move it, or drag it"
            )
        )
        for text in view.items:
            item = QListWidgetItem(text)
            item.setData(_ROLE, text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.up = QPushButton(self.tr("Move up ({key})").format(key=keys("Alt+↑")))
        self.down = QPushButton(self.tr("Move down ({key})").format(key=keys("Alt+↓")))
        self.up.setAccessibleName(self.tr("Move up"))
        self.up.setAccessibleDescription(self.tr("Move the selected item one place up"))
        self.down.setAccessibleName(self.tr("Move down"))
        self.down.setAccessibleDescription(self.tr("Move the selected item one place down"))
        for button, step in ((self.up, -1), (self.down, 1)):
            button.clicked.connect(lambda _=False, s=step: self._move(s))
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.list.model().rowsMoved.connect(lambda *_: self.changed.emit())
        self.list.moved.connect(self.changed)
        self.changed.connect(self._number)
        self.keys_hint = self.tr("1–9 select an item, Alt+↑/↓ move it")
        self._number()
        self._fit()

    def _number(self) -> None:
        """Each item shows its place ("2. ..."): the number key that selects it."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(f"{i + 1}. {item.data(_ROLE)}" if i < 9 else str(item.data(_ROLE)))

    def _fit(self) -> None:
        rows = self.list.sizeHintForRow(0) if self.list.count() else 20
        self.list.setMinimumHeight(rows * self.list.count() + 12)

    def _move(self, step: int) -> None:
        self.list.move_current(step)
        self.list.setFocus()

    def order(self) -> tuple[str, ...]:
        return tuple(str(self.list.item(i).data(_ROLE)) for i in range(self.list.count()))

    def response(self) -> Response:
        return self.order()

    def set_response(self, response: Response) -> None:
        if isinstance(response, tuple) and sorted(response) == sorted(self.order()):
            self.list.clear()
            for text in response:
                item = QListWidgetItem(text)
                item.setData(_ROLE, text)
                self.list.addItem(item)
            self.list.setCurrentRow(0)
            self._number()

    def pick(self, number: int) -> bool:
        if not 1 <= number <= self.list.count():
            return False
        self.list.setCurrentRow(number - 1)
        self.list.setFocus()
        return True

    def first_focus(self) -> QWidget:
        return self.list
