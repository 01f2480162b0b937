"""One answer widget per question type, plus the countdown."""

from __future__ import annotations

from quizapp.bank import QuestionType
from quizapp.quiz import QuestionView
from quizapp.ui.widgets.base import AnswerWidget
from quizapp.ui.widgets.choices import ChoiceWidget
from quizapp.ui.widgets.match import MatchWidget
from quizapp.ui.widgets.order import OrderWidget
from quizapp.ui.widgets.typed import TypedWidget


def answer_widget_for(view: QuestionView) -> AnswerWidget:
    """The widget that takes an answer to this kind of question."""
    t = view.question.type
    if t in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE):
        return ChoiceWidget(view)
    if t in (QuestionType.SHORT, QuestionType.NUMERIC):
        return TypedWidget(view)
    if t is QuestionType.ORDER:
        return OrderWidget(view)
    return MatchWidget(view)


__all__ = [
    "AnswerWidget",
    "ChoiceWidget",
    "MatchWidget",
    "OrderWidget",
    "TypedWidget",
    "answer_widget_for",
]
