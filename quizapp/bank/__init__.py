"""Question banks: YAML files -> checked model, with every problem located. No Qt here.

The checker (and with it the YAML parser) is imported on first use, so a start that finds every
bank in the cache never loads it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.bank.loader import Library, find_bank_files, load_file, load_files, load_library
from quizapp.bank.model import (
    Bank,
    BankId,
    Difficulty,
    Image,
    Question,
    QuestionId,
    QuestionType,
    Source,
)
from quizapp.bank.problems import BankError, LoadResult, Problem, Severity, SkippedQuestion

if TYPE_CHECKING:
    from quizapp.bank.checker import check_bytes, check_text


def __getattr__(name: str) -> Any:
    if name in ("check_bytes", "check_text"):
        from quizapp.bank import checker

        return getattr(checker, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Bank",
    "BankError",
    "BankId",
    "Difficulty",
    "Image",
    "Library",
    "LoadResult",
    "Problem",
    "Question",
    "QuestionId",
    "QuestionType",
    "Severity",
    "SkippedQuestion",
    "Source",
    "check_bytes",
    "check_text",
    "find_bank_files",
    "load_file",
    "load_files",
    "load_library",
]
