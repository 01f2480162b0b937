"""What the checker reports: problems with a file position, and the result of loading one file.

A problem is a code with its parameters (key names, counts, line numbers, a did-you-mean), never
a sentence: `quizapp.checkwords` makes the words, in the language chosen at start.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import enum
from collections.abc import Mapping
from typing import NamedTuple

from quizapp.bank.model import Bank

NO_PARAMS: Mapping[str, object] = {}


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Problem(NamedTuple):
    """One mistake in a bank file: where, how bad, and what (`code` with `params`: plain
    values only, str, int, float, None or tuples of them, so the cache and JSON can keep them).
    `message` is its words for the teacher who wrote it, with a plain fix."""

    path: str
    line: int  # 1-based
    column: int  # 1-based
    severity: Severity
    code: str
    params: Mapping[str, object] = NO_PARAMS
    question_id: str | None = None

    @property
    def message(self) -> str:
        """The problem in words, in the language chosen at start."""
        from quizapp.checkwords import problem_message

        return problem_message(self.code, self.params)

    def format(self) -> str:
        """Compiler-style `path:line:col: error: message [question id]`, as editors expect."""
        from quizapp.checkwords import problem_line

        return problem_line(self)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class SkippedQuestion(NamedTuple):
    """A question left out of a loaded bank, and why (its errors), so the app can show it."""

    question_id: str | None
    line: int
    reasons: tuple[Problem, ...]


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
