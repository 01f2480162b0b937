"""The fixed part of a quiz: its questions in order, and each one's layout, points and limit.

A `QuizPlan` never changes once the quiz is made, so it is rebuilt identically on resume from
the configuration (with its seed) and the saved question order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from quizapp.bank.model import Bank, BankId, Question
from quizapp.quiz.config import QuestionRef, QuizConfig
from quizapp.quiz.errors import ResumeError
from quizapp.quiz.records import QuestionView
from quizapp.quiz.select import layout_for
from quizapp.words import Notice, notice


@dataclass(frozen=True, slots=True)
class QuizPlan:
    config: QuizConfig  # with its seed
    banks: Mapping[BankId, Bank]
    order: tuple[QuestionRef, ...]
    questions: Mapping[QuestionRef, Question]

    @classmethod
    def build(
        cls, config: QuizConfig, banks: Mapping[BankId, Bank], order: tuple[QuestionRef, ...]
    ) -> QuizPlan:
        """The plan for `order`; `ResumeError` names the first bank or question that is gone."""
        return cls(config, banks, order, {r: find_question(banks, r) for r in order})

    @property
    def seed(self) -> int:
        assert self.config.seed is not None  # sessions always give their config a seed
        return self.config.seed

    def points(self, where: QuestionRef) -> float:
        return self.banks[where.bank_id].points_for(self.questions[where])

    def language(self, where: QuestionRef) -> str | None:
        """The language of the question's bank, which scoring needs for leading articles."""
        return self.banks[where.bank_id].language

    @property
    def quiz_time_limit(self) -> float | None:
        """The whole quiz's limit in seconds, extra time included, or None."""
        limit = self.config.quiz_time_limit
        return None if limit is None else limit * self.config.extra_time

    def time_limit(self, where: QuestionRef) -> float | None:
        """question `time_limit` > bank default > configuration (the configuration first when
        `question_time_fixed`), times the extra-time factor; None when per-question limits are
        off or none is set."""
        config = self.config
        if not config.per_question_limits:
            return None
        if config.question_time_fixed and config.question_time_limit is not None:
            return config.question_time_limit * config.extra_time
        limit = self.banks[where.bank_id].time_limit_for(self.questions[where])
        limit = config.question_time_limit if limit is None else limit
        return None if limit is None else limit * config.extra_time

    @property
    def has_limits(self) -> bool:
        return self.quiz_time_limit is not None or any(
            self.time_limit(r) is not None for r in self.order
        )

    def view(self, where: QuestionRef, skipped_before: bool = False) -> QuestionView:
        q = self.questions[where]
        layout = layout_for(q, where, self.config)
        return QuestionView(
            ref=where,
            question=q,
            number=self.order.index(where) + 1,
            total=len(self.order),
            points=self.points(where),
            time_limit=self.time_limit(where),
            choices=layout.choices,
            items=layout.items,
            lefts=layout.lefts,
            rights=layout.rights,
            skipped_before=skipped_before,
        )


def find_question(banks: Mapping[BankId, Bank], where: QuestionRef) -> Question:
    """The question `where` names, or `ResumeError` saying which bank or question is gone."""
    bank = banks.get(where.bank_id)
    if bank is None:
        raise ResumeError(notice(Notice("resume_bank_gone", {"bank": where.bank_id})))
    found = bank.question(where.question_id)
    if found is None:
        params = {"question": where.question_id, "bank": where.bank_id}
        raise ResumeError(notice(Notice("resume_question_gone", params)))
    return found
