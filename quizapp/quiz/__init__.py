"""The quiz engine: sessions, scoring and countdowns. Pure Python: no Qt, no files, no database.

It takes banks from `quizapp.bank` and a `Clock` from `quizapp.clock`, and hands its whole state
to whoever stores it (`Session.to_dict` / `Session.from_dict`). See docs/quiz-engine.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizapp.quiz.config import Mode, QuestionRef, QuizConfig, ref
    from quizapp.quiz.countdown import Countdown
    from quizapp.quiz.errors import IllegalMoveError, QuizError, ResumeError
    from quizapp.quiz.numbers import NumberError, parse_number
    from quizapp.quiz.records import (
        Answer,
        FinishReason,
        QuestionView,
        Results,
        State,
        TimeEvent,
    )
    from quizapp.quiz.responses import (
        Response,
        check_response,
        expected_response,
        is_blank,
        response_from_json,
        response_text,
        response_to_json,
    )
    from quizapp.quiz.saved import VERSION as STATE_VERSION
    from quizapp.quiz.scoring import Grade, expected_text, grade, normalise_text
    from quizapp.quiz.select import Layout, layout_for, select_questions
    from quizapp.quiz.session import Session

# name -> (module, name there). The engine loads on first use of a name, so a module that needs
# only `quizapp.quiz.config` (the progress store's `Mode`) does not pay for the whole engine.
_HOMES: dict[str, tuple[str, str]] = {
    "Answer": ("quizapp.quiz.records", "Answer"),
    "Countdown": ("quizapp.quiz.countdown", "Countdown"),
    "FinishReason": ("quizapp.quiz.records", "FinishReason"),
    "Grade": ("quizapp.quiz.scoring", "Grade"),
    "IllegalMoveError": ("quizapp.quiz.errors", "IllegalMoveError"),
    "Layout": ("quizapp.quiz.select", "Layout"),
    "Mode": ("quizapp.quiz.config", "Mode"),
    "NumberError": ("quizapp.quiz.numbers", "NumberError"),
    "QuestionRef": ("quizapp.quiz.config", "QuestionRef"),
    "QuestionView": ("quizapp.quiz.records", "QuestionView"),
    "QuizConfig": ("quizapp.quiz.config", "QuizConfig"),
    "QuizError": ("quizapp.quiz.errors", "QuizError"),
    "Response": ("quizapp.quiz.responses", "Response"),
    "Results": ("quizapp.quiz.records", "Results"),
    "ResumeError": ("quizapp.quiz.errors", "ResumeError"),
    "STATE_VERSION": ("quizapp.quiz.saved", "VERSION"),
    "Session": ("quizapp.quiz.session", "Session"),
    "State": ("quizapp.quiz.records", "State"),
    "TimeEvent": ("quizapp.quiz.records", "TimeEvent"),
    "check_response": ("quizapp.quiz.responses", "check_response"),
    "expected_response": ("quizapp.quiz.responses", "expected_response"),
    "expected_text": ("quizapp.quiz.scoring", "expected_text"),
    "grade": ("quizapp.quiz.scoring", "grade"),
    "is_blank": ("quizapp.quiz.responses", "is_blank"),
    "layout_for": ("quizapp.quiz.select", "layout_for"),
    "normalise_text": ("quizapp.quiz.scoring", "normalise_text"),
    "parse_number": ("quizapp.quiz.numbers", "parse_number"),
    "ref": ("quizapp.quiz.config", "ref"),
    "response_from_json": ("quizapp.quiz.responses", "response_from_json"),
    "response_text": ("quizapp.quiz.responses", "response_text"),
    "response_to_json": ("quizapp.quiz.responses", "response_to_json"),
    "select_questions": ("quizapp.quiz.select", "select_questions"),
}


def __getattr__(name: str) -> object:
    try:
        module, attribute = _HOMES[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


__all__ = [
    "STATE_VERSION",
    "Answer",
    "Countdown",
    "FinishReason",
    "Grade",
    "IllegalMoveError",
    "Layout",
    "Mode",
    "NumberError",
    "QuestionRef",
    "QuestionView",
    "QuizConfig",
    "QuizError",
    "Response",
    "Results",
    "ResumeError",
    "Session",
    "State",
    "TimeEvent",
    "check_response",
    "expected_response",
    "expected_text",
    "grade",
    "is_blank",
    "layout_for",
    "normalise_text",
    "parse_number",
    "ref",
    "response_from_json",
    "response_text",
    "response_to_json",
    "select_questions",
]
