"""Responses: what each type accepts, how it is written to JSON and read back, how it is shown."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizapp.bank.model import Question, QuestionType
from quizapp.quiz.errors import QuizError, ResumeError
from quizapp.quiz.responses import (
    Response,
    check_response,
    expected_response,
    is_blank,
    response_from_json,
    response_text,
    response_to_json,
)
from tests.quiz.helpers import (
    match,
    multiple,
    numeric,
    one_of_each,
    order,
    short,
    single,
    true_false,
)


@pytest.mark.parametrize(
    ("question", "response"),
    [
        (single(), "Lyon"),  # not one of the choices
        (single(), True),  # wrong kind
        (multiple(), frozenset({"A", "Z"})),
        (multiple(), "A"),
        (true_false(), "True"),
        (short(), 42),
        (order(), ("W", "X", "Y")),  # an item missing
        (order(), ("W", "X", "Y", "Y")),  # an item twice
        (match(), {"Albright": "Queen"}),
        (match(), {"Nobody": "Chair"}),
    ],
)
def test_check_response_refuses_what_the_question_cannot_take(
    question: Question, response: object
) -> None:
    """A response of the wrong kind, or naming something not offered, raises QuizError."""
    with pytest.raises(QuizError, match=question.id):
        check_response(question, response)  # type: ignore[arg-type]


def test_check_response_canonicalises_collections() -> None:
    """Sets become frozensets, lists become tuples, dicts become read-only mappings."""
    assert check_response(multiple(), {"A"}) == frozenset({"A"})  # type: ignore[arg-type]
    assert check_response(order(), ["Z", "Y", "X", "W"]) == ("Z", "Y", "X", "W")  # type: ignore[arg-type]
    chosen = check_response(match(), {"Wilson": "President"})
    assert chosen == {"Wilson": "President"}
    with pytest.raises(TypeError):
        chosen["Wilson"] = "Chair"  # type: ignore[index]


@pytest.mark.parametrize(
    ("response", "blank"),
    [
        (None, True),
        ("", True),
        (" \t", True),
        (frozenset(), True),
        ({}, True),
        ((), True),
        (False, False),
        ("0", False),
        (frozenset({"A"}), False),
    ],
)
def test_is_blank(response: Response, blank: bool) -> None:
    """Blank means nothing entered; False (a true/false answer) and "0" are answers."""
    assert is_blank(response) is blank


def _any_response(q: Question) -> st.SearchStrategy[Response]:
    by_type: dict[QuestionType, st.SearchStrategy[Response]] = {
        QuestionType.SINGLE: st.sampled_from(q.choices),
        QuestionType.MULTIPLE: st.frozensets(st.sampled_from(q.choices)),
        QuestionType.TRUE_FALSE: st.booleans(),
        QuestionType.SHORT: st.text(alphabet='ab é"\\\n', max_size=8),
        QuestionType.NUMERIC: st.text(alphabet="0123456789,. -", max_size=8),
        QuestionType.ORDER: st.permutations(q.items).map(tuple),
        QuestionType.MATCH: st.dictionaries(
            st.sampled_from([left for left, _ in q.pairs]),
            st.sampled_from([right for _, right in q.pairs]),
        ),
    }
    return st.none() | by_type[q.type]


@given(st.data())
def test_responses_survive_a_json_round_trip(data: st.DataObject) -> None:
    """response_from_json(response_to_json(r)), through real JSON text, gives r back."""
    q = data.draw(st.sampled_from(one_of_each()))
    response = data.draw(_any_response(q))
    text = json.dumps(response_to_json(response))
    back = response_from_json(q.type, json.loads(text))
    assert back == response
    assert check_response(q, back) == back


@pytest.mark.parametrize(
    ("question_type", "data"),
    [
        (QuestionType.SINGLE, 3),
        (QuestionType.MULTIPLE, "A"),
        (QuestionType.MULTIPLE, [1]),
        (QuestionType.TRUE_FALSE, "yes"),
        (QuestionType.ORDER, {"a": "b"}),
        (QuestionType.MATCH, ["a"]),
        (QuestionType.MATCH, {"a": 1}),
    ],
)
def test_malformed_json_responses_raise_resume_error(
    question_type: QuestionType, data: object
) -> None:
    """JSON that is not a response of the type raises ResumeError, not a TypeError."""
    with pytest.raises(ResumeError, match="damaged"):
        response_from_json(question_type, data)


@pytest.mark.parametrize(
    ("question", "response", "text"),
    [
        (single(), "Paris", "Paris"),
        (multiple(), frozenset({"E", "A"}), "A; E"),  # in the question's order
        (true_false(), False, "False"),
        (short(), "  sf ", "sf"),
        (numeric(), None, "(no answer)"),
        (order(), ("Z", "W"), "1. Z → 2. W"),
        (
            match(),
            {"Wilson": "Chair", "Albright": "President"},
            "Albright → President\nWilson → Chair",
        ),
    ],
)
def test_response_text(question: Question, response: Response, text: str) -> None:
    """The learner's answer reads as plain text, in the same forms as the expected answer."""
    assert response_text(question, response) == text


@pytest.mark.parametrize("question", one_of_each(), ids=lambda q: q.id)
def test_expected_response_is_a_valid_response(question: Question) -> None:
    """The expected response passes the same checks as a learner's."""
    assert check_response(question, expected_response(question)) == expected_response(question)
