"""A teacher drafts a bank from a text: pick a .txt, read each draft question with its quote
highlighted in the text, keep or drop it, and save the kept ones into `<data>/banks/`, where the
library picks them up. Drafting and saving run off the GUI thread; every text shown is plain."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QWidget,
)

from quizapp.ui.pages.common import Page, button, button_row, shortcut, tell
from quizapp.ui.pages.reader import highlight_quote
from quizapp.ui.text import keys, plain_label, plural
from quizapp.ui.workers import run_job
from quizapp.words import question_type, shown_answer


def open_in(window: Any) -> None:
    """The Teacher menu's "Draft a bank from a text…": ask for a text, then show its draft."""
    if window.quiz_running():
        return
    page = getattr(window, "draft_page", None)
    if page is None:
        page = DraftPage(window.ctx.paths.user_bank_dir)
        window._add_page(page)
        page.back.connect(lambda: window.show_page(page.came_from or window.learners))
        page.saved.connect(lambda _path: window.reload_library())
        window.draft_page = page
    if window.current_page() is not page:
        page.came_from = window.current_page()
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("DraftingPage", "Draft a bank from a text"),
        "",
        QCoreApplication.translate("DraftingPage", "Texts (*.txt)"),
    )
    if path:
        window.show_page(page)
        page.load(Path(path))


def _draft(path: Path) -> tuple[str, Any]:
    from quizapp.draft import draft_bank
    from quizapp.draft.textfile import read_text

    raw = read_text(path)
    return raw, draft_bank(raw)


class DraftPage(Page):
    back = Signal()
    loaded = Signal()
    saved = Signal(Path)

    def __init__(self, banks_folder: Path) -> None:
        super().__init__(
            self.tr("Draft a bank from a text"),
            self.tr(
                "Read each draft question against its highlighted quote; untick the ones to drop."
            ),
        )
        self.banks_folder = banks_folder
        self.came_from: QWidget | None = None
        self.path: Path | None = None
        self.raw = ""
        self.draft: Any = None
        self.summary = plain_label("", name=self.tr("Draft summary"))
        self.questions = QListWidget()
        self.questions.setAccessibleName(self.tr("Draft questions"))
        self.questions.setAccessibleDescription(
            self.tr(
                "Each draft question; the box says whether it is kept. Space ticks or unticks it."
            )
        )
        self.questions.setWordWrap(True)
        self.questions.setSpacing(4)
        self.questions.currentRowChanged.connect(self._show_quote)
        self.questions.itemChanged.connect(lambda _item: self._count())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Source text"))
        self.text.setAccessibleDescription(
            self.tr("The text; the chosen question's quote is highlighted")
        )
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.questions)
        split.addWidget(self.text)
        split.setChildrenCollapsible(False)
        self.choose = button(
            self.tr("Choose a text… ({key})").format(key=keys("Ctrl+O")),
            self.tr("Pick another .txt file to draft from"),
        )
        self.save = button(
            self.tr("Save kept questions ({key})").format(key=keys("Ctrl+S")),
            self.tr("Write the kept questions as a bank into your banks folder"),
            primary=True,
        )
        self.save.setEnabled(False)
        self.done = button(
            self.tr("Back ({key})").format(key=keys("Esc")),
            self.tr("Leave without saving"),
            name=self.tr("Back"),
        )
        self.choose.clicked.connect(self._choose)
        self.save.clicked.connect(self.save_kept)
        self.done.clicked.connect(self.back)
        shortcut("Ctrl+O", self.choose, self)
        shortcut("Ctrl+S", self.save, self)
        self.body.addWidget(self.summary)
        self.body.addWidget(split, 1)
        self.body.addLayout(button_row(self.choose, self.save, self.done))

    # -- loading -------------------------------------------------------------------------------

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Draft a bank from a text"), "", self.tr("Texts (*.txt)")
        )
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read and draft `path` off the GUI thread, then list the questions."""
        self.path = path
        self.save.setEnabled(False)
        self.questions.clear()
        self.summary.setText(self.tr("Drafting from {name}…").format(name=path.name))
        run_job(lambda: _draft(path), self._show, self._failed)

    def _failed(self, error: Exception) -> None:
        self.summary.setText("")
        tell(
            self,
            self.tr("No draft from this text"),
            self.tr("{path}: {error}").format(path=self.path, error=error),
            warning=True,
        )

    def _show(self, result: tuple[str, Any]) -> None:
        self.raw, self.draft = result
        self.text.setPlainText(self.raw)
        self.questions.blockSignals(True)
        for q in self.draft.questions:
            answer = self.tr("Answer: {answer}").format(answer=_answer(q))
            item = QListWidgetItem(f"{question_type(q['type'])}: {q['prompt']}\n{answer}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.questions.addItem(item)
        self.questions.blockSignals(False)
        if self.draft.questions:
            self.questions.setCurrentRow(0)
        self._count()
        self.questions.setFocus()
        self.loaded.emit()

    # -- reading -------------------------------------------------------------------------------

    def kept(self) -> list[dict[str, Any]]:
        if self.draft is None:
            return []
        return [
            q
            for i, q in enumerate(self.draft.questions)
            if self.questions.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _count(self) -> None:
        total = len(self.draft.questions) if self.draft else 0
        kept = len(self.kept())
        name = self.path.name if self.path else ""
        self.summary.setText(
            self.tr("{draft_questions} from {name}: {kept} kept.").format(
                draft_questions=plural(total, "draft question"), name=name, kept=kept
            )
            if total
            else self.tr("Nothing to ask about was found in {name}.").format(name=name)
        )
        self.save.setEnabled(kept > 0)

    def _show_quote(self, row: int) -> None:
        if self.draft is not None and 0 <= row < len(self.draft.questions):
            highlight_quote(self.text, self.draft.questions[row]["source"])

    def highlighted_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    # -- saving --------------------------------------------------------------------------------

    def save_kept(self) -> None:
        kept = self.kept()
        if not kept or self.path is None:
            return
        from quizapp.draft.bankfile import save_into

        draft = dataclasses.replace(self.draft, questions=tuple(kept))
        folder, raw, name = self.banks_folder, self.raw, self.path.name
        self.save.setEnabled(False)
        run_job(lambda: save_into(folder, raw, name, draft), self._saved, self._save_failed)

    def _saved(self, bank: Path) -> None:
        self.save.setEnabled(True)
        tell(
            self,
            self.tr("Draft saved"),
            self.tr(
                "{name} is in your banks folder ({parent}). Its questions are marked as "
                "drafts: check and edit them, then remove the `draft` tags."
            ).format(name=bank.name, parent=bank.parent),
        )
        self.saved.emit(bank)

    def _save_failed(self, error: Exception) -> None:
        self.save.setEnabled(True)
        tell(self, self.tr("The draft cannot be saved"), str(error), warning=True)

    def on_show(self) -> None:
        self.questions.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


def _answer(q: dict[str, Any]) -> str:
    if "answer" in q:
        answer = q["answer"]
        # a true/false draft's answer in the chosen language, as the quiz shows it
        return (
            ", ".join(map(str, answer)) if isinstance(answer, list) else shown_answer(str(answer))
        )
    if "items" in q:
        return " → ".join(q["items"])
    return "; ".join(f"{k} — {v}" for k, v in q.get("pairs", {}).items())
