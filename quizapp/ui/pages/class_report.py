"""The class report for a teacher: a classroom results folder merged (off the GUI thread) into
the numbers of `quizapp report` — per learner, per question (facility, discrimination, median
time), flagged questions with their bank file and line, unreadable files — and the same report
saved as a web page and opened in the browser."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path, PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
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
from quizapp.ui.text import keys, plain_label, plain_tip, plural
from quizapp.ui.theme import colour
from quizapp.ui.workers import run_job
from quizapp.words import decimal, flag, question_type

_SORT = Qt.ItemDataRole.UserRole  # the value a column sorts by (numbers as numbers)

# column headings, translated when a table is built
_LEARNER = QT_TRANSLATE_NOOP("ClassReportPage", "Learner")
_PRESET = QT_TRANSLATE_NOOP("ClassReportPage", "Preset")
_FINISHED = QT_TRANSLATE_NOOP("ClassReportPage", "Finished")
_INTERRUPTED = QT_TRANSLATE_NOOP("ClassReportPage", "Interrupted")
_BEST = QT_TRANSLATE_NOOP("ClassReportPage", "Best")
_LAST = QT_TRANSLATE_NOOP("ClassReportPage", "Last")
_TIME_LAST = QT_TRANSLATE_NOOP("ClassReportPage", "Time (last)")
_EXTRA = QT_TRANSLATE_NOOP("ClassReportPage", "Extra time")
_MACHINES = QT_TRANSLATE_NOOP("ClassReportPage", "Machines")
_QUESTION = QT_TRANSLATE_NOOP("ClassReportPage", "Question")
_WHERE = QT_TRANSLATE_NOOP("ClassReportPage", "Bank file:line")
_TYPE = QT_TRANSLATE_NOOP("ClassReportPage", "Type")
_ASKED = QT_TRANSLATE_NOOP("ClassReportPage", "Asked")
_FACILITY = QT_TRANSLATE_NOOP("ClassReportPage", "Facility")
_DISCRIMINATION = QT_TRANSLATE_NOOP("ClassReportPage", "Discrimination")
_MEDIAN = QT_TRANSLATE_NOOP("ClassReportPage", "Median time")
_FLAGS = QT_TRANSLATE_NOOP("ClassReportPage", "Flags")
LEARNER_COLUMNS = (_LEARNER, _PRESET, _FINISHED, _INTERRUPTED, _BEST, _LAST, _TIME_LAST, _EXTRA)
LEARNER_COLUMNS += (_MACHINES,)
QUESTION_COLUMNS = (_QUESTION, _WHERE, _TYPE, _ASKED, _FACILITY, _DISCRIMINATION, _MEDIAN, _FLAGS)
FLAGGED_COLUMNS = (_FLAGS, _QUESTION, _WHERE, _FACILITY, _DISCRIMINATION, _ASKED)


def open_in_browser(path: Path) -> bool:
    """Open a saved report in the default browser (a seam: tests replace it)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ClassReportPage(Page):
    back = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(
            self.tr("Class report"),
            self.tr(
                "Choose the folder the classroom results were collected in (a USB stick, a shared "
                "folder, or several sticks' folders side by side)."
            ),
        )
        self.ctx = ctx
        self.folder: Path | None = None
        self.report: ClassReport | None = None
        self.open_url: Callable[[Path], object] = open_in_browser

        self.choose = button(
            self.tr("Choose results folder… ({key})").format(key=keys("Ctrl+O")),
            self.tr("Pick the folder of results files to report on"),
            primary=True,
            name=self.tr("Choose results folder"),
        )
        self.save = button(
            self.tr("Save as a web page… ({key})").format(key=keys("Ctrl+S")),
            self.tr("Save the report as one HTML file and open it in the browser"),
            name=self.tr("Save as a web page"),
        )
        self.done = button(
            self.tr("Back ({key})").format(key=keys("Esc")),
            self.tr("Leave the class report"),
            name=self.tr("Back"),
        )
        shortcut("Ctrl+O", self.choose)
        shortcut("Ctrl+S", self.save)
        self.choose.clicked.connect(self.choose_folder)
        self.save.clicked.connect(self.choose_html_file)
        self.done.clicked.connect(self.back)
        self.save.setEnabled(False)
        self.body.addLayout(button_row(self.done, self.save, self.choose))

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Reading the results"))
        self.busy.hide()
        self.body.addWidget(self.busy)
        self.summary = plain_label("", name=self.tr("Summary"), selectable=True)
        self.body.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Report tables"))
        self.learners = _table(
            LEARNER_COLUMNS,
            self.tr("Learners"),
            self.tr("One row per learner and preset"),
            stretch=8,
        )
        self.questions = _table(
            QUESTION_COLUMNS,
            self.tr("Questions"),
            self.tr(
                "Facility, discrimination and median time of every question, over finished attempts"
            ),
            stretch=0,
            sort=1,
        )
        self.flagged = _table(
            FLAGGED_COLUMNS,
            self.tr("Flagged questions"),
            self.tr("Too easy, too hard or negative discrimination, with the bank file and line"),
            stretch=1,
            sort=2,
        )
        self.unreadable = _table(
            (self.tr("File"), self.tr("Why it cannot be read")),
            self.tr("Unreadable files"),
            "",
            stretch=1,
        )
        self.tabs.addTab(self.learners, self.tr("&Learners"))
        self.tabs.addTab(self.questions, self.tr("&Questions"))
        self.tabs.addTab(self.flagged, self.tr("&Flagged"))
        self.tabs.addTab(self.unreadable, self.tr("&Unreadable"))
        self.body.addWidget(self.tabs, 1)
        self.glossary = plain_label(
            self.tr(
                "Facility: the mean score on a question (100% = everyone right); flagged too "
                "easy above {easy}%, too hard below {hard}%. Discrimination: the "
                "correlation (−1 to 1) between the score on a question and on the rest of "
                "the attempt; above 0.3 is good, below 0 is flagged (check the answer key "
                "and the wording). Interrupted attempts count per learner only."
            ).format(easy=round(TOO_EASY_ABOVE * 100), hard=round(TOO_HARD_BELOW * 100)),
            name=self.tr("Reading the numbers"),
        )
        self.glossary.setProperty("muted", True)
        self.body.addWidget(self.glossary)
        self._draw_empty()

    # -- loading -------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        start = str(self.folder) if self.folder else str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the results folder"), start)
        if chosen:
            self.load(Path(chosen))

    def load(self, folder: Path) -> None:
        """Read and merge `folder` off the GUI thread, then show the numbers."""
        if not folder.is_dir():
            tell(
                self,
                self.tr("No such folder"),
                self.tr("{folder} is not a folder.").format(folder=folder),
                warning=True,
            )
            return
        self.folder = folder
        self.busy.show()
        self.choose.setEnabled(False)
        self.summary.setText(self.tr("Reading {folder}…").format(folder=folder))
        run_job(lambda: class_report(folder), self.show_report, self._failed)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        self.choose.setEnabled(True)
        self.summary.setText("")
        tell(self, self.tr("The results cannot be read"), str(error), warning=True)

    # -- drawing -------------------------------------------------------------------------------

    def show_report(self, report: ClassReport) -> None:
        self.report = report
        self.busy.hide()
        self.choose.setEnabled(True)
        self.save.setEnabled(True)
        m = report.merged
        presets = ", ".join(p.title for p in report.presets) or self.tr("no results yet")
        self.set_title(self.tr("Class report — {presets}").format(presets=presets))
        mean = figures.percent(report.mean_score)
        median = figures.percent(report.median_score)
        lines = []
        if m.conflicts:
            lines.append(
                self.tr(
                    "%n attempt(s) with conflicting copies, not counted: see the Unreadable tab.",
                    "",
                    len(m.conflicts),
                )
            )
        lines.append(str(m.folder))
        lines.append(
            self.tr(
                "{attempts} ({finished} finished, {interrupted} interrupted) from {files}; "
                "{duplicates} ignored; {unreadable}. Mean score {mean}, median {median}. "
                "{flagged} flagged."
            ).format(
                **figures.merged_counts(report),
                mean=mean,
                median=median,
                flagged=plural(len(report.flagged), "question"),
            )
        )
        self.summary.setText("\n".join(lines))
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
            (
                path,
                self.tr(
                    "attempt {id} differs in %n file(s); none is counted", "", len(c.paths)
                ).format(id=c.attempt_id),
            )
            for c in m.conflicts
            for path in c.paths
        ]
        self.unreadable.addTopLevelItems([_item(row) for row in bad])
        self.tabs.setTabText(2, self.tr("&Flagged ({count})").format(count=len(report.flagged)))
        self.tabs.setTabText(3, self.tr("&Unreadable ({count})").format(count=len(bad)))
        self.tabs.setTabVisible(3, bool(bad))
        self.learners.setFocus()
        self.loaded.emit()

    def _draw_empty(self) -> None:
        self.summary.setText(self.tr("No folder chosen yet."))
        self.tabs.setTabVisible(3, False)

    # -- saving --------------------------------------------------------------------------------

    def choose_html_file(self) -> None:
        if self.report is None:
            return
        start = (self.folder or Path.home()) / "report.html"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the class report"), str(start), self.tr("Web page (*.html)")
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
                self.tr("The report cannot be saved"),
                self.tr("{path} cannot be written: {reason}.").format(
                    path=path, reason=os_words(e)
                ),
                warning=True,
            )
            return False
        if not self.open_url(path):
            tell(
                self,
                self.tr("Report saved"),
                self.tr("The report is saved as {path}. Open it in a browser.").format(path=path),
            )
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
    tree.setHeaderLabels([QCoreApplication.translate("ClassReportPage", c) for c in columns])
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
    extra = decimal(f"× {r.extra_time:g}") if r.extra_time > 1 else "—"
    if r.extra_time > 1 and not r.extra_time_applied:
        extra += " " + QCoreApplication.translate("ClassReportPage", "(no time limit)")
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
    flags = ", ".join(flag(f) for f in r.flags)
    item = _item(
        [
            figures.short(r.prompt),
            _where(r),
            question_type(r.question_type),
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
    item.setToolTip(
        1,
        plain_tip(
            QCoreApplication.translate("ClassReportPage", "{file}, line {line}").format(
                file=r.bank_file, line=r.line
            )
        ),
    )
    if flags:
        item.setForeground(7, colour("bad"))
    return item


def _flagged_item(r: QuestionRow) -> _Item:
    item = _item(
        [
            ", ".join(flag(f) for f in r.flags),
            figures.short(r.prompt),
            _where(r),
            figures.percent(r.facility),
            figures.index(r.discrimination),
            str(r.attempts),
        ],
        [None, None, _place(r), _sortable(r.facility), _sortable(r.discrimination), r.attempts],
    )
    item.setToolTip(1, plain_tip(f"{r.ref}\n{r.prompt}"))
    item.setToolTip(
        2,
        plain_tip(
            QCoreApplication.translate("ClassReportPage", "{file}, line {line}").format(
                file=r.bank_file, line=r.line
            )
        ),
    )
    item.setForeground(0, colour("bad"))
    return item


def _where(r: QuestionRow) -> str:
    return f"{PurePath(r.bank_file).name}:{r.line}" if r.bank_file else r.ref


def _place(r: QuestionRow) -> str:
    """Sorts by bank file, then line as a number (text would put line 102 before line 20)."""
    return f"{r.bank_file}\x00{r.line:09d}\x00{r.ref}"


def _sortable(value: float | None) -> float:
    return float("-inf") if value is None else float(value)
