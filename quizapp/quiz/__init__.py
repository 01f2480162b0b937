"""The quiz engine: sessions, scoring and countdowns. Pure Python: no Qt, no files, no database.

It takes banks from `quizapp.bank` and a `Clock` from `quizapp.clock`, and hands its whole state
to whoever stores it (`Session.to_dict` / `Session.from_dict`). See docs/quiz-engine.md.
"""

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
