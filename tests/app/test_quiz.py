"""Starting, recording, resuming and reopening a learner's quiz, as both faces run it. No Qt."""

from __future__ import annotations

from quizapp.app.context import AppContext
from quizapp.app.quiz import (
    DEFAULT_COUNT,
    Running,
    mistakes_config,
    quick_config,
    resume_quiz,
    saved_attempt,
    start_quiz,
)
from quizapp.app.reads import bank_summaries, progress_report
from quizapp.app.refused import Refused
from quizapp.clock import FakeClock
from quizapp.progress import Learner, LearnerSettings
from quizapp.quiz import Mode, QuizConfig, ref
from quizapp.words import Notice


def started(ctx: AppContext, learner: Learner, config: QuizConfig) -> Running:
    running = start_quiz(ctx, learner, config)
    assert isinstance(running, Running), running
    return running


def test_quick_start_asks_the_default_count_with_the_learners_extra_time(
    ctx: AppContext,
) -> None:
    """A quick start is a practice quiz of the default length, the learner's extra time kept."""
    slow = ctx.store.create_learner("Ben", LearnerSettings(extra_time_factor=1.5))
    config = quick_config("capitals", slow)
    assert (config.bank_ids, config.count, config.mode) == (
        ("capitals",),
        DEFAULT_COUNT,
        Mode.PRACTICE,
    )
    assert config.extra_time == 1.5


def test_a_filter_that_matches_nothing_is_refused_in_words(ctx: AppContext, ana: Learner) -> None:
    """Tags no question has: no attempt is recorded and the learner reads why."""
    refused = start_quiz(ctx, ana, QuizConfig(bank_ids=("capitals",), tags=frozenset({"none"})))  # type: ignore[arg-type]
    assert isinstance(refused, Refused)
    assert refused.code == "quiz_cannot_start"
    assert "tag" in refused.detail
    assert ctx.store.attempts(ana.id) == []


def test_mistakes_gone_from_the_bank_start_no_quiz(ctx: AppContext, ana: Learner) -> None:
    """Practising mistakes whose questions were since deleted says why no quiz starts."""
    config = mistakes_config((ref("capitals", "deleted"),), ana)
    assert config is not None
    refused = start_quiz(ctx, ana, config)
    assert isinstance(refused, Refused)
    assert refused.code == "quiz_cannot_start"
    assert refused.detail.startswith("No question matches")
    assert ctx.store.attempts(ana.id) == []


def test_an_unknown_bank_is_refused_not_raised(ctx: AppContext, ana: Learner) -> None:
    """A bank that is gone (deleted since the library loaded) gives a refusal, not a traceback."""
    refused = start_quiz(ctx, ana, QuizConfig(bank_ids=("gone",)))  # type: ignore[arg-type]
    assert isinstance(refused, Refused)
    assert refused.code == "quiz_cannot_start"


def test_answers_are_recorded_and_the_attempt_finishes_with_its_score(
    ctx: AppContext, ana: Learner, clock: FakeClock
) -> None:
    """Started, two answers given (one right), ended: the store has the attempt and its score."""
    running = started(
        ctx, ana, QuizConfig(bank_ids=("capitals",), count=2, shuffle_questions=False)
    )  # type: ignore[arg-type]
    session, recorder = running
    session.submit("Paris")
    session.next()
    clock.advance(3)
    session.submit("Baku")
    recorder.record_new_answers()
    session.next()
    recorder.finish()
    (attempt,) = ctx.store.attempts(ana.id)
    assert attempt.ended_at is not None
    assert attempt.score == 0.5
    found = saved_attempt(ctx, attempt.id)
    assert not isinstance(found, Refused)
    assert [a.question_id for a in found[1]] == ["q1", "q2"]


def test_an_unfinished_quiz_resumes_where_it_was(
    ctx: AppContext, ana: Learner, clock: FakeClock
) -> None:
    """After a crash the attempt resumes with its answers, on the next question."""
    session, recorder = started(
        ctx, ana, QuizConfig(bank_ids=("capitals",), count=3, shuffle_questions=False)
    )  # type: ignore[arg-type]
    session.submit("Paris")
    recorder.record_new_answers()
    session.next()
    recorder.save_now()
    (unfinished,) = ctx.store.unfinished_attempts(ana.id)
    resumed = resume_quiz(ctx, unfinished)
    assert isinstance(resumed, Running)
    assert len(resumed.session.answers) == 1
    assert resumed.session.current.ref == ref("capitals", "q2")


def test_a_quiz_whose_bank_is_gone_cannot_resume(ctx: AppContext, ana: Learner) -> None:
    """Resuming against a library without the bank says why instead of crashing."""
    _session, recorder = started(ctx, ana, QuizConfig(bank_ids=("capitals",), count=2))  # type: ignore[arg-type]
    recorder.save_now()
    (unfinished,) = ctx.store.unfinished_attempts(ana.id)
    ctx.library = type(ctx.library)((), (), ())
    refused = resume_quiz(ctx, unfinished)
    assert isinstance(refused, Refused)
    assert refused.code == "quiz_cannot_resume"


def test_practising_mistakes_asks_exactly_the_questions_missed(
    ctx: AppContext, ana: Learner
) -> None:
    """The results page's 'practise these mistakes' builds a mistakes quiz of those questions;
    with none missed there is nothing to start."""
    refs = (ref("capitals", "q3"), ref("capitals", "q1"))
    config = mistakes_config(refs, ana)
    assert config is not None
    session, _ = started(ctx, ana, config)
    assert session.mode is Mode.MISTAKES
    assert set(session.questions) == set(refs)
    assert mistakes_config((), ana) is None


def test_background_reads_see_the_last_score_per_bank(
    ctx: AppContext, ana: Learner, clock: FakeClock
) -> None:
    """The library's last score and the progress page's history come from their own reader."""
    session, recorder = started(ctx, ana, QuizConfig(bank_ids=("capitals",), count=1))  # type: ignore[arg-type]
    session.submit("Paris")
    session.next()
    recorder.finish()
    summaries = bank_summaries(ctx.paths, clock, ana.id)
    assert summaries["capitals"].last_score == 1.0
    report = progress_report(ctx.paths, clock, ana.id)
    assert [a.score for a in report.attempts] == [1.0]


def test_a_repair_the_store_made_mid_quiz_is_told_once_in_words(
    ctx: AppContext, ana: Learner, clock: FakeClock
) -> None:
    """What a reopen repaired (the store's `notices`) reaches the recorder as words for the
    quiz page's status line, and each notice is said once."""
    running = started(
        ctx, ana, QuizConfig(bank_ids=("capitals",), count=2, shuffle_questions=False)
    )  # type: ignore[arg-type]
    session, recorder = running
    made = clock.now()
    ctx.store.notices.append(
        Notice("store_restored", {"problem": "the file is empty", "moved": None, "made": made})
    )
    session.submit("Paris")
    recorder.record_new_answers()
    assert recorder.problem is None
    assert recorder.repaired is not None
    assert recorder.repaired.startswith("The progress file was damaged (the file is empty).")
    assert "restored from the backup made on" in recorder.repaired
    assert ctx.store.notices == []
