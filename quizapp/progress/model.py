"""What the progress store records and returns: learners, attempts, answers, and their ids.

Everything is immutable plain values: named tuples, which cost a tenth of a frozen dataclass to
define (start-up imports every one) and to build, and, for the two values that check themselves
when made, a plain immutable class (`LearnerSettings`) and a frozen dataclass (`AnswerRecord`,
in `answerrecord.py`, imported with the first answer). The store never sees the quiz engine's
objects: `progress.attempts` turns a graded answer into an `AnswerRecord`, and the session state
arrives as a plain JSON-compatible dict, which the store keeps as it is. A question is a
`QuestionRef` and a mode the engine's `Mode`: one vocabulary on both sides.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import math
import re
from datetime import UTC, datetime
from typing import Any, NamedTuple, NewType, NoReturn

from quizapp.bank.model import BankId, QuestionId
from quizapp.progress.errors import StoreError
from quizapp.quiz.modes import Mode as Mode  # how an attempt was run: the engine's own modes
from quizapp.words import Notice

LearnerId = NewType("LearnerId", int)
AttemptId = NewType("AttemptId", int)
AnswerId = NewType("AnswerId", int)

JSONDict = dict[str, Any]

MAX_NAME_LENGTH = 100
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*", re.ASCII)


# The one set of ranges the settings form, Ctrl+plus/minus and the store all keep to.
MIN_EXTRA_TIME, MAX_EXTRA_TIME = 1.0, 3.0
DEFAULT_FONT_SIZE, MIN_FONT_SIZE, MAX_FONT_SIZE = 11, 8, 32


class LearnerSettings:
    """Per-learner preferences: extra time (1.0 = none, 1.5 = half as much again), font size
    in points (None = the app's default) and the interface language (a code such as `de` or
    `pt-BR`; None = the system's). Checked when made, immutable, equal by value.

    A plain class, not a frozen dataclass: every start defines it, and a dataclass (with the
    `dataclasses` module's import) costs ~6 M instructions more (start-up is measured)."""

    __slots__ = ("extra_time_factor", "font_size", "language")
    extra_time_factor: float
    font_size: int | None
    language: str | None

    def __init__(
        self,
        extra_time_factor: float = 1.0,
        font_size: int | None = None,
        language: str | None = None,
    ) -> None:
        extra = extra_time_factor
        if not (MIN_EXTRA_TIME <= extra <= MAX_EXTRA_TIME) or math.isnan(extra):
            limits = {"low": MIN_EXTRA_TIME, "high": MAX_EXTRA_TIME}
            raise StoreError(Notice("extra_time_range", limits))
        if font_size is not None and not (MIN_FONT_SIZE <= font_size <= MAX_FONT_SIZE):
            limits = {"low": MIN_FONT_SIZE, "high": MAX_FONT_SIZE}
            raise StoreError(Notice("font_size_range", limits))
        if language is not None and not _LANGUAGE_CODE.fullmatch(language):
            raise StoreError(Notice("language_code", {}))
        for name, value in zip(self.__slots__, (extra, font_size, language), strict=True):
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(f"cannot assign to field {name!r}: settings are immutable")

    def __delattr__(self, name: str) -> NoReturn:
        raise AttributeError(f"cannot delete field {name!r}: settings are immutable")

    def _asdict(self) -> dict[str, Any]:
        """The fields by name, as a named tuple's (the unsaved writes' JSON uses it)."""
        return {name: getattr(self, name) for name in self.__slots__}

    def __reduce__(self) -> tuple[type["LearnerSettings"], tuple[Any, ...]]:
        """Copied and pickled through the constructor, as a dataclass would be."""
        return LearnerSettings, tuple(self._asdict().values())

    def replace(self, **changes: Any) -> "LearnerSettings":
        """A copy with some fields changed, checked again."""
        return LearnerSettings(**{**self._asdict(), **changes})

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._asdict() == other._asdict()

    def __hash__(self) -> int:
        return hash(tuple(self._asdict().values()))

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._asdict().items())
        return f"LearnerSettings({fields})"

    @classmethod
    def stored(
        cls, extra_time_factor: float, font_size: int | None, language: str | None = None
    ) -> "LearnerSettings":
        """Settings read back from the store, brought into today's ranges (an older version
        allowed more; a language that is not a code is forgotten)."""
        extra = extra_time_factor if not math.isnan(extra_time_factor) else MIN_EXTRA_TIME
        extra = min(MAX_EXTRA_TIME, max(MIN_EXTRA_TIME, extra))
        if font_size is not None:
            font_size = min(MAX_FONT_SIZE, max(MIN_FONT_SIZE, font_size))
        if not isinstance(language, str) or not _LANGUAGE_CODE.fullmatch(language):
            language = None
        return cls(extra, font_size, language)


class Learner(NamedTuple):
    id: LearnerId
    name: str
    created_at: datetime
    settings: LearnerSettings = LearnerSettings()


class BankUse(NamedTuple):
    """A bank used by an attempt, as it was then; its content hash tells later if it changed."""

    bank_id: BankId
    content_hash: str
    title: str


class StoredAnswer(NamedTuple):
    """An answer read back from the store."""

    id: AnswerId
    attempt_id: AttemptId
    bank_id: BankId
    question_id: QuestionId
    response_json: str
    score: float
    correct: bool
    time_ms: int
    answered_at: datetime
    content_hash: str
    prompt: str
    bank_title: str
    tags: tuple[str, ...]


class Attempt(NamedTuple):
    """An attempt as recorded: finished ones have `ended_at`, `end_reason` and `score`."""

    id: AttemptId
    learner_id: LearnerId
    mode: Mode
    config: JSONDict
    seed: int
    banks: tuple[BankUse, ...]
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    score: float | None
    answer_count: int
    time_used_ms: int | None = None  # the quiz time at the end, pauses excluded; None if unknown


class UnfinishedAttempt(NamedTuple):
    """An attempt that never ended (crash, power cut, closed window): offer to resume it.

    `state` is exactly the session state the engine last handed over; `state_saved_at` says how
    old it is, and `banks` which bank contents it was started with.
    """

    attempt: Attempt
    state: JSONDict
    state_saved_at: datetime


class SaveResult(NamedTuple):
    """What happened to a write. `saved`: on disk now. Otherwise it is held in memory and written
    as soon as writing works again; `problem` says why (`quizapp.words.notice` has the words)."""

    saved: bool
    pending: int = 0
    problem: Notice | None = None
    answer_id: AnswerId | None = None


class StoreStatus(NamedTuple):
    """Whether progress is reaching the disk right now, for a status line in the GUI."""

    writable: bool
    pending_writes: int
    pending_answers: int
    problem: Notice | None


class OpenReport(NamedTuple):
    """What opening the store found, to tell the user once: a repaired database, a read-only
    folder. `notices` is empty when all was well (`quizapp.words.notice` has the words)."""

    notices: tuple[Notice, ...] = ()
    damaged_moved_to: str | None = None
    restored_from: str | None = None
    read_only: bool = False


class CloseReport(NamedTuple):
    unsaved_answers: int = 0
    notice: Notice | None = None  # "answers_unsaved", to tell before quitting
    backup: str | None = None
    fallback: str | None = None  # where the unsaved writes went instead, if anywhere


# Timestamps are stored as fixed-width UTC text, so text order is time order.
_DB_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"


def to_db_time(when: datetime) -> str:
    if when.tzinfo is None:
        raise StoreError(Notice("time_without_zone", {}))
    return when.astimezone(UTC).strftime(_DB_TIME)


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text)
