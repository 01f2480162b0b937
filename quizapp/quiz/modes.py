"""How a quiz is run. Its own module: the progress store records an attempt's mode, and
importing the whole configuration (`config.py`) for it would cost every start a class."""

from __future__ import annotations

import enum


class Mode(enum.StrEnum):
    """How a quiz is run. `mistakes` and `review` are practice on a list of ids from outside."""

    PRACTICE = "practice"
    EXAM = "exam"
    MISTAKES = "mistakes"
    REVIEW = "review"

    @property
    def immediate_feedback(self) -> bool:
        """Feedback right after each answer (every mode but exam, which shows it at the end)."""
        return self is not Mode.EXAM

    @property
    def may_pause(self) -> bool:
        return self is not Mode.EXAM

    @property
    def may_skip(self) -> bool:
        """Only an exam has a "skip and come back" list."""
        return self is Mode.EXAM

    @property
    def needs_question_ids(self) -> bool:
        return self in (Mode.MISTAKES, Mode.REVIEW)
