"""The class report for a teacher: a classroom results folder merged (off the GUI thread) into
the numbers of `quizapp report` — per learner, per question (facility, discrimination, median
time), flagged questions with their bank file and line, unreadable files — and the same report
saved as a web page and opened in the browser."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QProgressBar,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from quizapp.app.context import AppContext
from quizapp.classroom import ClassReport, LearnerRow, QuestionRow, figures
from quizapp.classroom.files import write_atomic
from quizapp.classroom.html import render_html
from quizapp.classroom.report import TOO_EASY_ABOVE, TOO_HARD_BELOW, class_report
from quizapp.files import os_words
from quizapp.ui.pages.common import Page, button, button_row, shortcut, tell
from quizapp.ui.text import plain_label, plain_tip, plural
from quizapp.ui.theme import colour
from quizapp.ui.workers import run_job

_SORT = Qt.ItemDataRole.UserRole  # the value a column sorts by (numbers as numbers)

LEARNER_COLUMNS = (
    "Learner",
    "Preset",
    "Finished",
    "Interrupted",
    "Best",
    "Last",
    "Time (last)",
    "Extra time",
    "Machines",
)
QUESTION_COLUMNS = (
    "Question",
    "Bank file:line",
    "Type",
    "Asked",
    "Facility",
    "Discrimination",
    "Median time",
    "Flags",
)
FLAGGED_COLUMNS = ("Flags", "Question", "Bank file:line", "Facility", "Discrimination", "Asked")


def open_in_browser(path: Path) -> bool:
    """Open a saved report in the default browser (a seam: tests replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ClassReportPage(Page):
    back = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            "Class report",
            "Choose the folder the classroom results were collected in (a USB stick, a shared "
            "folder, or several sticks' folders side by side).",
        )
        self.ctx = ctx
        self.folder: Path | None = None
        self.report: ClassReport | None = None
        self.open_url: Callable[[Path], object] = open_in_browser

        self.choose = button(
            "Choose results folder… (Ctrl+O)",
            "Pick the folder of results files to report on",
            primary=True,
            name="Choose results folder",
        )
        self.save = button(
            "Save as a web page… (Ctrl+S)",
            "Save the report as one HTML file and open it in the browser",
            name="Save as a web page",
        )
        self.done = button("Back (Esc)", "Leave the class report", name="Back")
        shortcut("Ctrl+O", self.choose)
        shortcut("Ctrl+S", self.save)
        self.choose.clicked.connect(self.choose_folder)
        self.save.clicked.connect(self.choose_html_file)
        self.done.clicked.connect(self.back)
        self.save.setEnabled(False)
        self.body.addLayout(button_row(self.done, self.save, self.choose))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName("Reading the results")
        self.busy.hide()
        self.body.addWidget(self.busy)
        self.summary = plain_label("", name="Summary", selectable=True)
        self.body.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Report tables")
        self.learners = _table(
            LEARNER_COLUMNS, "Learners", "One row per learner and preset", stretch=8
        )
        self.questions = _table(
            QUESTION_COLUMNS,
            "Questions",
            "Facility, discrimination and median time of every question, over finished attempts",
            stretch=0,
            sort=1,
        )
        self.flagged = _table(
            FLAGGED_COLUMNS,
            "Flagged questions",
            "Too easy, too hard or negative discrimination, with the bank file and line",
            stretch=1,
            sort=2,
        )
        self.unreadable = _table(
            ("File", "Why it cannot be read"), "Unreadable files", "", stretch=1
        )
        self.tabs.addTab(self.learners, "&Learners")
        self.tabs.addTab(self.questions, "&Questions")
        self.tabs.addTab(self.flagged, "&Flagged")
        self.tabs.addTab(self.unreadable, "&Unreadable")
        self.body.addWidget(self.tabs, 1)
        self.glossary = plain_label(
            "Facility: the mean score on a question (100% = everyone right); flagged too easy "
            f"above {round(TOO_EASY_ABOVE * 100)}%, too hard below {round(TOO_HARD_BELOW * 100)}%. "
            "Discrimination: the correlation (−1 to 1) between the score on a question and on "
            "the rest of the attempt; above 0.3 is good, below 0 is flagged (check the answer "
            "key and the wording). Interrupted attempts count per learner only.",
            name="Reading the numbers",
        )
        self.glossary.setProperty("muted", True)
        self.body.addWidget(self.glossary)
        self._draw_empty()

    # -- loading -------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Choose the results folder", start)
        if chosen:
            self.load(Path(chosen))

    def load(self, folder: Path) -> None:
        """Read and merge `folder` off the GUI thread, then show the numbers."""
        if not folder.is_dir():
            tell(self, "No such folder", f"{folder} is not a folder.", warning=True)
            return
        self.folder = folder
        self.busy.show()
        self.choose.setEnabled(False)
        self.summary.setText(f"Reading {folder}…")
        run_job(lambda: class_report(folder), self.show_report, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.choose.setEnabled(True)
        self.summary.setText("")
        tell(self, "The results cannot be read", str(error), warning=True)

    # -- drawing -------------------------------------------------------------------------------

    def show_report(self, report: ClassReport) -> None:
        self.report = report
        self.busy.hide()
        self.choose.setEnabled(True)
        self.save.setEnabled(True)
        m = report.merged
        presets = ", ".join(p.title for p in report.presets) or "no results yet"
        self.set_title(f"Class report — {presets}")
        mean = figures.percent(report.mean_score)
        median = figures.percent(report.median_score)
        conflicts = ""
        if m.conflicts:
            conflicts = (
                f"{plural(len(m.conflicts), 'attempt')} with conflicting copies, not counted: "
                "see the Unreadable tab.\n"
            )
        self.summary.setText(
            conflicts + f"{m.folder}\n"
            f"{plural(len(m.attempts), 'attempt')} ({report.finished} finished, "
            f"{report.interrupted} interrupted) from {plural(m.files, 'file')}; "
            f"{plural(m.duplicates, 'duplicate')} ignored; "
            f"{plural(len(m.unreadable), 'unreadable file')}. "
            f"Mean score {mean}, median {median}. "
            f"{plural(len(report.flagged), 'question')} flagged."
        )
        several = len(report.presets) > 1
        self.learners.clear()
        self.learners.addTopLevelItems([_learner_item(r) for r in report.learners])
        self.learners.setColumnHidden(1, not several)
        self.questions.clear()
        self.questions.addTopLevelItems([_question_item(r) for r in report.questions])
        self.flagged.clear()
        self.flagged.addTopLevelItems([_flagged_item(r) for r in report.flagged])
        self.unreadable.clear()
        bad = [(u.path, u.reason) for u in m.unreadable] + [
            (path, f"attempt {c.attempt_id} differs in {len(c.paths)} files; none is counted")
            for c in m.conflicts
            for path in c.paths
        ]
        self.unreadable.addTopLevelItems([_item(row) for row in bad])
        self.tabs.setTabText(2, f"&Flagged ({len(report.flagged)})")
        self.tabs.setTabText(3, f"&Unreadable ({len(bad)})")
        self.tabs.setTabVisible(3, bool(bad))
        self.learners.setFocus()
        self.loaded.emit()

    def _draw_empty(self) -> None:
        self.summary.setText("No folder chosen yet.")
        self.tabs.setTabVisible(3, False)

    # -- saving --------------------------------------------------------------------------------

    def choose_html_file(self) -> None:
        if self.report is None:
            return
        start = (self.folder or Path.home()) / "report.html"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Save the class report", str(start), "Web page (*.html)"
        )
        if chosen:
            self.save_html(Path(chosen))

    def save_html(self, path: Path) -> bool:
        """Write the report page (the same as `quizapp report`) and open it in the browser."""
        if self.report is None:
            return False
        if path.suffix.lower() not in (".html", ".htm"):
            path = path.with_name(path.name + ".html")
        try:
            write_atomic(
                path, render_html(self.report, self.ctx.clock.now()).encode("utf-8", "replace")
            )
        except OSError as e:
            tell(
                self,
                "The report cannot be saved",
                f"{path} cannot be written: {os_words(e)}.",
                warning=True,
            )
            return False
        if not self.open_url(path):
            tell(self, "Report saved", f"The report is saved as {path}. Open it in a browser.")
        return True

    def on_show(self) -> None:
        (self.learners if self.report else self.choose).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


