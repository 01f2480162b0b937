"""The startup baseline: a bare PySide6 window with a label and a few buttons, which prints READY
once shown and idle, exactly as quizapp does under `QUIZAPP_BENCH_READY=1`."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("A bare window"))
    for text in ("One", "Two", "Three"):
        layout.addWidget(QPushButton(text))
    window.show()

    def ready() -> None:
        print("READY", flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
