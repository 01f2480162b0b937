"""The quiz engine's own errors: every illegal move or unusable saved state raises one of these."""

from __future__ import annotations

from quizapp.words import Notice, notice


class QuizError(Exception):
    """Something the engine cannot do, said in words the GUI may show as they are."""


class IllegalMoveError(QuizError):
    """A move the session's current state or mode does not allow (e.g. pausing an exam)."""


class ResumeError(QuizError):
    """A saved session cannot be rebuilt: unknown version, malformed data, or a question gone."""


def damaged(detail: str) -> ResumeError:
    """The saved quiz does not fit together; `detail` (English, technical: which field, what
    was found) goes inside the translated sentence."""
    return ResumeError(notice(Notice("resume_damaged", {"detail": detail})))
