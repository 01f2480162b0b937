"""One graded answer as the store takes it (`AnswerRecord`), checked when made. Its own module,
imported with the first answer: a frozen dataclass costs start-up time to define, and a start
records no answer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from quizapp.bank.model import BankId, QuestionId
from quizapp.progress.errors import StoreError
from quizapp.words import Notice


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One graded answer, as the GUI hands it to the store.

    `response_json` is the learner's response as JSON text. `content_hash` is the hash of the
    bank (or question) content when the answer was given, so a later edit of the question never
    rewrites history. `prompt`, `bank_title` and `tags` are kept with the answer so statistics
    and the teacher's export still work when the bank file is gone. `time_limit_ms` (if the
    question had one) lets the review schedule tell a quick answer from a slow one.
    """

    bank_id: BankId
    question_id: QuestionId
    response_json: str
    score: float
    correct: bool
    time_ms: int
    answered_at: datetime
    content_hash: str
    prompt: str = ""
    bank_title: str = ""
    tags: tuple[str, ...] = ()
    time_limit_ms: int | None = None

    def __post_init__(self) -> None:
        if not (0.0 <= self.score <= 1.0):
            raise StoreError(Notice("score_range", {"score": self.score}))
        if self.time_ms < 0:
            raise StoreError(Notice("negative_time", {}))
        if self.answered_at.tzinfo is None:
            raise StoreError(Notice("time_without_zone", {}))
        try:
            json.loads(self.response_json)
        except ValueError as e:
            raise StoreError(Notice("response_not_json", {"detail": str(e)})) from None
