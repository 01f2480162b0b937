"""Step 2, the library: every bank with its size, tags, the learner's last score and what is due,
a badge on banks with problems, and each problem as `file:line:col: message` when opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.app.reads import BankSummary
from quizapp.bank import Library, LoadResult, Problem
from quizapp.progress import UnfinishedAttempt
from quizapp.ui.pages.common import Page, button, button_row, card, shortcut
from quizapp.ui.text import (
    PathLabel,
    keys,
    percent,
    plain_label,
    plain_tip,
    plural,
    unfinished_words,
)
from quizapp.ui.theme import colour, mark_heading

_KEY = Qt.ItemDataRole.UserRole
COLUMNS = (  # headings, translated when the list is built
    QT_TRANSLATE_NOOP("LibraryPage", "Bank"),
    QT_TRANSLATE_NOOP("LibraryPage", "Questions"),
    QT_TRANSLATE_NOOP("LibraryPage", "Tags"),
    QT_TRANSLATE_NOOP("LibraryPage", "Last score"),
    QT_TRANSLATE_NOOP("LibraryPage", "Due"),
    QT_TRANSLATE_NOOP("LibraryPage", "Problems"),
)
# Characters a column takes at most (0: its whole text), and those it keeps when the list is too
# narrow for every column (0: it does not give way): the title and tags are elided before the
# list scrolls sideways, and every heading stays whole.
_MOST = (30, 0, 20, 0, 0, 0)
_LEAST = (12, 0, 6, 0, 0, 10)
_TAGS, _SHARED = 2, (0, 5)  # tags give way first, then the title and problems alike


def _file_name(path: str) -> str:
    """A file's name for the list (its folder is in the tooltip and the details): eliding the
    whole path would cut off the name, the part that tells the files apart."""
    return Path(path).name or path


def _fitted(
    widths: list[int], least: list[int], room: int, caps: list[int] | None = None
) -> list[int]:
    """`widths` fitted to `room`: tags shrink toward their least, then the title and problems
    alike, the wider first, toward theirs (and grow toward `caps`, else `widths`, where the
    others shrank); the sum is more than `room` where even the least widths do not fit."""
    widths, caps = list(widths), caps or widths
    widths[_TAGS] -= max(0, min(sum(widths) - room, widths[_TAGS] - least[_TAGS]))
    room -= sum(w for col, w in enumerate(widths) if col not in _SHARED)
    low, high = 0, max(caps)
    while low < high:  # the widest cap on title and problems at which both fit the room
        cap = (low + high + 1) // 2
        if sum(max(least[c], min(caps[c], cap)) for c in _SHARED) <= room:
            low = cap
        else:
            high = cap - 1
    for col in _SHARED:
        widths[col] = max(least[col], min(caps[col], low))
    return widths


class LibraryPage(Page):
    set_up = Signal(str)  # bank id
    quick_start = Signal(str)
    read = Signal(str)
    resume = Signal(object)  # the UnfinishedAttempt

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Library"), self.tr("Loading the banks…"), parent)
        self.ctx = ctx
        self.summaries: dict[str, BankSummary] = {}
        self._search_problems: dict[str, list[Problem]] = {}
        self.unfinished: UnfinishedAttempt | None = None
        # what is shown only now and then is built when first shown: the unfinished quiz's
        # card (`_unfinished_card`), a bank's list of problems (`_problem_list`)
        self.unfinished_card: QFrame | None = None
        self.problems: QListWidget | None = None
        self.loading = QProgressBar()
        self.loading.setRange(0, 0)
        self.loading.setAccessibleName(self.tr("Loading the banks"))
        self.body.addWidget(self.loading)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr(c) for c in COLUMNS])
        for col, heading in enumerate(COLUMNS):  # whole where fit_columns elides it
            self.tree.headerItem().setToolTip(col, self.tr(heading))
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Question banks"))
        self.tree.setAccessibleDescription(
            self.tr("Every bank found; Enter sets up a quiz on the selected one")
        )
        header = self.tree.header()
        # The columns fit the list's width (fit_columns, again when it is resized); the problems
        # column takes what is left, and the list scrolls sideways only past the least widths.
        header.setStretchLastSection(True)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a header clips by default
        for col in range(len(COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        # the header spans the list's viewport (asking for the viewport makes PySide build
        # scroll bar and message box types at start)
        header.installEventFilter(self)
        self.tree.currentItemChanged.connect(lambda *_: self._draw_details())
        self.tree.itemActivated.connect(lambda *_: self._emit(self.set_up))

        details = card()
        d = QVBoxLayout(details)
        self.title = plain_label("", name=self.tr("Bank title"), selectable=True)
        mark_heading(self.title, 1.25)
        self.about = plain_label("", name=self.tr("About this bank"), selectable=True)
        self.about.setProperty("muted", True)
        self.path = PathLabel(self.tr("Bank file"))
        self.badge = plain_label("", name=self.tr("Problems in this bank"))
        self.badge.setProperty("badge", True)
        self.start = button(
            self.tr("Set up a quiz ({key})").format(key=keys("Enter")),
            self.tr("Choose mode, size and time for a quiz on this bank"),
            primary=True,
            name=self.tr("Set up a quiz"),
        )
        self.quick = button(
            self.tr("Quick practice ({key})").format(key=keys("Ctrl+Enter")),
            self.tr("Start a 10-question practice quiz now"),
            name=self.tr("Quick practice"),
        )
        self.reader = button(
            self.tr("Read the text ({key})").format(key=keys("Ctrl+T")),
            self.tr("Open the text the questions are built from"),
            name=self.tr("Read the text"),
        )
        shortcut("Ctrl+Return", self.quick)
        shortcut("Ctrl+T", self.reader)
        self.start.clicked.connect(lambda: self._emit(self.set_up))
        self.quick.clicked.connect(lambda: self._emit(self.quick_start))
        self.reader.clicked.connect(lambda: self._emit(self.read))
        for w in (self.title, self.about, self.path, self.badge):
            d.addWidget(w)
        self._details = d
        d.addStretch(1)  # a bank's problem list goes above it (`_problem_list`)
        d.addLayout(button_row(self.start, self.quick, self.reader, stretch_first=False))

        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.addWidget(self.tree, 3)
        self.columns.addWidget(details, 2)
        self.body.addLayout(self.columns, 1)
        self.stack_when_narrow(self.columns, 130)
        self.tree.setMinimumHeight(self.tree.fontMetrics().height() * 8)
        self.setTabOrder(self.tree, self.start)
        self.setTabOrder(self.start, self.quick)
        self.setTabOrder(self.quick, self.reader)

    # -- drawing -------------------------------------------------------------------------------

    def show_unfinished(self, unfinished: UnfinishedAttempt | None) -> None:
        """Offer the learner's unfinished quiz back here too (not only on "Who are you?")."""
        self.unfinished = unfinished
        if unfinished is None:
            if self.unfinished_card is not None:
                self.unfinished_card.setVisible(False)
            return
        self._unfinished_card().setVisible(True)
        self.unfinished_text.setText(unfinished_words(unfinished))

    def _unfinished_card(self) -> QFrame:
        """The card above the list that offers the unfinished quiz back."""
        if self.unfinished_card is not None:
            return self.unfinished_card
        self.unfinished_card = card()
        u = QHBoxLayout(self.unfinished_card)
        self.unfinished_text = plain_label("", name=self.tr("Unfinished quiz"))
        self.resume_button = button(
            self.tr("Resume ({key})").format(key=keys("Ctrl+R")),
            self.tr("Continue the unfinished quiz where it stopped"),
            name=self.tr("Resume"),
        )
        shortcut("Ctrl+R", self.resume_button)
        self.resume_button.clicked.connect(
            lambda: self.resume.emit(self.unfinished) if self.unfinished else None
        )
        u.addWidget(self.unfinished_text, 1)
        u.addWidget(self.resume_button)
        self.body.insertWidget(0, self.unfinished_card)
        return self.unfinished_card

    def _problem_list(self) -> QListWidget:
        """The list of a bank's problems, in the details below its badge."""
        if self.problems is not None:
            return self.problems
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setAccessibleDescription(self.tr("Each problem as file:line:column: message"))
        self.problems.setWordWrap(True)
        self._details.insertWidget(self._details.indexOf(self.badge) + 1, self.problems, 1)
        self.setTabOrder(self.reader, self.problems)
        return self.problems

    def set_loading(self, loading: bool) -> None:
        self.loading.setVisible(loading)
        if loading and not self.tree.topLevelItemCount():
            self.set_title(self.tr("Library"), self.tr("Loading the banks…"))

    def show_library(self, library: Library) -> None:
        """Redraw from `library`, keeping the selected bank and the scroll position."""
        keep = self.selected_key()
        # an empty list has no place to keep (and its scroll bar is not touched: the first
        # touch makes PySide build the scroll bar's Python type, at start)
        shown = self.tree.topLevelItemCount() > 0
        scroll = self.tree.verticalScrollBar().value() if shown else 0
        self.tree.clear()
        # Problems of the search (a second bank with the same id) belong to that file's row.
        self._search_problems: dict[str, list[Problem]] = {}
        for problem in library.problems:
            self._search_problems.setdefault(problem.path, []).append(problem)
        paths = {r.path for r in library.results}
        for result in library.results:
            self.tree.addTopLevelItem(self._item(result))
        for problem in library.problems:
            if problem.path in paths:
                continue
            item = QTreeWidgetItem(
                [_file_name(problem.path), "—", "", "", "", "⚠ " + problem.message]
            )
            item.setData(0, _KEY, "problem:" + problem.path)
            item.setToolTip(0, plain_tip(problem.path))
            item.setToolTip(5, plain_tip(problem.message))
            self.tree.addTopLevelItem(item)
        self.fit_columns()
        banks, questions = len(library.banks), sum(len(b.questions) for b in library.banks)
        self.set_title(
            self.tr("Library"),
            self.tr("{banks}, {questions}. Pick a bank and press Enter to set up a quiz.").format(
                banks=plural(banks, "bank"), questions=plural(questions, "question")
            ),
        )
        self.select(keep)
        if shown:
            self.tree.verticalScrollBar().setValue(scroll)
        self._draw_details()

    def show_summaries(self, summaries: dict[str, BankSummary]) -> None:
        self.summaries = summaries
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            s = summaries.get(str(item.data(0, _KEY)))
            item.setText(3, percent(s.last_score) if s and s.last_score is not None else "—")
            item.setText(4, str(s.due) if s and s.due else "—")
        self.fit_columns()  # "100 %" is wider than the "—" the columns were fitted to

    def _loaded(self, result: LoadResult) -> bool:
        """Whether `result`'s bank is the one the library uses (not a copy with the same id)."""
        return result.bank is not None and self.ctx.bank(result.bank.id) is result.bank

    def _item(self, result: LoadResult) -> QTreeWidgetItem:
        if result.bank is not None and not self._loaded(result):
            item = QTreeWidgetItem(
                [
                    self.tr("{title} (not loaded)").format(title=result.bank.title),
                    "—",
                    "",
                    "—",
                    "—",
                    "⚠ " + self.tr("same id as another bank"),
                ]
            )
            item.setData(0, _KEY, "file:" + result.path)
            item.setForeground(5, colour("bad"))
            item.setToolTip(0, plain_tip(result.path))
            return item
        bank = result.bank
        errors, warnings = len(result.errors), len(result.warnings)
        badge = ""
        if errors or warnings:
            parts = [plural(errors, "error")] if errors else []
            parts += [plural(warnings, "warning")] if warnings else []
            badge = "⚠ " + ", ".join(parts)
        key = bank.id if bank else "file:" + result.path
        s = self.summaries.get(bank.id) if bank else None
        tags = bank.tags if bank else ()  # once: each time reads every question's tags
        item = QTreeWidgetItem(
            [
                bank.title if bank else _file_name(result.path),
                str(len(bank.questions)) if bank else "—",
                ", ".join(tags[:4]) + (" …" if len(tags) > 4 else ""),
                percent(s.last_score) if s and s.last_score is not None else "—",
                str(s.due) if s and s.due else "—",
                badge,
            ]
        )
        item.setData(0, _KEY, key)
        if badge:
            item.setForeground(5, colour("bad"))
            item.setToolTip(5, self.tr("Open the bank to see each problem"))
        item.setToolTip(0, plain_tip(bank.title if bank else result.path))
        if bank:
            item.setToolTip(2, plain_tip(", ".join(tags)))
        return item

    def fit_columns(self) -> None:
        """Each column as wide as its contents, the title up to 30 characters, tags up to 20;
        where the list is narrower than that, tags give way, then the title and problems (the
        wider first), elided with the whole text in their tooltip, down to a few characters and
        their heading. Narrower still (a small screen with large text), the Tags column goes
        (the details card lists the tags), then the headings of the number columns are elided
        to their numbers (whole in their tooltips) before the list scrolls sideways."""
        header, tree = self.tree.header(), self.tree
        header.setSectionHidden(_TAGS, False)  # a hidden section's heading measures 0
        char = max(1, tree.fontMetrics().averageCharWidth())
        widths, least, numbers = [], [], []
        for col, (most, keep) in enumerate(zip(_MOST, _LEAST, strict=True)):
            contents = tree.sizeHintForColumn(col)
            width = max(contents, header.sectionSizeHint(col))
            width = min(width, most * char + 24) if most else width
            widths.append(width)
            floor = max(header.sectionSizeHint(col), keep * char + 24)
            least.append(min(width, floor) if keep else width)
            numbers.append(least[-1] if keep else min(width, max(contents, 3 * char + 24)))
        room = header.width()  # the viewport's width
        fitted = _fitted(widths, least, room)
        header.setSectionHidden(_TAGS, sum(fitted) > room)
        if header.isSectionHidden(_TAGS):
            widths[_TAGS] = least[_TAGS] = numbers[_TAGS] = 0
            fitted = _fitted(widths, least, room)
            if sum(fitted) > room:
                fitted = _fitted(numbers, numbers, room, caps=widths)
        for col, width in enumerate(fitted):
            if col != _TAGS or not header.isSectionHidden(_TAGS):
                header.resizeSection(col, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list's columns are fitted again to its new width."""
        if event.type() == QEvent.Type.Resize:  # only the list's header is watched
            self.fit_columns()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
        elif event.type() == QEvent.Type.PaletteChange:  # the desktop switched light/dark
            self._recolour()

    def _recolour(self) -> None:
        """Problem badges in the current theme's colour (items keep the colour they got)."""
        bad = colour("bad")
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.text(5):
                item.setForeground(5, bad)

    def layout_stretch(self) -> None:
        """Without problems to list, the space goes below the buttons' text, not between."""
        listing = self.problems is not None and self.problems.count() > 0
        if self.problems is not None:
            self._details.setStretch(self._details.indexOf(self.problems), 1 if listing else 0)
        stretch = self._details.count() - 2  # above the row of buttons
        self._details.setStretch(stretch, 0 if listing else 1)

    def selected_key(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(0, _KEY))

    def selected_bank_id(self) -> str | None:
        key = self.selected_key()
        return key if key and self.ctx.bank(key) else None

    def select(self, key: str | None) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if key is None or item.data(0, _KEY) == key:
                self.tree.setCurrentItem(item)
                return
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _draw_details(self) -> None:
        key = self.selected_key()
        result = self._result(key)
        bank = result.bank if result and self._loaded(result) else None
        problem_lines: list[str] = []
        if result is None:
            self.title.setText("")
            self.about.setText("")
            self.path.set_path("")
            self.badge.setText("")
        else:
            self.title.setText(bank.title if bank else result.path)
            found = self._search_problems.get(result.path, [])
            lines = [bank.description or ""] if bank else []
            if bank:
                tags = ", ".join(bank.tags) or self.tr("none", "no tags")
                lines.append(
                    self.tr("{questions} · tags: {tags}").format(
                        questions=plural(len(bank.questions), "question"), tags=tags
                    )
                )
                if bank.source and bank.source.title:
                    lines.append(self.tr("Source: {title}").format(title=bank.source.title))
            self.about.setText("\n".join(x for x in lines if x))
            self.path.set_path(result.path)
            n = len(result.problems) + len(found)
            if result.skipped:
                badge = self.tr("{problems}; {questions} left out:").format(
                    problems=plural(n, "problem"),
                    questions=plural(len(result.skipped), "question"),
                )
            else:
                badge = self.tr("{problems}:").format(problems=plural(n, "problem"))
            self.badge.setText("⚠ " + badge if n else "")
            problem_lines = [p.format() for p in [*found, *result.problems]]
        if problem_lines or self.problems is not None:
            listed = self._problem_list()
            listed.clear()
            listed.addItems(problem_lines)
            listed.setVisible(bool(problem_lines))
        self.layout_stretch()
        self.badge.setVisible(bool(self.badge.text()))
        usable = bank is not None
        for w in (self.start, self.quick):
            w.setEnabled(usable)
        self.reader.setEnabled(bool(bank and bank.source and bank.source.file))

    def _result(self, key: str | None) -> LoadResult | None:
        if key is None:
            return None
        for r in self.ctx.library.results:
            if (self._loaded(r) and r.bank and r.bank.id == key) or "file:" + r.path == key:
                return r
        return None

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        bank_id = self.selected_bank_id()
        if bank_id is not None:
            signal.emit(bank_id)

    def on_show(self) -> None:
        self.tree.setFocus()
