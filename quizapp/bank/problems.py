"""What the checker reports: problems with a file position, and the result of loading one file."""

from __future__ import annotations

import enum
from typing import NamedTuple

from quizapp.bank.model import Bank


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(NamedTuple):
    """One mistake in a bank file, worded for the teacher who wrote it, with a plain fix."""

    path: str
    line: int  # 1-based
    column: int  # 1-based
    severity: Severity
    message: str
    question_id: str | None = None

    def format(self) -> str:
        """Compiler-style `path:line:col: error: message [question id]`, as editors expect."""
        text = f"{self.path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"
        if self.question_id:
            text += f" [{self.question_id}]"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class SkippedQuestion(NamedTuple):
    """A question left out of a loaded bank, and why, so the app can show it."""

    question_id: str | None
    line: int
    reasons: tuple[str, ...]


class LoadResult(NamedTuple):
    """The outcome of loading one bank file.

    `bank` is None when the file could not be used at all (unreadable, not YAML, no valid
    question); otherwise it holds the good questions and `skipped` says which were left out.
    """

    path: str
    bank: Bank | None
    problems: tuple[Problem, ...]
    skipped: tuple[SkippedQuestion, ...] = ()
    # files beside the bank that were checked (source text, images), found or not: the
    # result changes when one of them appears, changes or goes away
    files: tuple[str, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


class BankError(Exception):
    """A bank file cannot be used; carries every problem found, each with file and line."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        self.problems = problems
        super().__init__("\n".join(p.format() for p in problems))
