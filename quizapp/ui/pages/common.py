"""Pieces several pages share: a titled page layout, buttons with shortcuts, messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.flow import FlowLayout
from quizapp.ui.text import plain_label
from quizapp.ui.theme import mark_heading

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def button(text: str, description: str, *, primary: bool = False, name: str = "") -> QPushButton:
    """A push button with an accessible name and description (and the primary look)."""
    b = QPushButton(text)
    b.setAccessibleName(name or text.split(" (")[0].replace("&", ""))
    b.setAccessibleDescription(description)
    b.setAutoDefault(False)
    if primary:
        b.setProperty("primary", True)
    return b


def shortcut(keys: str, target: QPushButton, scope: QWidget | None = None) -> QShortcut:
    """`keys` clicks `target` while `scope` (default: the button's page) is on screen and the
    button can be pressed. (A QShortcut, not QPushButton.setShortcut, which does not fire
    through QTest key events.)"""
    s = QShortcut(QKeySequence(keys), scope or target)
    s.setContext(Qt.ShortcutContext.WindowShortcut)
    s.activated.connect(
        lambda: target.click() if target.isVisible() and target.isEnabled() else None
    )
    return s


def form_label(text: str, buddy: QWidget) -> QLabel:
    """A form row's label: plain text, with an Alt+letter mnemonic that focuses `buddy`."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    label.setAccessibleName(text.replace("&", "").rstrip(":"))
    return label


def card() -> QFrame:
    frame = QFrame()
    frame.setProperty("card", True)
    return frame


class Page(QWidget):
    """A page with a heading, an optional subtitle, and a body layout. The page scrolls when its
    content is taller (or wider) than the window: no text is ever cut off. Built with its
    `parent` (the window's stack), its widgets are styled once, as they join it."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns: list[tuple[QBoxLayout, int]] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setProperty("page", True)
        content = QWidget()
        content.setAccessibleName(title)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(28, 20, 28, 20)
        outer.setSpacing(12)
        self.heading = plain_label(title, name=title, wrap=True)
        self.heading.setAccessibleDescription(self.tr("Page title"))
        mark_heading(self.heading, 1.6)
        outer.addWidget(self.heading)
        self.subtitle = plain_label(subtitle, name=self.tr("Page description"))
        self.subtitle.setProperty("muted", True)
        outer.addWidget(self.subtitle)  # first: shown while it has no parent, it would be a window
        self.subtitle.setVisible(bool(subtitle))
        self.body = QVBoxLayout()
        self.body.setSpacing(12)
        outer.addLayout(self.body, 1)
        self.scroll.setWidget(content)
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        whole.addWidget(self.scroll)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the focused control is always scrolled into view
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.scroll.widget().isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new, 8, 8)

    def show_whole(self, widget: QWidget) -> None:
        """Scroll so that `widget` (just shown, e.g. feedback) is in view once laid out."""
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(widget, 8, 8))

    def stack_when_narrow(self, columns: QBoxLayout, chars: int) -> None:
        """Lay `columns` out top to bottom while the page is narrower than `chars` characters
        of its text (a small screen, or large text), side by side otherwise."""
        self._columns.append((columns, chars))
        self._arrange()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    def _arrange(self) -> None:
        char = max(1, self.fontMetrics().averageCharWidth())
        for columns, chars in self._columns:
            narrow = self.width() < chars * char
            want = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
            if columns.direction() != want:
                columns.setDirection(want)

    def set_title(self, title: str, subtitle: str | None = None) -> None:
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        if subtitle is not None:
            self.subtitle.setText(subtitle)
            self.subtitle.setVisible(bool(subtitle))

    def on_show(self) -> None:
        """Called by the window each time the page comes to the front."""


def button_row(*buttons: QWidget, stretch_first: bool = True) -> FlowLayout:
    """Buttons in a row (on the right unless `stretch_first` is off) that wraps when narrow."""
    row = FlowLayout(right=stretch_first)
    for b in buttons:
        row.addWidget(b)
    return row


def tell(parent: QWidget, title: str, text: str, *, warning: bool = False) -> QMessageBox:
    """A plain-language message in a window-modal box that does not block the event loop."""
    from PySide6.QtWidgets import QMessageBox  # here: PySide builds its type on first use

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def tell_list(parent: QWidget, title: str, lines: list[str]) -> QWidget:
    """A long list (the keyboard shortcuts) in a window-modal box that scrolls and fits the
    screen: a message box grows past the screen with large text, and its OK button with it."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit

    box = QDialog(parent)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    text = QPlainTextEdit("\n".join(lines))
    text.setReadOnly(True)
    flags = Qt.TextInteractionFlag  # keys move through it (read-only text only takes the mouse)
    text.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
    text.setAccessibleName(title)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(box.accept)
    layout = QVBoxLayout(box)
    layout.addWidget(text)
    layout.addWidget(buttons)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.ensurePolished()
    text.ensurePolished()  # the window's text size, for the measures below
    metrics, screen = text.fontMetrics(), parent.screen().availableGeometry()
    wide = max(metrics.horizontalAdvance(line) for line in lines) + 6 * metrics.averageCharWidth()
    tall = metrics.lineSpacing() * (len(lines) + 1) + buttons.sizeHint().height() * 2
    box.resize(min(wide, screen.width() * 9 // 10), min(tall, screen.height() * 9 // 10))
    box.open()
    text.setFocus()  # arrow keys and Page Down scroll it; Enter or Esc close it
    return box


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    *,
    warning: bool = False,
) -> QMessageBox:
    """A Yes/No question in a window-modal box that does not block the event loop; No is the
    default and Esc (a stray Enter changes nothing), Yes calls `on_yes`."""
    from PySide6.QtWidgets import QMessageBox  # here: PySide builds its type on first use

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setAccessibleName(title)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = QMessageBox.StandardButton.Yes
    box.buttonClicked.connect(lambda b: on_yes() if box.standardButton(b) == yes else None)
    box.open()
    return box
