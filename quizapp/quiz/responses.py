"""What a learner answers, per question type, and how it is checked, saved and shown.

| type       | response                          | JSON                    |
|------------|-----------------------------------|-------------------------|
| single     | the chosen choice's text          | "text"                  |
| multiple   | frozenset of chosen choice texts  | ["sorted", "texts"]     |
| true_false | bool                              | true / false            |
| short      | the typed text                    | "text"                  |
| numeric    | the typed text (parsed when graded)| "text"                 |
| order      | tuple of items, first to last     | ["items", "in order"]   |
| match      | mapping left -> chosen right      | {"left": "right"}       |
| (any)      | None = blank                      | null                    |

Responses hold texts, never positions, so a shuffled layout or an edited bank cannot shift them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from types import MappingProxyType
from typing import TypeAlias

from quizapp.bank.model import Question, QuestionType
from quizapp.quiz import jsonish as js
from quizapp.quiz.errors import QuizError, ResumeError
from quizapp.quiz.numbers import format_number

Response: TypeAlias = str | bool | frozenset[str] | tuple[str, ...] | Mapping[str, str] | None

_T = QuestionType


def is_blank(response: Response) -> bool:
    """Nothing entered: None, only whitespace, no choice picked, no pair matched."""
    if response is None:
        return True
    if isinstance(response, bool):
        return False
    if isinstance(response, str):
        return not response.strip()
    return len(response) == 0


def check_response(question: Question, response: Response) -> Response:
    """`response` in its canonical form, or `QuizError` if it cannot answer `question`.

    Picks must be among the question's own choices, items or right-hand sides: the GUI only
    offers those, so anything else is a bug to report, not an answer to grade.
    """
    if response is None:
        return None
    t = question.type
    if t in (_T.SHORT, _T.NUMERIC) and isinstance(response, str):
        return response
    if t is _T.SINGLE and isinstance(response, str):
        _require(response in question.choices, question, f"'{response}' is not a choice")
        return response
    if t is _T.TRUE_FALSE and isinstance(response, bool):
        return response
    if t is _T.MULTIPLE and isinstance(response, set | frozenset):
        unknown = sorted(c for c in response if c not in question.choices)
        _require(not unknown, question, f"{unknown} are not choices")
        return frozenset(response)
    if t is _T.ORDER and isinstance(response, tuple | list):
        same = Counter(response) == Counter(question.items)
        _require(same, question, "an order answer must arrange exactly the question's items")
        return tuple(response)
    if t is _T.MATCH and isinstance(response, Mapping):
        lefts = {left for left, _ in question.pairs}
        rights = {right for _, right in question.pairs}
        bad = [k for k, v in response.items() if k not in lefts or v not in rights]
        _require(not bad, question, f"{sorted(bad)} are not pairs this question offers")
        return MappingProxyType(dict(response))
    raise QuizError(
        f"A {t.value} question cannot take {type(response).__name__} as an answer "
        f"(question '{question.id}')."
    )


def _require(ok: bool, question: Question, problem: str) -> None:
    if not ok:
        raise QuizError(f"Answer refused for question '{question.id}': {problem}.")


def response_to_json(response: Response) -> js.JSON:
    """The response as plain JSON (see the module's table); the inverse of `response_from_json`."""
    if response is None or isinstance(response, str | bool):
        return response
    if isinstance(response, frozenset):
        return list(sorted(response))
    if isinstance(response, tuple):
        return list(response)
    return dict(response)


def response_from_json(question_type: QuestionType, data: object) -> Response:
    """Read back what `response_to_json` wrote for a question of `question_type`."""
    what = f"a {question_type.value} answer"
    if data is None:
        return None
    t = question_type
    if t in (_T.SINGLE, _T.SHORT, _T.NUMERIC):
        return js.as_str(data, what)
    if t is _T.TRUE_FALSE:
        return js.as_bool(data, what)
    if t is _T.MULTIPLE:
        return frozenset(js.as_str(x, what) for x in js.as_list(data, what))
    if t is _T.ORDER:
        return tuple(js.as_str(x, what) for x in js.as_list(data, what))
    if t is _T.MATCH:
        d = js.as_mapping(data, what)
        return MappingProxyType({k: js.as_str(v, what) for k, v in d.items()})
    raise ResumeError(f"Unknown question type {t!r}.")  # pragma: no cover - enum is exhaustive


def expected_response(question: Question) -> Response:
    """The response a learner would give to get full marks (used by tests and demos)."""
    t = question.type
    if t is _T.SINGLE:
        return question.correct_choices[0]
    if t is _T.MULTIPLE:
        return frozenset(question.correct_choices)
    if t is _T.TRUE_FALSE:
        return question.truth
    if t is _T.SHORT:
        return question.accepted[0]
    if t is _T.NUMERIC:
        if question.number_text:
            return question.number_text
        return format_number(question.number) if question.number is not None else None
    if t is _T.ORDER:
        return question.items
    return MappingProxyType(dict(question.pairs))


def response_text(question: Question, response: Response) -> str:
    """The learner's answer as plain text for the results screen; blank is "(no answer)"."""
    if is_blank(response):
        return "(no answer)"
    if isinstance(response, bool):
        return "True" if response else "False"
    if isinstance(response, str):
        return response.strip()
    if isinstance(response, frozenset):
        return "; ".join(c for c in question.choices if c in response)
    if isinstance(response, tuple):
        return ordered_text(response)
    assert response is not None
    return matched_text([(left, response[left]) for left, _ in question.pairs if left in response])


def ordered_text(items: tuple[str, ...]) -> str:
    """`1. X → 2. Y → 3. Z`"""
    return " → ".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def matched_text(pairs: list[tuple[str, str]] | tuple[tuple[str, str], ...]) -> str:
    """One `left → right` line per pair."""
    return "\n".join(f"{left} → {right}" for left, right in pairs)
