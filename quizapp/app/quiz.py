"""Starting, resuming and reopening a learner's quizzes: the session and its recorder built,
or why not. The quiz page runs what this returns; the window only moves between pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from quizapp import quiz as engine
from quizapp.app.recording import AttemptRecorder
from quizapp.app.refused import Refused
from quizapp.bank.model import BankId
from quizapp.progress import StoreError

if TYPE_CHECKING:
    from quizapp.app.context import AppContext
    from quizapp.progress import Attempt, Learner, StoredAnswer, UnfinishedAttempt

DEFAULT_COUNT = 10  # questions in a quick start, and the setup page's first offer


class Running(NamedTuple):
    """A started (or resumed) quiz and the recorder that keeps it saved."""

    session: engine.Session
    recorder: AttemptRecorder


def _extra_time(learner: Learner | None) -> float:
    return learner.settings.extra_time_factor if learner else 1.0


def quick_config(bank_id: str, learner: Learner | None) -> engine.QuizConfig:
    """A practice quiz of `DEFAULT_COUNT` questions from one bank, with the learner's extra time."""
    return engine.QuizConfig(
        bank_ids=(BankId(bank_id),), count=DEFAULT_COUNT, extra_time=_extra_time(learner)
    )


def mistakes_config(
    refs: tuple[engine.QuestionRef, ...], learner: Learner | None
) -> engine.QuizConfig | None:
    """The questions missed, asked again (None when there were none)."""
    if not refs:
        return None
    return engine.QuizConfig(
        bank_ids=tuple(dict.fromkeys(r.bank_id for r in refs)),
        mode=engine.Mode.MISTAKES,
        question_ids=refs,
        extra_time=_extra_time(learner),
    )


def start_quiz(ctx: AppContext, learner: Learner, config: engine.QuizConfig) -> Running | Refused:
    """A new session for `config`, started and recorded as the learner's attempt, or why not."""
    banks = ctx.library.banks
    try:
        session = engine.Session(config, banks, ctx.clock)  # refuses a quiz of no questions
        session.start()
    except engine.QuizError as e:
        return Refused("quiz_cannot_start", str(e))
    recorder = AttemptRecorder(ctx.store, session, {b.id: b for b in banks})
    try:
        recorder.start(learner.id)
    except StoreError as e:
        return Refused("quiz_cannot_start", str(e))
    return Running(session, recorder)


def resume_quiz(ctx: AppContext, unfinished: UnfinishedAttempt) -> Running | Refused:
    """The unfinished attempt's session, rebuilt from its saved state against today's banks."""
    banks = ctx.library.banks
    try:
        session = engine.Session.from_dict(unfinished.state, banks, ctx.clock)
    except engine.ResumeError as e:
        return Refused("quiz_cannot_resume", str(e))
    recorder = AttemptRecorder(ctx.store, session, {b.id: b for b in banks}, unfinished.attempt.id)
    return Running(session, recorder)


def saved_attempt(ctx: AppContext, attempt_id: int) -> tuple[Attempt, list[StoredAnswer]] | Refused:
    """A finished attempt and its answers, for the results page to show again."""
    try:
        attempt = ctx.store.attempt(attempt_id)  # type: ignore[arg-type]
        answers = ctx.store.answers(attempt_id)  # type: ignore[arg-type]
    except StoreError as e:
        return Refused("attempt_cannot_open", str(e))
    return attempt, answers
