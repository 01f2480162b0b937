"""Step 3, setting up a quiz: mode, number of questions, tags and time limits. The defaults
(practice, 10 questions, no time limit) mean one press of Enter starts."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.app.quiz import DEFAULT_COUNT
from quizapp.bank import Bank, BankId, QuestionType
from quizapp.quiz import Mode, QuestionRef, QuizConfig
from quizapp.ui.pages.common import Page, button, button_row, card, form_label, tell
from quizapp.ui.text import keys, mode_words, plain_label, plural
from quizapp.words import decimal, question_type

MODES = (  # each mode's name (quizapp.words) and what it does, translated when shown
    (Mode.PRACTICE, QT_TRANSLATE_NOOP("SetupPage", "Feedback after every answer; pause any time")),
    (
        Mode.EXAM,
        QT_TRANSLATE_NOOP(
            "SetupPage", "No feedback until the end; a time limit per question; skip and come back"
        ),
    ),
    (Mode.MISTAKES, QT_TRANSLATE_NOOP("SetupPage", "The questions you last got wrong")),
    (
        Mode.REVIEW,
        QT_TRANSLATE_NOOP("SetupPage", "The questions the review schedule says are due now"),
    ),
)
TYPES = (  # in this order; words.question_type names them
    QuestionType.SINGLE,
    QuestionType.MULTIPLE,
    QuestionType.TRUE_FALSE,
    QuestionType.SHORT,
    QuestionType.NUMERIC,
    QuestionType.ORDER,
    QuestionType.MATCH,
)


class SetupPage(Page):
    start = Signal(object)  # QuizConfig
    back = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Set up a quiz"))
        self.ctx = ctx
        self.bank: Bank | None = None
        form_card = card()
        form = QFormLayout(form_card)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above when narrow

        self.mode = QComboBox()
        for mode, description in MODES:
            self.mode.addItem(mode_words(mode.value), mode)
            self.mode.setItemData(
                self.mode.count() - 1, self.tr(description), Qt.ItemDataRole.ToolTipRole
            )
        self.mode.setAccessibleName(self.tr("Mode"))
        self.mode.setAccessibleDescription(
            self.tr("Practice, exam, your mistakes, or questions due for review")
        )
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.mode_help = plain_label("", name=self.tr("About this mode"))
        self.mode_help.setProperty("muted", True)
        mode_box = QVBoxLayout()
        mode_box.addWidget(self.mode)
        mode_box.addWidget(self.mode_help)
        form.addRow(form_label(self.tr("&Mode:"), self.mode), mode_box)

        self.count = QSpinBox()
        self.count.setRange(1, 1)
        self.count.setAccessibleName(self.tr("Number of questions"))
        self.count.setAccessibleDescription(self.tr("How many questions the quiz asks"))
        form.addRow(form_label(self.tr("&Questions:"), self.count), self.count)

        self.tags = QListWidget()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setAccessibleDescription(
            self.tr(
                "Tick tags to ask only questions with any of them; none ticked means all; "
                "Space ticks"
            )
        )
        self.tags.setMaximumHeight(150)
        self.tags.itemChanged.connect(lambda *_: self._update_count())
        form.addRow(form_label(self.tr("&Tags:"), self.tags), self.tags)

        self.types = QListWidget()
        self.types.setAccessibleName(self.tr("Question types"))
        self.types.setAccessibleDescription(
            self.tr(
                "Tick types to ask only questions of those types; none ticked means all; "
                "Space ticks"
            )
        )
        self.types.setMaximumHeight(150)
        self.types.itemChanged.connect(lambda *_: self._update_count())
        form.addRow(form_label(self.tr("T&ypes:"), self.types), self.types)

        time_box = QWidget()
        t = QVBoxLayout(time_box)
        t.setContentsMargins(0, 0, 0, 0)
        self.time_group = QButtonGroup(self)
        self.time_off = QRadioButton(self.tr("Off"))
        self.time_bank = QRadioButton(self.tr("The bank's own limits"))
        self.time_quiz = QRadioButton(self.tr("For the whole quiz:"))
        self.time_question = QRadioButton(self.tr("For each question:"))
        self.quiz_minutes = QSpinBox()
        self.quiz_minutes.setRange(1, 300)
        self.quiz_minutes.setValue(10)
        self.quiz_minutes.setSuffix(self.tr(" min"))
        self.question_seconds = QSpinBox()
        self.question_seconds.setRange(5, 3600)
        self.question_seconds.setValue(45)
        self.question_seconds.setSuffix(" s")
        for w, name, description in (
            (self.time_off, self.tr("No time limit"), self.tr("Take as long as you need")),
            (
                self.time_bank,
                self.tr("The bank's own time limits"),
                self.tr("The limits the bank's author set"),
            ),
            (
                self.time_quiz,
                self.tr("Time limit for the whole quiz"),
                self.tr("One countdown for the whole quiz"),
            ),
            (
                self.time_question,
                self.tr("Time limit for each question"),
                self.tr("The same countdown for every question, whatever the bank says"),
            ),
            (
                self.quiz_minutes,
                self.tr("Minutes for the whole quiz"),
                self.tr("Length of the quiz's time limit"),
            ),
            (
                self.question_seconds,
                self.tr("Seconds for each question"),
                self.tr("How long each question may take"),
            ),
        ):
            w.setAccessibleName(name)
            w.setAccessibleDescription(description)
        for i, b in enumerate((self.time_off, self.time_bank, self.time_quiz, self.time_question)):
            self.time_group.addButton(b, i)
        self.time_off.setChecked(True)
        t.addWidget(self.time_off)
        t.addWidget(self.time_bank)
        self.bank_limits = plain_label("", name=self.tr("The bank's own limits"))
        self.bank_limits.setProperty("muted", True)
        self.bank_limits.setContentsMargins(28, 0, 0, 0)
        t.addWidget(self.bank_limits)
        for radio, spin in (
            (self.time_quiz, self.quiz_minutes),
            (self.time_question, self.question_seconds),
        ):
            row = QHBoxLayout()
            row.addWidget(radio)
            row.addWidget(spin)
            row.addStretch(1)
            t.addLayout(row)
        self.extra_note = plain_label("", name=self.tr("Extra time"))
        self.extra_note.setProperty("muted", True)
        t.addWidget(self.extra_note)
        form.addRow(form_label(self.tr("Time &limit:"), self.time_off), time_box)
        self.body.addWidget(form_card)

        self.go = button(
            self.tr("Start ({key})").format(key=keys("Enter")),
            self.tr("Start the quiz with these settings"),
            primary=True,
            name=self.tr("Start"),
        )
        self.cancel = button(
            self.tr("Back ({key})").format(key=keys("Esc")),
            self.tr("Back to the library"),
            name=self.tr("Back"),
        )
        self.go.clicked.connect(self.start_quiz)
        self.cancel.clicked.connect(self.back)
        self.body.addLayout(button_row(self.cancel, self.go))
        self.body.addStretch(1)
        # the fields top to bottom, then the buttons as drawn, left to right
        order = [self.mode, self.count, self.tags, self.types, self.time_off, self.time_bank,
                 self.time_quiz, self.quiz_minutes, self.time_question, self.question_seconds,
                 self.cancel, self.go]  # fmt: skip
        for a, b in itertools.pairwise(order):
            self.setTabOrder(a, b)

    def set_bank(self, bank: Bank) -> None:
        """Fill the form for `bank`, with the defaults."""
        self.bank = bank
        self.set_title(
            self.tr("Set up a quiz: {title}").format(title=bank.title),
            self.tr("{questions} in this bank.").format(
                questions=plural(len(bank.questions), "question")
            ),
        )
        self.tags.clear()
        for tag in bank.tags:
            item = QListWidgetItem(tag)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.tags.addItem(item)
        self.tags.setVisible(bool(bank.tags))
        self.types.blockSignals(True)
        self.types.clear()
        present = {q.type for q in bank.questions}
        for kind in TYPES:
            if kind in present:
                name = question_type(kind.value)
                item = QListWidgetItem(name[:1].upper() + name[1:])
                item.setData(Qt.ItemDataRole.UserRole, kind.value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.types.addItem(item)
        self.types.blockSignals(False)
        self.types.setVisible(len(present) > 1)
        own = bank_limits(bank)
        self.bank_limits.setText(own)
        self.time_bank.setAccessibleDescription(own or self.tr("This bank sets no time limits"))
        for w in (self.time_bank, self.bank_limits):
            w.setVisible(bool(own))
        self.mode.setCurrentIndex(0)
        self._mode_changed()
        self.count.setValue(DEFAULT_COUNT)
        learner = self.ctx.learner
        factor = learner.settings.extra_time_factor if learner else 1.0
        self.extra_note.setText(
            self.tr("Your extra time ({factor} ×) is added to every limit.").format(
                factor=decimal(f"{factor:g}")
            )
            if factor > 1
            else ""
        )
        self.extra_note.setVisible(factor > 1)

    def on_show(self) -> None:
        self.mode.setFocus()  # the first field; Enter from anywhere on the form starts

    def selected_tags(self) -> frozenset[str]:
        return frozenset(
            self.tags.item(i).text()
            for i in range(self.tags.count())
            if self.tags.item(i).checkState() == Qt.CheckState.Checked
        )

    def selected_types(self) -> frozenset[QuestionType]:
        return frozenset(
            QuestionType(self.types.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.types.count())
            if self.types.item(i).checkState() == Qt.CheckState.Checked
        )

    def _mode_changed(self) -> None:
        mode = Mode(self.mode.currentData())
        self.mode_help.setText(self.tr(next(d for m, d in MODES if m == mode)))
        if mode is not Mode.EXAM:
            self.time_off.setChecked(True)
        else:  # an exam keeps to the bank's limits, or gets one per question
            (self.time_bank if self.time_bank.isVisibleTo(self) else self.time_question).setChecked(
                True
            )
        self._update_count()

    def _available(self) -> int:
        if self.bank is None:
            return 0
        tags = self.selected_tags()
        mode = Mode(self.mode.currentData())
        if mode in (Mode.MISTAKES, Mode.REVIEW):
            return len(self._listed(mode))
        types = self.selected_types()
        return sum(
            1
            for q in self.bank.questions
            if (not tags or tags & set(q.tags)) and (not types or q.type in types)
        )

    def _update_count(self) -> None:
        n = self._available()
        keep = self.count.value()
        self.count.setRange(1, max(1, n))
        self.count.setValue(min(keep, n) if n else 1)
        self.count.setSuffix(self.tr(" of {n}").format(n=n))
        self.go.setEnabled(n > 0)

    def _listed(self, mode: Mode) -> list[QuestionRef]:
        learner, bank = self.ctx.learner, self.bank
        if learner is None or bank is None:
            return []
        store = self.ctx.store
        keys = (
            store.mistakes(learner.id, banks=[bank.id])
            if mode is Mode.MISTAKES
            else store.due_questions(learner.id, banks=[bank.id])
        )
        return [k for k in keys if bank.question(k.question_id)]

    def config(self) -> QuizConfig | None:
        """The quiz as set up, or None (after telling why) when it cannot run."""
        bank, learner = self.bank, self.ctx.learner
        if bank is None:
            return None
        mode: Mode = Mode(self.mode.currentData())
        ids: tuple[QuestionRef, ...] = ()
        if mode.needs_question_ids:
            ids = tuple(self._listed(mode))
            if not ids:
                if mode is Mode.MISTAKES:
                    why = self.tr("There are no mistakes to practise in this bank yet.")
                else:
                    why = self.tr("There are no questions due for review in this bank yet.")
                tell(self, self.tr("Nothing to ask"), why)
                return None
        which = self.time_group.checkedId()
        return QuizConfig(
            bank_ids=(BankId(bank.id),),
            mode=mode,
            question_ids=ids,
            tags=self.selected_tags() if not ids else frozenset(),
            types=self.selected_types() if not ids else frozenset(),
            count=self.count.value(),
            quiz_time_limit=self.quiz_minutes.value() * 60.0 if which == 2 else None,
            question_time_limit=self.question_seconds.value() * 1.0 if which == 3 else None,
            question_limits=which in (1, 3),
            question_time_fixed=which == 3,
            extra_time=learner.settings.extra_time_factor if learner else 1.0,
        )

    def start_quiz(self) -> None:
        config = self.config()
        if config is not None:
            self.start.emit(config)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.cancel.hasFocus():  # a focused button does what it says
            self.back.emit()
        elif enter and self.go.isEnabled():
            self.start_quiz()
        elif event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


def bank_limits(bank: Bank) -> str:
    """The bank's own time limits in a learner's words ("" when it sets none)."""
    own = [q.time_limit for q in bank.questions if q.time_limit is not None]
    default = bank.default_time_limit
    if default is None and not own:
        return ""
    if default is None:
        lo, hi = _seconds(min(own)), _seconds(max(own))
        return QCoreApplication.translate("SetupPage", "{questions} timed ({range})").format(
            questions=plural(len(own), "question"), range=lo if lo == hi else f"{lo}–{hi}"
        )
    if not own:
        return QCoreApplication.translate("SetupPage", "{time} a question").format(
            time=_seconds(default)
        )
    return QCoreApplication.translate(
        "SetupPage", "{time} a question, {questions} with their own"
    ).format(time=_seconds(default), questions=plural(len(own), "question"))


def _seconds(s: float) -> str:
    return decimal(f"{s:g} s" if s < 120 else f"{s / 60:g} min")
