"""Each learner's progress, saved locally in SQLite: learners, attempts, answers, statistics and
the spaced-review schedule. No Qt here; the GUI calls the `Store` and redraws from what it returns.
"""

from __future__ import annotations

from quizapp.bank.model import QuestionRef
from quizapp.progress.errors import AlreadyRunning, StoreError
from quizapp.progress.model import (
    Accuracy,
    AnswerId,
    AnswerRecord,
    Attempt,
    AttemptId,
    AttemptPoint,
    BankUse,
    CloseReport,
    DayActivity,
    Learner,
    LearnerId,
    LearnerSettings,
    LearnerStats,
    Mode,
    OpenReport,
    QuestionStats,
    SaveResult,
    StoredAnswer,
    StoreStatus,
    Streaks,
    UnfinishedAttempt,
)
from quizapp.progress.store import AUTOSAVE_EVERY_S, Store, learner_key

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
