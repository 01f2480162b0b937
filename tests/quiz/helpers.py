"""Small banks built directly from the model, so engine tests don't depend on the YAML loader."""

from __future__ import annotations

from typing import Any

from quizapp.bank.model import Bank, BankId, Difficulty, Question, QuestionId, QuestionType

T = QuestionType


def single(qid: str = "single", **kw: Any) -> Question:
    base = Question(
        QuestionId(qid),
        T.SINGLE,
        "Which city hosted the meeting?",
        choices=("Paris", "Baku", "San Francisco", "Tbilisi"),
        correct_choices=("Paris",),
        explanation="The text says so.",
        source_quote="the meeting in Paris",
    )
    return base._replace(**kw)


def multiple(qid: str = "multiple", **kw: Any) -> Question:
    base = Question(
        QuestionId(qid),
        T.MULTIPLE,
        "Which are cities?",
        choices=("A", "B", "C", "D", "E"),
        correct_choices=("A", "C", "E"),
    )
    return base._replace(**kw)


def true_false(qid: str = "tf", **kw: Any) -> Question:
    return Question(QuestionId(qid), T.TRUE_FALSE, "Baku is a capital.", truth=True)._replace(**kw)


def short(qid: str = "short", **kw: Any) -> Question:
    base = Question(
        QuestionId(qid),
        T.SHORT,
        "Where did Wilson speak?",
        accepted=("San Francisco", "SF"),
        typos=1,
    )
    return base._replace(**kw)


def numeric(qid: str = "numeric", **kw: Any) -> Question:
    base = Question(QuestionId(qid), T.NUMERIC, "Which year?", number=1998.0, number_text="1998")
    return base._replace(**kw)


def order(qid: str = "order", **kw: Any) -> Question:
    base = Question(QuestionId(qid), T.ORDER, "Earliest first.", items=("W", "X", "Y", "Z"))
    return base._replace(**kw)


def match(qid: str = "match", **kw: Any) -> Question:
    base = Question(
        QuestionId(qid),
        T.MATCH,
        "Match people and roles.",
        pairs=(("Albright", "Secretary"), ("Livingston", "Chair"), ("Wilson", "President")),
    )
    return base._replace(**kw)


def one_of_each() -> tuple[Question, ...]:
    return (single(), multiple(), true_false(), short(), numeric(), order(), match())


def bank(
    *questions: Question,
    bank_id: str = "bank",
    time_limit: float | None = None,
    points: float = 1.0,
) -> Bank:
    return Bank(
        id=BankId(bank_id),
        title=f"Bank {bank_id}",
        path=f"/banks/{bank_id}.yaml",
        content_hash="0" * 64,
        questions=questions or one_of_each(),
        default_time_limit=time_limit,
        default_points=points,
    )


def numbered(n: int, prefix: str = "q", **kw: Any) -> tuple[Question, ...]:
    """`n` single-choice questions q1..qn (answer "Paris")."""
    return tuple(single(f"{prefix}{i}", **kw) for i in range(1, n + 1))


EASY, MEDIUM, HARD = Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD
