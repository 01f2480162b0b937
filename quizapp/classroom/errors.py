"""The classroom's own errors, each with a message a learner or teacher can act on."""

from __future__ import annotations

from quizapp.bank.problems import Problem


class ClassroomError(Exception):
    """A classroom step cannot be done as asked; `message` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class PresetError(ClassroomError):
    """A preset file cannot be used; carries every problem found, each with file and line."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems


class ResultFileError(ClassroomError):
    """A results file cannot be read: not JSON, not a quizapp result, or damaged."""
