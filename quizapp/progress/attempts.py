"""The bridge from the quiz engine to the progress store: an engine `Answer` becomes the store's
`AnswerRecord`. The app's recorder and the classroom both need this, so it lives once, in the
lowest layer that sees both sides (progress sits above quiz). Imported only by those two, so
opening the store never loads the engine."""

from __future__ import annotations

from quizapp.bank.model import Bank, Question
from quizapp.progress.answerrecord import AnswerRecord
from quizapp.quiz import Answer, Session


def answer_record(answer: Answer, session: Session, bank: Bank) -> AnswerRecord:
    """What the store keeps of one answer: the stable ids, the response and grade, and enough
    of the question (prompt, bank title, tags, content hash) for history and export to read
    well after the bank has changed or gone."""
    question: Question = session.plan.questions[answer.ref]
    limit = session.plan.time_limit(answer.ref)
    return AnswerRecord(
        bank_id=answer.bank_id,
        question_id=answer.question_id,
        response_json=answer.response_json,
        score=answer.score,
        correct=answer.correct,
        time_ms=answer.time_ms,
        answered_at=answer.answered_at,
        content_hash=bank.content_hash,
        prompt=question.prompt,
        bank_title=bank.title,
        tags=question.tags,
        time_limit_ms=None if limit is None else round(limit * 1000),
    )
