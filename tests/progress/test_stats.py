"""Statistics: the summary tables kept on each answer give exactly what the raw answers give."""

from __future__ import annotations

import math
import shutil
import sqlite3
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.progress import Learner, LearnerStats, Mode, Store
from quizapp.progress.stats import stats_from_answers, streaks
from tests.progress.helpers import GEO, HIST, answer

step = st.tuples(
    st.integers(0, 2),  # learner
    st.sampled_from([GEO, HIST]),
    st.integers(0, 5),  # question
    st.booleans(),  # correct
    st.sampled_from([0.0, 0.5, 1.0]),  # score when wrong: none, partial
    st.integers(0, 90_000),  # time used, ms
    st.sets(st.sampled_from(["algebra", "geometry", "ünïcode"]), max_size=3),
    st.sampled_from(list(Mode)),
    st.sampled_from([0, 30, 3600, 86_400, 3 * 86_400]),  # seconds before the answer
    st.booleans(),  # finish the attempt after this answer
)


def assert_same(fast: LearnerStats, slow: LearnerStats) -> None:
    for name in LearnerStats._fields:
        a, b = getattr(fast, name), getattr(slow, name)
        if isinstance(a, float):
            assert math.isclose(a, b, abs_tol=1e-9), name
        elif name in ("per_tag", "per_bank"):
            assert [(x.key, x.title, x.answers, x.correct) for x in a] == [
                (x.key, x.title, x.answers, x.correct) for x in b
            ], name
            for x, y in zip(a, b, strict=True):
                assert math.isclose(x.score_sum, y.score_sum, abs_tol=1e-9)
        else:
            assert a == b, name


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step, max_size=40))
def test_summaries_always_agree_with_the_raw_answers(tmp_path: Path, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    """For any sequence of answers by several learners, the fast statistics equal the ones
    computed from every answer."""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    clock = FakeClock()
    tz = timezone(timedelta(hours=-5))
    try:
        with Store.open(paths.resolve(data_dir=folder), clock, tz=tz) as store:
            people = [store.create_learner(n) for n in ("Ana", "Ben", "Cleo")]
            running: dict[int, int] = {}
            for who, bank, q, correct, partial, ms, tags, mode, wait, finish in steps:
                clock.advance(wait)
                learner = people[who]
                if who not in running:
                    running[who] = store.start_attempt(
                        learner.id, mode, config={}, seed=0, banks=[bank], state={}
                    )
                record = answer(
                    clock.now(),
                    f"q{q}",
                    bank=bank,
                    correct=correct,
                    score=1.0 if correct else partial,
                    time_ms=ms,
                    tags=tuple(sorted(tags)),
                )
                assert store.record_answer(running[who], record, {}).saved
                if finish:
                    store.finish_attempt(running.pop(who), "finished", 0.5)
            clock.advance(60)
            for learner in people:
                fast = store.stats(learner.id)
                slow = stats_from_answers(store.connection, learner.id, clock.now(), tz)
                assert_same(fast, slow)
    finally:
        shutil.rmtree(folder)


def practise(store: Store, who: Learner, clock: FakeClock, results: list[tuple[str, bool]]) -> None:
    attempt = store.start_attempt(who.id, Mode.PRACTICE, config={}, seed=0, banks=[GEO], state={})
    for question, correct in results:
        clock.advance(10)
        store.record_answer(attempt, answer(clock.now(), question, correct=correct), {})
    clock.advance(10)
    store.finish_attempt(attempt, "finished", sum(c for _, c in results) / len(results))


def test_weakest_questions_come_first_and_never_include_perfect_ones(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """Weakest = lowest smoothed accuracy; one miss in one try is weaker than one in four."""
    practise(
        store,
        ana,
        clock,
        [("q1", False), ("q2", True), ("q2", True), ("q2", True), ("q2", False), ("q3", True)],
    )
    weakest = store.stats(ana.id).weakest
    assert [(w.question_id, w.answers, w.correct) for w in weakest] == [("q1", 1, 0), ("q2", 4, 3)]
    assert weakest[0].prompt == "Prompt of q1"


def test_attempts_over_time_and_totals(store: Store, ana: Learner, clock: FakeClock) -> None:
    """Finished attempts appear oldest first with their score and duration."""
    practise(store, ana, clock, [("q1", True), ("q2", False)])
    practise(store, ana, clock, [("q1", True)])
    stats = store.stats(ana.id)
    assert [(p.score, p.duration_s) for p in stats.attempts] == [(0.5, 30.0), (1.0, 20.0)]
    assert (stats.answers, stats.correct, stats.accuracy) == (3, 2, pytest.approx(2 / 3))
    assert stats.per_tag[0].key == "europe" and stats.per_tag[0].accuracy == pytest.approx(2 / 3)


def test_days_follow_the_learners_timezone(folders: paths.Paths) -> None:
    """An answer at 23:30 local time counts for that local day, not the UTC one."""
    clock = FakeClock(start=datetime(2026, 3, 1, 4, 30, tzinfo=UTC))  # 23:30 on Feb 28 at UTC-5
    with Store.open(folders, clock, tz=timezone(timedelta(hours=-5))) as store:
        ana = store.create_learner("Ana")
        practise(store, ana, clock, [("q1", True)])
        assert [d.day for d in store.stats(ana.id).days] == [date(2026, 2, 28)]


@pytest.mark.parametrize(
    ("days", "today", "current", "longest"),
    [
        ([], "2026-01-10", 0, 0),
        (["2026-01-10"], "2026-01-10", 1, 1),
        (["2026-01-08", "2026-01-09"], "2026-01-10", 2, 2),  # alive until the day is over
        (["2026-01-07", "2026-01-08"], "2026-01-10", 0, 2),  # a missed day ends it
        (
            ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-09", "2026-01-10"],
            "2026-01-10",
            2,
            3,
        ),
    ],
)
def test_day_streaks(days: list[str], today: str, current: int, longest: int) -> None:
    """Consecutive practice days: the current streak and the longest one."""
    got = streaks([date.fromisoformat(d) for d in days], date.fromisoformat(today), 0, 0)
    assert (got.current_days, got.longest_days) == (current, longest)


def test_correct_answer_runs(store: Store, ana: Learner, clock: FakeClock) -> None:
    """The current run of right answers restarts after a wrong one; the best run is kept."""
    practise(
        store, ana, clock, [("q1", True), ("q2", True), ("q3", True), ("q1", False), ("q2", True)]
    )
    s = store.stats(ana.id).streaks
    assert (s.current_correct, s.longest_correct, s.current_days) == (1, 3, 1)


def test_statistics_never_read_the_answers_table(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """All statistics come from summaries and indexes: reading `answers` is denied, and still
    everything is computed (so their cost does not grow with the number of answers)."""
    practise(store, ana, clock, [("q1", True), ("q2", False)])

    def deny_answers(action: int, table: str | None, *_: object) -> int:
        reads_answers = action == sqlite3.SQLITE_READ and table == "answers"
        return sqlite3.SQLITE_DENY if reads_answers else sqlite3.SQLITE_OK

    store.connection.set_authorizer(deny_answers)
    try:
        stats = store.stats(ana.id)
        with pytest.raises(sqlite3.DatabaseError, match="prohibited"):
            stats_from_answers(store.connection, ana.id, clock.now(), UTC)
    finally:
        store.connection.set_authorizer(None)
    assert (stats.answers, stats.correct, len(stats.weakest)) == (2, 1, 1)
