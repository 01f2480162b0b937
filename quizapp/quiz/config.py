"""What a quiz is made from: the banks, filters, size, seed, mode and time rules.

A `QuizConfig` is plain data that the GUI builds and the saved state records; `select.py` turns
it into the list of questions. Every limit here is in seconds, before any extra-time factor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from quizapp.bank.model import BankId, Difficulty, QuestionId, QuestionType
from quizapp.bank.model import QuestionRef as QuestionRef  # its home is the bank model
from quizapp.quiz import jsonish as js
from quizapp.quiz.errors import QuizError, ResumeError, damaged
from quizapp.quiz.modes import Mode as Mode  # its own module: the progress store needs only it
from quizapp.words import Notice, notice


def ref_to_json(question: QuestionRef) -> dict[str, js.JSON]:
    return {"bank": question.bank_id, "question": question.question_id}


def ref_from_json(data: object, what: str = "a question reference") -> QuestionRef:
    """The inverse of `QuestionRef.to_json`, or `ResumeError` naming `what` is wrong."""
    d = js.as_mapping(data, what)
    return QuestionRef(
        BankId(js.as_str(js.field(d, "bank"), f"{what}: bank")),
        QuestionId(js.as_str(js.field(d, "question"), f"{what}: question")),
    )


def ref(bank_id: str, question_id: str) -> QuestionRef:
    """Shorthand for `QuestionRef(BankId(bank_id), QuestionId(question_id))`."""
    return QuestionRef(BankId(bank_id), QuestionId(question_id))


@dataclass(frozen=True, slots=True)
class QuizConfig:
    """Everything that decides which questions are asked, in what order, and under which rules.

    - `question_ids`: only these questions, in this order before shuffling (required in mistakes
      and review modes; ids no longer in their bank are left out).
    - `tags` (any of them), `difficulties` and `types` filter the questions; empty means no
      filter.
    - `count`: at most this many questions (None = all that match), taken after shuffling.
    - `seed`: None until the session picks one; the same seed gives the same quiz.
    - `shuffle_choices` shuffles single/multiple choices; order items and match right-hand sides
      are always shuffled, since showing them in the author's order would give the answer away.
    - `quiz_time_limit` applies in every mode when set. Per-question limits (question
      `time_limit` > bank default > `question_time_limit`) apply when `question_limits` is on,
      which is the default in exam mode only. With `question_time_fixed`, `question_time_limit`
      is every question's limit, in place of the bank's own (the learner chose "N s each").
    - `extra_time`: the learner's accommodation factor (>= 1), multiplying every limit.
    - `clock_keeps_running`: time while the app was not running counts (a classroom exam).
    """

    bank_ids: tuple[BankId, ...]
    mode: Mode = Mode.PRACTICE
    question_ids: tuple[QuestionRef, ...] = ()
    tags: frozenset[str] = frozenset()
    difficulties: frozenset[Difficulty] = frozenset()
    types: frozenset[QuestionType] = frozenset()
    count: int | None = None
    seed: int | None = None
    shuffle_questions: bool = True
    shuffle_choices: bool = True
    quiz_time_limit: float | None = None
    question_time_limit: float | None = None
    question_limits: bool | None = None
    question_time_fixed: bool = False
    extra_time: float = 1.0
    clock_keeps_running: bool = False

    def __post_init__(self) -> None:
        if not self.bank_ids:
            raise QuizError(notice(Notice("no_bank_chosen", {})))
        if self.mode.needs_question_ids and not self.question_ids:
            raise QuizError(notice(Notice("needs_question_list", {})))
        if self.count is not None and self.count < 1:
            raise QuizError(notice(Notice("too_few_questions", {"count": self.count})))
        for name in ("quiz_time_limit", "question_time_limit"):
            limit = getattr(self, name)
            if limit is not None and not (math.isfinite(limit) and limit > 0):
                raise QuizError(notice(Notice("time_limit_not_positive", {"limit": limit})))
        if not (math.isfinite(self.extra_time) and self.extra_time >= 1.0):
            raise QuizError(notice(Notice("extra_time_factor", {"value": self.extra_time})))

    @property
    def per_question_limits(self) -> bool:
        """Whether per-question limits apply: as configured, else only in exam mode."""
        if self.question_limits is not None:
            return self.question_limits
        return self.mode is Mode.EXAM

    def with_seed(self, seed: int | None = None) -> QuizConfig:
        """This configuration with a concrete seed: `seed`, the one it has, or a fresh one."""
        if seed is None:
            import secrets  # only here: the app's start does not need it

            seed = self.seed if self.seed is not None else secrets.randbits(32)
        return replace(self, seed=seed)

    def to_json(self) -> dict[str, js.JSON]:
        return {
            "bank_ids": list(self.bank_ids),
            "mode": self.mode.value,
            "question_ids": [ref_to_json(r) for r in self.question_ids],
            "tags": list(sorted(self.tags)),
            "difficulties": list(sorted(d.value for d in self.difficulties)),
            "types": list(sorted(t.value for t in self.types)),
            "count": self.count,
            "seed": self.seed,
            "shuffle_questions": self.shuffle_questions,
            "shuffle_choices": self.shuffle_choices,
            "quiz_time_limit": self.quiz_time_limit,
            "question_time_limit": self.question_time_limit,
            "question_limits": self.question_limits,
            "question_time_fixed": self.question_time_fixed,
            "extra_time": self.extra_time,
            "clock_keeps_running": self.clock_keeps_running,
        }

    @classmethod
    def from_json(cls, data: object) -> QuizConfig:
        d = js.as_mapping(data, "the quiz configuration")

        def get(key: str) -> object:
            return js.field(d, key)

        try:
            mode = Mode(js.as_str(get("mode"), "the mode"))
            difficulties = frozenset(
                Difficulty(js.as_str(x, "a difficulty"))
                for x in js.as_list(get("difficulties"), "the difficulties")
            )
            types = frozenset(  # absent from quizzes saved by older versions
                QuestionType(js.as_str(x, "a question type"))
                for x in js.as_list(d.get("types", []), "the question types")
            )
        except ValueError as e:
            raise damaged(str(e)) from None
        limits = get("question_limits")
        try:
            return cls(
                bank_ids=tuple(
                    BankId(js.as_str(x, "a bank id")) for x in js.as_list(get("bank_ids"), "banks")
                ),
                mode=mode,
                question_ids=tuple(
                    ref_from_json(x) for x in js.as_list(get("question_ids"), "ids")
                ),
                tags=frozenset(js.as_str(x, "a tag") for x in js.as_list(get("tags"), "tags")),
                difficulties=difficulties,
                types=types,
                count=js.opt_int(get("count"), "the count"),
                seed=js.opt_int(get("seed"), "the seed"),
                shuffle_questions=js.as_bool(get("shuffle_questions"), "shuffle_questions"),
                shuffle_choices=js.as_bool(get("shuffle_choices"), "shuffle_choices"),
                quiz_time_limit=js.opt_float(get("quiz_time_limit"), "quiz_time_limit"),
                question_time_limit=js.opt_float(get("question_time_limit"), "question_time_limit"),
                question_limits=None if limits is None else js.as_bool(limits, "question_limits"),
                question_time_fixed=js.as_bool(  # absent from quizzes saved by older versions
                    d.get("question_time_fixed", False), "question_time_fixed"
                ),
                extra_time=js.as_float(get("extra_time"), "extra_time"),
                clock_keeps_running=js.as_bool(get("clock_keeps_running"), "clock_keeps_running"),
            )
        except ResumeError:
            raise
        except QuizError as e:
            raise damaged(str(e).rstrip(".")) from None
