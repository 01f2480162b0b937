"""The keys a bank file may use: the one list the checker, the did-you-mean and the docs share."""

from __future__ import annotations

from quizapp.bank.model import QuestionType

TOP_KEYS = ("title", "id", "description", "language", "source", "defaults", "questions")
SOURCE_KEYS = ("title", "file", "license", "url")
DEFAULT_KEYS = ("time_limit", "points")
COMMON_QUESTION_KEYS = (
    "id",
    "type",
    "prompt",
    "explanation",
    "source",
    "tags",
    "difficulty",
    "time_limit",
    "points",
    "image",
)
IMAGE_KEYS = ("file", "alt")
TYPE_KEYS: dict[QuestionType, tuple[str, ...]] = {
    QuestionType.SINGLE: ("choices", "answer"),
    QuestionType.MULTIPLE: ("choices", "answer"),
    QuestionType.TRUE_FALSE: ("answer",),
    QuestionType.SHORT: ("answer", "typos"),
    QuestionType.NUMERIC: ("answer", "tolerance"),
    QuestionType.ORDER: ("items",),
    QuestionType.MATCH: ("pairs",),
}
ALL_QUESTION_KEYS = COMMON_QUESTION_KEYS + tuple(
    sorted({k for keys in TYPE_KEYS.values() for k in keys})
)
ID_PATTERN = r"[a-z0-9._-]+"
MIN_OPTIONS = 2
MAX_OPTIONS = 10
MAX_TYPOS = 3
