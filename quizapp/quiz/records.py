"""What a session shows and records: its states, the question on screen, answers and results.

All plain frozen data: the GUI redraws from these, the progress store saves `Answer.to_json()`.
"""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass
from datetime import datetime

from quizapp.bank.model import BankId, Question, QuestionId
from quizapp.quiz import jsonish as js
from quizapp.quiz.config import Mode, QuestionRef
from quizapp.quiz.responses import Response, response_to_json
from quizapp.quiz.scoring import Grade


class State(enum.StrEnum):
    NOT_STARTED = "not_started"
    ASKING = "asking"
    FEEDBACK = "feedback"
    PAUSED = "paused"
    FINISHED = "finished"


class FinishReason(enum.StrEnum):
    COMPLETED = "completed"
    TIME_UP = "time_up"
    ABANDONED = "abandoned"


class TimeEvent(enum.StrEnum):
    """What `Session.tick()` did, so the GUI knows it must redraw."""

    QUESTION_TIME_UP = "question_time_up"
    QUIZ_TIME_UP = "quiz_time_up"


@dataclass(frozen=True, slots=True)
class QuestionView:
    """The question on screen, laid out for this quiz (shuffled choices, items, right sides).

    `time_limit` is the effective per-question limit in seconds (extra time applied), or None;
    the time left is `Session.question_remaining()`, read from the clock on each redraw.
    """

    ref: QuestionRef
    question: Question
    number: int  # 1-based position in the quiz's order
    total: int
    points: float
    time_limit: float | None
    choices: tuple[str, ...] = ()  # single / multiple, as shown
    items: tuple[str, ...] = ()  # order: the starting arrangement
    lefts: tuple[str, ...] = ()  # match: left-hand sides
    rights: tuple[str, ...] = ()  # match: right-hand sides to pick from, as shown
    skipped_before: bool = False  # exam: the learner skipped it and has come back


@dataclass(frozen=True, slots=True)
class Answer:
    """One graded answer. `submitted_by_clock`: time ran out and what was entered was taken."""

    ref: QuestionRef
    response: Response
    grade: Grade
    time_ms: int
    answered_at: datetime  # wall time, for records only
    submitted_by_clock: bool = False

    @property
    def bank_id(self) -> BankId:
        return self.ref.bank_id

    @property
    def question_id(self) -> QuestionId:
        return self.ref.question_id

    @property
    def score(self) -> float:
        return self.grade.score

    @property
    def correct(self) -> bool:
        return self.grade.correct

    @property
    def timed_out(self) -> bool:
        """Time ran out with nothing entered (scored 0)."""
        return self.grade.timed_out

    @property
    def response_json(self) -> str:
        """The response as JSON text (see `response_to_json`), as the progress store keeps it."""
        return json.dumps(response_to_json(self.response), ensure_ascii=False)

    def to_json(self) -> dict[str, js.JSON]:
        """The record the progress store keeps for this answer."""
        return {
            "bank": self.bank_id,
            "question": self.question_id,
            "response": response_to_json(self.response),
            "score": self.grade.score,
            "correct": self.grade.correct,
            "points_earned": self.grade.points_earned,
            "points_possible": self.grade.points_possible,
            "time_ms": self.time_ms,
            "timed_out": self.timed_out,
            "submitted_by_clock": self.submitted_by_clock,
            "answered_at": js.time_text(self.answered_at),
        }


@dataclass(frozen=True, slots=True)
class Results:
    """A finished attempt. `answers` are in quiz order; `unanswered` were left when abandoned."""

    reason: FinishReason
    mode: Mode
    seed: int
    answers: tuple[Answer, ...]
    unanswered: tuple[QuestionRef, ...]
    points_earned: float
    points_possible: float  # of every question in the quiz, answered or not
    extra_time: float  # the accommodation factor
    extra_time_applied: bool  # the factor was above 1 and some time limit was in force
    time_used_ms: int
    started_at: datetime
    finished_at: datetime

    @property
    def total(self) -> int:
        return len(self.answers) + len(self.unanswered)

    @property
    def correct_count(self) -> int:
        return sum(1 for a in self.answers if a.correct)

    @property
    def timed_out_count(self) -> int:
        return sum(1 for a in self.answers if a.timed_out)

    @property
    def score(self) -> float:
        """Points earned over points possible, 0..1 (0 for a quiz worth no points)."""
        return self.points_earned / self.points_possible if self.points_possible else 0.0
