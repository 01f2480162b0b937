"""Unexpected errors: logged with the traceback to `<data>/quizapp.log`, shown to the user as a
short apology with the log's location, and the running quiz saved first. Never a traceback on
screen."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from quizapp.files import refuse_destination
from quizapp.ui.pages.common import tell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("quizapp")


class _LogFile(logging.Handler):
    """The rotating log file, made on the first record: most runs log nothing, and
    `logging.handlers` (which brings socket and pickle) would cost every start-up."""

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        self._file = log_file
        self._real: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._real is None:
            from logging.handlers import RotatingFileHandler

            self._real = RotatingFileHandler(
                self._file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )
            self._real.setFormatter(self.formatter)
        self._real.emit(record)

    def close(self) -> None:
        if self._real is not None:
            self._real.close()
        super().close()


def start_logging(log_file: Path) -> None:
    """Log warnings and errors to `log_file` (kept small: 1 MB, 3 old copies)."""
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        refuse_destination(log_file)  # never written through a planted link
        # Opened now, not at the first message: a folder that cannot be written falls back to
        # the terminal here, instead of a "Logging error" traceback later. (The rotating
        # handler itself is still made on the first record, see _LogFile.)
        with open(log_file, "a", encoding="utf-8"):
            pass
        handler: logging.Handler = _LogFile(log_file)
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def apology(log_file: Path) -> str:
    return QCoreApplication.translate(
        "Errors",
        "Sorry, something went wrong inside quizapp. Your answers so far are saved. The details "
        "were written to {file}; please pass that file on to whoever looks after quizapp here.",
    ).format(file=log_file)


def install_excepthook(
    log_file: Path,
    window: Callable[[], QWidget | None],
    save_work: Callable[[], None] = lambda: None,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Replace `sys.excepthook` (which Qt calls for errors in slots) with the apology."""
    showing: list[QMessageBox] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("unexpected error", exc_info=(kind, error, tb))
        try:
            save_work()
        except Exception:
            log.exception("could not save the quiz after an unexpected error")
        if showing and showing[-1].isVisible():
            return  # one apology at a time
        title = QCoreApplication.translate("Errors", "Something went wrong")
        showing[:] = [tell(window(), title, apology(log_file), warning=True)]

    sys.excepthook = hook
    return hook
