"""The library window: every bank found, its question count, and a badge for bank problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.bank import Library, LoadResult


class LibraryWindow(QMainWindow):
    """Lists the banks; selecting one shows its description and each problem as file:line."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.setWindowTitle("quizapp — Library")
        self.resize(900, 560)
        self.library = library

        self.banks = QTreeWidget()
        self.banks.setHeaderLabels(["Bank", "Questions", "Problems"])
        self.banks.setRootIsDecorated(False)
        self.banks.setAccessibleName("Question banks")
        self.banks.setAccessibleDescription("Every bank on the search path; select one for details")
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName("Bank details and problems")

        count = len(library.banks)
        questions = sum(len(b.questions) for b in library.banks)
        heading = QLabel(f"{count} bank{'s' * (count != 1)}, {questions} questions")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setAccessibleName("Library summary")

        splitter = QSplitter()
        splitter.addWidget(self.banks)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 380])
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)

        for result in library.results:
            self._add(result)
        self.banks.resizeColumnToContents(0)
        self.banks.currentItemChanged.connect(self._show)
        first = self.banks.topLevelItem(0)
        if first is not None:
            self.banks.setCurrentItem(first)
        self.banks.setFocus()

    def _add(self, result: LoadResult) -> None:
        title = result.bank.title if result.bank else result.path
        count = str(len(result.bank.questions)) if result.bank else "—"
        errors, warnings = len(result.errors), len(result.warnings)
        badge = "" if not (errors or warnings) else f"⚠ {errors} errors, {warnings} warnings"
        item = QTreeWidgetItem([title, count, badge])
        item.setData(0, Qt.ItemDataRole.UserRole, result.path)
        self.banks.addTopLevelItem(item)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        path = item.data(0, Qt.ItemDataRole.UserRole)
        result = next(r for r in self.library.results if r.path == path)
        lines = [result.path]
        if result.bank:
            bank = result.bank
            lines += ["", bank.title]
            if bank.description:
                lines += [bank.description]
            lines += [f"{len(bank.questions)} questions; tags: {', '.join(bank.tags) or 'none'}"]
        if result.skipped:
            lines += ["", f"{len(result.skipped)} questions were skipped because of errors."]
        if result.problems:
            lines += ["", "Problems:"] + [p.format() for p in result.problems]
        self.details.setPlainText("\n".join(lines))