class _Item(QTreeWidgetItem):
    """A row that sorts numbers as numbers (the value is kept under `_SORT`)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        tree = self.treeWidget()
        col = tree.sortColumn() if tree else 0
        mine, theirs = self.data(col, _SORT), other.data(col, _SORT)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return self.text(col).casefold() < other.text(col).casefold()


def _table(
    columns: Sequence[str], name: str, description: str, *, stretch: int, sort: int = 0
) -> QTreeWidget:
    """A sortable table; column `stretch` takes the room left (long prompts are elided, their
    whole text is in the tooltip), and rows start sorted by column `sort`."""
    tree = QTreeWidget()
    tree.setHeaderLabels(list(columns))
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAccessibleName(name)
    tree.setAccessibleDescription(description or name)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    tree.setSortingEnabled(True)
    tree.sortByColumn(sort, Qt.SortOrder.AscendingOrder)
    return tree


def _item(texts: Sequence[str], sort: Sequence[object | None] = ()) -> _Item:
    item = _Item(list(texts))
    for col, value in enumerate(sort):
        if value is not None:
            item.setData(col, _SORT, value)
    for col, text in enumerate(texts):
        item.setToolTip(col, plain_tip(text))
    return item


def _learner_item(r: LearnerRow) -> _Item:
    extra = f"× {r.extra_time:g}" if r.extra_time > 1 else "—"
    if r.extra_time > 1 and not r.extra_time_applied:
        extra += " (no time limit)"
    item = _item(
        [
            r.name,
            r.preset.title,
            str(r.finished),
            str(r.interrupted),
            figures.percent(r.best_score),
            figures.percent(r.last_score),
            figures.duration(r.last_time_ms),
            extra,
            ", ".join(r.machines),
        ],
        [
            None,
            None,
            r.finished,
            r.interrupted,
            _sortable(r.best_score),
            _sortable(r.last_score),
            _sortable(r.last_time_ms),
            r.extra_time,
        ],
    )
    if r.interrupted:
        item.setForeground(3, colour("bad"))
    return item


def _question_item(r: QuestionRow) -> _Item:
    flags = ", ".join(str(f) for f in r.flags)
    item = _item(
        [
            figures.short(r.prompt),
            _where(r),
            r.question_type.replace("_", "/"),
            str(r.attempts),
            figures.percent(r.facility),
            figures.index(r.discrimination),
            figures.duration(r.median_time_ms),
            flags,
        ],
        [
            None,
            _place(r),
            None,
            r.attempts,
            _sortable(r.facility),
            _sortable(r.discrimination),
            _sortable(r.median_time_ms),
        ],
    )
    item.setToolTip(0, plain_tip(f"{r.ref}\n{r.prompt}"))
    item.setToolTip(1, plain_tip(f"{r.bank_file}, line {r.line}"))
    if flags:
        item.setForeground(7, colour("bad"))
    return item


def _flagged_item(r: QuestionRow) -> _Item:
    item = _item(
        [
            ", ".join(str(f) for f in r.flags),
            figures.short(r.prompt),
            _where(r),
            figures.percent(r.facility),
            figures.index(r.discrimination),
            str(r.attempts),
        ],
        [None, None, _place(r), _sortable(r.facility), _sortable(r.discrimination), r.attempts],
    )
    item.setToolTip(1, plain_tip(f"{r.ref}\n{r.prompt}"))
    item.setToolTip(2, plain_tip(f"{r.bank_file}, line {r.line}"))
    item.setForeground(0, colour("bad"))
    return item


def _where(r: QuestionRow) -> str:
    return f"{PurePath(r.bank_file).name}:{r.line}" if r.bank_file else r.ref


def _place(r: QuestionRow) -> str:
    """Sorts by bank file, then line as a number (text would put line 102 before line 20)."""
    return f"{r.bank_file}\x00{r.line:09d}\x00{r.ref}"


def _sortable(value: float | None) -> float:
    return float("-inf") if value is None else float(value)
