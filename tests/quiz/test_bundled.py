"""The scoring property over every question of every bundled bank, loaded by the real loader.

For each question: the expected answer scores 1.0, blank and timed-out answers score 0, and any
response a learner could give scores within [0, 1].
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank import Bank, Question, QuestionType, load_file
from quizapp.clock import FakeClock
from quizapp.paths import bundled_bank_dir
from quizapp.quiz import Mode, QuizConfig, Response, Session, State, expected_response, grade


def _load() -> list[Bank]:
    banks = []
    for path in sorted(bundled_bank_dir().glob("*.yaml")):
        result = load_file(path)
        assert result.bank is not None, [p.format() for p in result.problems]
        banks.append(result.bank)
    return banks


BANKS = _load()
QUESTIONS = [(b, q) for b in BANKS for q in b.questions]
IDS = [f"{b.id}/{q.id}" for b, q in QUESTIONS]


def test_there_are_bundled_questions_of_every_type() -> None:
    """The property below runs over real questions, of all seven types."""
    assert BANKS
    assert {q.type for _, q in QUESTIONS} == set(QuestionType)


@pytest.mark.parametrize(("bank", "question"), QUESTIONS, ids=IDS)
def test_expected_answer_scores_full_marks(bank: Bank, question: Question) -> None:
    """The bank's own answer to each bundled question scores 1.0 and earns all its points."""
    points = bank.points_for(question)
    g = grade(question, expected_response(question), points)
    assert (g.score, g.correct, g.points_earned) == (1.0, True, points), g.reasons
    assert g.expected


@pytest.mark.parametrize(("bank", "question"), QUESTIONS, ids=IDS)
def test_blank_and_timed_out_answers_score_zero(bank: Bank, question: Question) -> None:
    """Nothing entered scores 0, whether submitted or timed out."""
    points = bank.points_for(question)
    for timed_out in (False, True):
        g = grade(question, None, points, timed_out=timed_out)
        assert (g.score, g.points_earned, g.timed_out) == (0.0, 0.0, timed_out)


def _responses(q: Question) -> st.SearchStrategy[Response]:
    """Any response the GUI lets a learner give to `q`."""
    typed = st.text(alphabet="abcdefghij ABC.,-0123456789½é'", max_size=30)
    by_type: dict[QuestionType, st.SearchStrategy[Response]] = {
        QuestionType.SINGLE: st.sampled_from(q.choices),
        QuestionType.MULTIPLE: st.frozensets(st.sampled_from(q.choices)),
        QuestionType.TRUE_FALSE: st.booleans(),
        QuestionType.SHORT: typed | st.sampled_from(q.accepted),
        QuestionType.NUMERIC: typed | st.floats(allow_nan=False).map(str),
        QuestionType.ORDER: st.permutations(q.items).map(tuple),
        QuestionType.MATCH: st.dictionaries(
            st.sampled_from([left for left, _ in q.pairs]),
            st.sampled_from([right for _, right in q.pairs]),
        ),
    }
    return st.none() | by_type[q.type]


@settings(max_examples=300)
@given(st.data())
def test_every_score_is_within_zero_and_one(data: st.DataObject) -> None:
    """Any response to any bundled question scores within [0, 1]; correct means exactly 1."""
    bank, question = data.draw(st.sampled_from(QUESTIONS))
    g = grade(question, data.draw(_responses(question)), bank.points_for(question))
    assert 0.0 <= g.score <= 1.0
    assert g.correct is (g.score == 1.0)


@pytest.mark.parametrize("bank", BANKS, ids=[b.id for b in BANKS])
def test_a_whole_exam_answered_right_scores_full_marks(bank: Bank) -> None:
    """Answering a whole bundled bank as an exam with the expected answers scores 100%."""
    clock = FakeClock()
    s = Session(QuizConfig((bank.id,), mode=Mode.EXAM, seed=2026), [bank], clock)
    s.start()
    while s.state is State.ASKING:
        clock.advance(1)
        s.submit(expected_response(s.current.question))
    r = s.results
    assert (r.score, r.correct_count, r.total) == (1.0, len(bank.questions), len(bank.questions))
