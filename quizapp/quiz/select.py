"""From a configuration to the questions of a quiz, and how each one is laid out on screen.

Both are pure functions of the configuration's seed: `random.Random(seed)` picks the question
order, and each question gets its own `random.Random` seeded from (seed, bank id, question id),
so its choices come out the same wherever it lands in the quiz and whatever else was picked.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quizapp.bank.model import Bank, BankId, Question, QuestionType
from quizapp.quiz.config import QuestionRef, QuizConfig
from quizapp.quiz.errors import QuizError
from quizapp.words import Notice, notice


def bank_index(banks: Iterable[Bank]) -> dict[BankId, Bank]:
    """Banks by id (the first of a repeated id wins, as on the bank search path)."""
    index: dict[BankId, Bank] = {}
    for bank in banks:
        index.setdefault(bank.id, bank)
    return index


def select_questions(config: QuizConfig, banks: Mapping[BankId, Bank]) -> tuple[QuestionRef, ...]:
    """The questions of the quiz, in the order they will be asked.

    Raises `QuizError` if a bank is not available or nothing matches the filters. Ids listed in
    `config.question_ids` that are no longer in their bank are left out (the list comes from a
    learner's history, which may be older than the bank).
    """
    if config.seed is None:
        raise QuizError("The quiz has no seed yet; use config.with_seed().")
    for bank_id in config.bank_ids:
        if bank_id not in banks:
            raise QuizError(notice(Notice("bank_not_available", {"bank": bank_id})))
    pool = [r for r in _candidates(config, banks) if _matches(config, _question(banks, r))]
    if config.shuffle_questions:
        random.Random(config.seed).shuffle(pool)
    if config.count is not None:
        pool = pool[: config.count]
    if not pool:
        raise QuizError(notice(Notice("no_question_matches", {})))
    return tuple(pool)


def _candidates(config: QuizConfig, banks: Mapping[BankId, Bank]) -> list[QuestionRef]:
    if not config.question_ids:
        return [
            QuestionRef(b, q.id) for b in dict.fromkeys(config.bank_ids) for q in banks[b].questions
        ]
    wanted = set(config.bank_ids)
    return [
        r
        for r in dict.fromkeys(config.question_ids)
        if r.bank_id in wanted and banks[r.bank_id].question(r.question_id) is not None
    ]


def _question(banks: Mapping[BankId, Bank], r: QuestionRef) -> Question:
    question = banks[r.bank_id].question(r.question_id)
    assert question is not None  # _candidates only yields questions that exist
    return question


def _matches(config: QuizConfig, question: Question) -> bool:
    if config.tags and not config.tags.intersection(question.tags):
        return False
    if config.types and question.type not in config.types:
        return False
    return not config.difficulties or question.difficulty in config.difficulties


@dataclass(frozen=True, slots=True)
class Layout:
    """How one question is shown: the order of what the learner picks from or arranges."""

    choices: tuple[str, ...] = ()  # single / multiple
    items: tuple[str, ...] = ()  # order: the starting arrangement (never already correct)
    lefts: tuple[str, ...] = ()  # match: left-hand sides, in the author's order
    rights: tuple[str, ...] = ()  # match: the distinct right-hand sides, shuffled


def layout_for(question: Question, where: QuestionRef, config: QuizConfig) -> Layout:
    """The question's layout for this quiz; the same seed always gives the same layout."""
    rng = random.Random(f"{config.seed}/{where.bank_id}/{where.question_id}")
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        choices = list(question.choices)
        if config.shuffle_choices:
            rng.shuffle(choices)
        return Layout(choices=tuple(choices))
    if question.type is QuestionType.ORDER:
        return Layout(items=_scrambled(question.items, rng))
    if question.type is QuestionType.MATCH:
        rights = tuple(dict.fromkeys(right for _, right in question.pairs))
        return Layout(
            lefts=tuple(left for left, _ in question.pairs), rights=_scrambled(rights, rng)
        )
    return Layout()


def _scrambled(values: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """A shuffle that is never the original order (when there are two different values)."""
    out = list(values)
    rng.shuffle(out)
    if tuple(out) == values and len(set(values)) > 1:
        out = out[1:] + out[:1]
    return tuple(out)
