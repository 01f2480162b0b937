"""The status line for the teacher: how many results wait on this machine to be delivered to
the results folder, why, "Try again", and the list of what waits. It never names a learner
(the list does, in a dialog the teacher opens)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from quizapp.classroom import Waiting
from quizapp.ui.pages.common import button, tell
from quizapp.ui.text import plain_label, when
from quizapp.words import Notice, notice


class OutboxLine(QFrame):
    try_again = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("footer")
        self.count = plain_label("", name=self.tr("Results waiting to be delivered"), wrap=False)
        self.count.setProperty("urgency", "warn")
        self.why = plain_label("", name=self.tr("Why they wait"))
        self.retry = button(
            self.tr("Try again"), self.tr("Deliver the waiting results to the results folder now")
        )
        self.details = button(
            self.tr("Show the list…"), self.tr("List the results that wait on this computer")
        )
        self.retry.clicked.connect(self.try_again)
        self.details.clicked.connect(self._show_list)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        row.addWidget(self.count)
        row.addWidget(self.why, 1)
        row.addWidget(self.retry)
        row.addWidget(self.details)
        self.waiting: tuple[Waiting, ...] = ()
        self.hide()

    def show_state(
        self,
        waiting: Sequence[Waiting],
        problems: Sequence[Notice],
        results_dir: Path,
        folder_there: bool = True,
    ) -> None:
        """Redraw from what waits and why (an absent results folder is said even before any
        result waits, so the teacher can plug the stick in before the class starts). Whether
        the folder is there is the delivery job's finding: nothing here looks at the disk."""
        self.waiting = tuple(waiting)
        n = len(self.waiting)
        if n:
            count = self.tr("%n result(s) waiting to be delivered.", "", n)
            why = " ".join(notice(p) for p in problems)
        elif not folder_there:
            count = self.tr("No results folder.")
            why = self.tr(
                "The results folder {folder} is not there (yet). Results will wait on this "
                "computer and be delivered when it is."
            ).format(folder=results_dir)
        elif problems:  # the folder has everything; another destination (the LRS) waits
            count = self.tr("Results waiting for the LRS.")
            why = " ".join(notice(p) for p in problems)
        else:
            count = why = ""
        self.count.setText(count)
        self.why.setText(why)
        self.retry.setVisible(bool(count))
        self.details.setVisible(n > 0)
        self.setVisible(bool(count))

    def message(self) -> str:
        return f"{self.count.text()} {self.why.text()}".strip()

    def _show_list(self) -> None:
        title = self.tr("Results waiting to be delivered")
        tell(self.window() or self, title, waiting_text(self.waiting))


def waiting_text(waiting: Sequence[Waiting]) -> str:
    translate = QCoreApplication.translate
    lines = []
    for w in waiting:
        moment = when(w.ended_at) if w.ended_at else "?"
        if w.interrupted:
            what = translate("OutboxLine", "interrupted {when}").format(when=moment)
        else:
            what = translate("OutboxLine", "finished {when}").format(when=moment)
        if w.only_in_memory:
            what += " " + translate(
                "OutboxLine", "(kept in memory only: the outbox cannot be written)"
            )
        lines.append(f"{w.learner} · {w.preset_title} · {what}\n    {w.file_name}")
    folders = sorted({w.results_folder for w in waiting if w.results_folder})
    if folders:
        lines.append(
            "\n" + translate("OutboxLine", "For: {folders}").format(folders=", ".join(folders))
        )
    return "\n".join(lines) or translate("OutboxLine", "Nothing is waiting.")


def is_folder(folder: Path) -> bool:
    """Whether `folder` is there (it may hang on a dead share: call it off the GUI thread)."""
    try:
        return folder.is_dir()
    except OSError:
        return False
