"""Step 1, "Who are you?": pick a learner or add one, their settings, and an unfinished quiz to
resume (after a crash or a power cut)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.progress import Learner, LearnerSettings, StoreError, UnfinishedAttempt
from quizapp.progress.model import MAX_EXTRA_TIME, MAX_FONT_SIZE, MIN_EXTRA_TIME, MIN_FONT_SIZE
from quizapp.ui import i18n
from quizapp.ui.pages.common import (
    Page,
    ask,
    button,
    button_row,
    card,
    form_label,
    shortcut,
    tell,
)
from quizapp.ui.text import keys, plain_label, plain_tip, unfinished_words
from quizapp.ui.theme import mark_heading

_ID = Qt.ItemDataRole.UserRole


# `classroom.session.META`: the key a classroom attempt carries in its configuration (spelled
# here, as importing the classroom package would slow every start; a test keeps them equal).
CLASSROOM_KEY = "classroom"


class LearnersPage(Page):
    chosen = Signal(object)  # Learner
    resume = Signal(object, object)  # Learner, UnfinishedAttempt
    settings_changed = Signal(object)  # Learner

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Who are you?"),
            self.tr(
                "Pick your name and press Enter, or add yourself. "
                "Your progress is kept on this computer."
            ),
            parent,
        )
        self.ctx = ctx
        self.unfinished: UnfinishedAttempt | None = None
        self.library_ready = False

        left = card()
        left_layout = QVBoxLayout(left)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners"))
        self.list.setAccessibleDescription(
            self.tr("Everyone who uses quizapp here; Enter continues as the selected learner")
        )
        self.list.activated.connect(lambda _: self.continue_as_selected())
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        left_layout.addWidget(plain_label(self.tr("Learners"), name=self.tr("Learners heading")))
        left_layout.addWidget(self.list, 1)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Your name"))
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("New learner's name"))
        self.name.setAccessibleDescription(self.tr("Type a name and press Enter to add a learner"))
        self.add = button(self.tr("Add learner"), self.tr("Add a learner with the name typed"))
        self.name.returnPressed.connect(self.add_learner)
        self.add.clicked.connect(self.add_learner)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.add)
        left_layout.addLayout(row)

        right = card()
        right_layout = QVBoxLayout(right)
        self.who = plain_label("", name=self.tr("Selected learner"))
        mark_heading(self.who, 1.25)
        right_layout.addWidget(self.who)
        self.go = button(
            self.tr("Continue ({key})").format(key=keys("Enter")),
            self.tr("Go to the library as this learner"),
            primary=True,
            name=self.tr("Continue"),
        )
        self.go.clicked.connect(self.continue_as_selected)
        right_layout.addWidget(self.go)

        # the unfinished quiz's card is built when there is one (`_resume_card`)
        self.resume_card: QFrame | None = None
        self._right = right_layout

        settings_title = plain_label(self.tr("Settings"), name=self.tr("Settings heading"))
        mark_heading(settings_title, 1.1)
        right_layout.addWidget(settings_title)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.extra = QDoubleSpinBox()
        self.extra.setRange(MIN_EXTRA_TIME, MAX_EXTRA_TIME)
        self.extra.setSingleStep(0.25)
        self.extra.setDecimals(2)
        self.extra.setSuffix(" ×")
        self.extra.setAccessibleName(self.tr("Extra time factor"))
        self.extra.setAccessibleDescription(
            self.tr("1 means no extra time; 1.5 gives half as much time again on every limit")
        )
        self.font_size = QSpinBox()
        self.font_size.setRange(MIN_FONT_SIZE - 1, MAX_FONT_SIZE)  # the lowest says "Default"
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.setAccessibleDescription(
            self.tr("Text size for this learner; Ctrl+plus and Ctrl+minus change it too")
        )
        form.addRow(form_label(self.tr("E&xtra time:"), self.extra), self.extra)
        form.addRow(form_label(self.tr("&Font size:"), self.font_size), self.font_size)
        self.language = QComboBox()
        self.language.addItem(self.tr("The computer's language"), None)
        for code in i18n.shipped():
            if code not in i18n.PSEUDO:
                self.language.addItem(i18n.language_name(code), code)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language quizapp speaks to this learner; the computer's by default")
        )
        form.addRow(form_label(self.tr("&Language:"), self.language), self.language)
        right_layout.addLayout(form)
        self.save_settings = button(
            self.tr("Save settings"), self.tr("Keep these settings for this learner")
        )
        self.delete = button(
            self.tr("Delete learner…"),
            self.tr("Delete this learner and all their progress, after asking"),
        )
        self.save_settings.clicked.connect(self._save_settings)
        self.delete.clicked.connect(self._delete)
        right_layout.addLayout(button_row(self.save_settings, self.delete, stretch_first=False))
        right_layout.addStretch(1)

        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        self.body.addLayout(columns, 1)
        self.stack_when_narrow(columns, 90)
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 4)
        for a, b in (
            (self.list, self.go),
            (self.go, self.name),
            (self.name, self.add),
            (self.add, self.extra),
            (self.extra, self.font_size),
            (self.font_size, self.language),
            (self.language, self.save_settings),
            (self.save_settings, self.delete),
        ):
            self.setTabOrder(a, b)

    # -- drawing -------------------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Redraw the list from the store, selecting learner `select` (or keeping the current)."""
        current = select if select is not None else self.selected_id()
        self.list.clear()
        for learner in self.ctx.store.learners(unless_only=CLASSROOM_KEY):
            item = QListWidgetItem(learner.name)
            item.setData(_ID, learner.id)
            item.setToolTip(plain_tip(learner.name))
            self.list.addItem(item)
            if learner.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._selected()

    def on_show(self) -> None:
        (self.list if self.list.count() else self.name).setFocus()

    def selected(self) -> Learner | None:
        learner_id = self.selected_id()
        return None if learner_id is None else self.ctx.store.learner(learner_id)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(_ID))

    def set_library_ready(self, ready: bool) -> None:
        self.library_ready = ready
        self._selected()

    def _selected(self) -> None:
        learner = self.selected()
        for w in (
            self.go,
            self.extra,
            self.font_size,
            self.language,
            self.save_settings,
            self.delete,
        ):
            w.setEnabled(learner is not None)
        self.who.setText(learner.name if learner else self.tr("Add yourself to begin"))
        self.who.setAccessibleName(learner.name if learner else self.tr("No learner yet"))
        self.unfinished = None
        if learner is not None:
            self.extra.setValue(learner.settings.extra_time_factor)
            self.font_size.setValue(learner.settings.font_size or self.font_size.minimum())
            self.language.setCurrentIndex(max(0, self.language.findData(learner.settings.language)))
            found = self.ctx.store.unfinished_attempts(learner.id)
            self.unfinished = found[0] if found else None
        self._draw_unfinished()

    def _resume_card(self) -> QFrame:
        """The card that offers an unfinished quiz back, below Continue (built on first use:
        most starts have none to offer)."""
        if self.resume_card is not None:
            return self.resume_card
        self.resume_card = card()
        resume_layout = QVBoxLayout(self.resume_card)
        self.resume_text = plain_label("", name=self.tr("Unfinished quiz"))
        resume_layout.addWidget(self.resume_text)
        self.resume_button = button(
            self.tr("Resume quiz ({key})").format(key=keys("Ctrl+R")),
            self.tr("Continue the unfinished quiz where it stopped"),
            primary=True,
            name=self.tr("Resume quiz"),
        )
        shortcut("Ctrl+R", self.resume_button)
        self.discard_button = button(
            self.tr("Discard it"),
            self.tr("End the unfinished quiz; the answers given so far are kept"),
        )
        self.resume_button.clicked.connect(self._resume)
        self.discard_button.clicked.connect(self._discard)
        resume_layout.addLayout(
            button_row(self.resume_button, self.discard_button, stretch_first=False)
        )
        self._right.insertWidget(self._right.indexOf(self.go) + 1, self.resume_card)
        self.setTabOrder(self.go, self.resume_button)
        self.setTabOrder(self.resume_button, self.discard_button)
        return self.resume_card

    def _draw_unfinished(self) -> None:
        u = self.unfinished
        if u is None:
            if self.resume_card is not None:
                self.resume_card.setVisible(False)
            return
        self._resume_card().setVisible(True)
        self.resume_text.setText(unfinished_words(u))
        self.resume_button.setEnabled(self.library_ready)
        if not self.library_ready:
            self.resume_button.setToolTip(self.tr("The banks are still loading…"))

    # -- moves ---------------------------------------------------------------------------------

    def continue_as_selected(self) -> None:
        learner = self.selected()
        if learner is not None:
            self.chosen.emit(learner)

    def add_learner(self) -> None:
        name = self.name.text()
        try:
            learner = self.ctx.store.create_learner(name)
        except StoreError as e:
            tell(self, self.tr("Cannot add this learner"), str(e), warning=True)
            return
        self.name.clear()
        self.refresh(select=learner.id)
        self.list.setFocus()

    def _save_settings(self) -> None:
        learner = self.selected()
        if learner is None:
            return
        size = self.font_size.value()
        try:
            settings = LearnerSettings(
                extra_time_factor=self.extra.value(),
                font_size=None if size == self.font_size.minimum() else size,
                language=self.language.currentData(),
            )
            learner = self.ctx.store.update_settings(learner.id, settings)
        except StoreError as e:
            tell(self, self.tr("Cannot save the settings"), str(e), warning=True)
            return
        self.settings_changed.emit(learner)
        tell(
            self,
            self.tr("Settings saved"),
            self.tr("The settings for {name} are saved.").format(name=learner.name),
        )

    def _delete(self) -> None:
        learner = self.selected()
        if learner is None:
            return
        learner_id = learner.id
        ask(
            self,
            self.tr("Delete learner"),
            self.tr("Delete {name} and all their progress? This cannot be undone.").format(
                name=learner.name
            ),
            lambda: self._really_delete(learner_id),
            warning=True,
        )

    def _really_delete(self, learner_id: int) -> None:
        try:
            self.ctx.store.delete_learner(learner_id)  # type: ignore[arg-type]
        except StoreError as e:
            tell(self, self.tr("Cannot delete this learner"), str(e), warning=True)
        self.refresh()

    def _resume(self) -> None:
        learner = self.selected()
        if learner is not None and self.unfinished is not None:
            self.resume.emit(learner, self.unfinished)

    def _discard(self) -> None:
        if self.unfinished is None:
            return
        try:
            used = self.unfinished.state.get("quiz_used")
            self.ctx.store.finish_attempt(
                self.unfinished.attempt.id,
                "abandoned",
                time_used_ms=round(used * 1000) if isinstance(used, (int, float)) else None,
            )
        except StoreError as e:
            tell(self, self.tr("Cannot discard the quiz"), str(e), warning=True)
        self._selected()
