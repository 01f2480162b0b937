"""The dialog shown when the app will not start because progress cannot be saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from quizapp.ui.app import tell_before_start


def test_the_refusal_is_a_plain_text_dialog(qtbot: QtBot) -> None:
    """Folder names can look like markup: the box shows them as typed, and Enter closes it."""
    seen: list[tuple[str, Qt.TextFormat]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append((box.text(), box.textFormat()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    text = "Progress cannot be saved in /media/<b>usb</b>: Read-only file system."
    tell_before_start("quizapp cannot keep progress", text)
    assert seen == [(text, Qt.TextFormat.PlainText)]


def test_the_refusal_dialog_speaks_the_chosen_language(qtbot: QtBot) -> None:
    """Before any window, under Spanish, the box's button comes from Qt's own catalogue
    ("Aceptar"); afterwards the app is English again."""
    buttons: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        buttons.extend(b.text() for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    tell_before_start("quizapp no puede guardar el progreso", "No se puede guardar.", "es")
    assert [b.replace("&", "") for b in buttons] == ["Aceptar"]
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"
