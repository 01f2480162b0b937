"""Each learner's progress, saved locally in SQLite: learners, attempts, answers, statistics and
the spaced-review schedule. No Qt here; the GUI calls the `Store` and redraws from what it returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.bank.model import QuestionRef
from quizapp.progress.errors import AlreadyRunning, StoreError
from quizapp.progress.model import (
    AnswerId,
    Attempt,
    AttemptId,
    BankUse,
    CloseReport,
    Learner,
    LearnerId,
    LearnerSettings,
    Mode,
    OpenReport,
    SaveResult,
    StoredAnswer,
    StoreStatus,
    UnfinishedAttempt,
)
from quizapp.progress.store import AUTOSAVE_EVERY_S, Store, learner_key

if TYPE_CHECKING:
    from quizapp.progress.answerrecord import AnswerRecord
    from quizapp.progress.stats import (
        Accuracy,
        AttemptPoint,
        DayActivity,
        LearnerStats,
        QuestionStats,
        Streaks,
    )

# The statistics' values load on first use (only the progress page needs them).
_IN_STATS = ("Accuracy", "AttemptPoint", "DayActivity", "LearnerStats", "QuestionStats", "Streaks")


def __getattr__(name: str) -> object:
    if name == "AnswerRecord":  # with the first answer (a start records none)
        from quizapp.progress.answerrecord import AnswerRecord

        return AnswerRecord
    if name in _IN_STATS:
        from quizapp.progress import stats

        return getattr(stats, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AUTOSAVE_EVERY_S",
    "Accuracy",
    "AlreadyRunning",
    "AnswerId",
    "AnswerRecord",
    "Attempt",
    "AttemptId",
    "AttemptPoint",
    "BankUse",
    "CloseReport",
    "DayActivity",
    "Learner",
    "LearnerId",
    "LearnerSettings",
    "LearnerStats",
    "Mode",
    "OpenReport",
    "QuestionRef",
    "QuestionStats",
    "SaveResult",
    "Store",
    "StoreError",
    "StoreStatus",
    "StoredAnswer",
    "Streaks",
    "UnfinishedAttempt",
    "learner_key",
]
