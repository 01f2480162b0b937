"""The bank model: what a question bank *is* once its YAML has been checked.

Everything here is immutable, built by `quizapp.bank.checker` (or read back from the cache);
nothing here reads files.
Ids are `NewType`s so a question id is never passed where a bank id belongs.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import enum
from typing import NamedTuple, NewType

BankId = NewType("BankId", str)
QuestionId = NewType("QuestionId", str)


class QuestionType(enum.StrEnum):
    """The seven kinds of question a bank may hold."""

    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true_false"
    SHORT = "short"
    NUMERIC = "numeric"
    ORDER = "order"
    MATCH = "match"


class Difficulty(enum.StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Image(NamedTuple):
    """A picture shown with a question: a PNG, JPEG or SVG file beside the bank."""

    name: str  # as written in the bank, relative to its folder (maps/caucasus.png)
    file: str  # absolute path, resolved inside the bank's folder
    alt: str  # what the picture shows, for screen readers and when it cannot be shown
    width: int = 0  # pixels (SVG: its natural size); 0 when the file was not looked at
    height: int = 0


class QuestionRef(NamedTuple):
    """A question across banks, since ids are only unique within their bank: what the engine
    asks, what the store keys a learner's history by, what a preset lists. Sorts by bank, then
    question."""

    bank_id: BankId
    question_id: QuestionId

    def __str__(self) -> str:
        return f"{self.bank_id}/{self.question_id}"


class Question(NamedTuple):
    """One question, with the answer in the form its type needs.

    Only the fields of the question's own type are filled; the others keep their empty default.
    `line` is where the question starts in its file (1-based), so every message can point there.
    A named tuple, not a frozen dataclass: just as immutable and hashable, and a warm start
    builds 10,000 of them from the cache, which a frozen dataclass's `__init__` made ten times
    slower.
    """

    id: QuestionId
    type: QuestionType
    prompt: str
    line: int = 0
    # single / multiple: the choices in the author's order, and the right ones among them
    choices: tuple[str, ...] = ()
    correct_choices: tuple[str, ...] = ()
    # true_false
    truth: bool | None = None
    # short: every accepted answer, the first being the one shown as "the" answer
    accepted: tuple[str, ...] = ()
    typos: int = 0
    # numeric: the value, how the author wrote it (for display), and the accepted distance
    number: float | None = None
    number_text: str = ""
    tolerance: float = 0.0
    # order: items in the correct order
    items: tuple[str, ...] = ()
    # match: (left, right) pairs in the author's order
    pairs: tuple[tuple[str, str], ...] = ()
    # common optional fields
    explanation: str | None = None
    source_quote: str | None = None
    tags: tuple[str, ...] = ()
    difficulty: Difficulty | None = None
    time_limit: float | None = None  # seconds; None = the bank's default applies
    points: float | None = None  # None = the bank's default applies
    image: Image | None = None


class Source(NamedTuple):
    """The text a bank's questions are built from."""

    title: str | None = None
    file: str | None = None  # absolute path of the text file, resolved next to the bank
    license: str | None = None
    url: str | None = None


class Bank(NamedTuple):
    """A checked bank: only the questions that passed the checker are here."""

    id: BankId
    title: str
    path: str  # absolute path of the YAML file
    content_hash: str  # sha256 of the file's bytes: lets progress notice a changed bank
    questions: tuple[Question, ...]
    description: str | None = None
    language: str | None = None
    source: Source | None = None
    default_time_limit: float | None = None
    default_points: float = 1.0

    @property
    def tags(self) -> tuple[str, ...]:
        """Every tag used by the bank's questions, sorted."""
        return tuple(sorted({t for q in self.questions for t in q.tags}))

    def question(self, question_id: str) -> Question | None:
        """The question with this id, or None if the bank has no such (valid) question."""
        for q in self.questions:
            if q.id == question_id:
                return q
        return None

    def time_limit_for(self, question: Question) -> float | None:
        """Seconds allowed for `question`: its own limit, else the bank default, else None."""
        return question.time_limit if question.time_limit is not None else self.default_time_limit

    def points_for(self, question: Question) -> float:
        return question.points if question.points is not None else self.default_points
