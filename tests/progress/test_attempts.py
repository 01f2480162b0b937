"""Attempts and answers: committed the moment they are given, with the session state, resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import AUTOSAVE_EVERY_S, Learner, Mode, Store, StoreError
from tests.progress.helpers import GEO, HIST, answer, raw


def start(store: Store, learner: Learner, mode: Mode = Mode.PRACTICE, **state: object) -> int:
    return store.start_attempt(
        learner.id, mode, config={"size": 10}, seed=42, banks=[GEO, HIST], state=dict(state)
    )


def test_an_answer_is_on_disk_when_record_answer_returns(
    store: Store, ana: Learner, clock: FakeClock, folders: Paths
) -> None:
    """Another connection (as after a crash) sees the answer and the state saved with it."""
    attempt = start(store, ana, step=0)
    result = store.record_answer(attempt, answer(clock.now(), "q7"), {"step": 1})
    assert result.saved and result.answer_id is not None
    other = raw(folders.database)
    row = other.execute("SELECT question_id, response_json FROM answers").fetchone()
    state = other.execute("SELECT state_json FROM attempts WHERE id = ?", (attempt,)).fetchone()
    other.close()
    assert row == ("q7", '"Paris"')
    assert json.loads(state[0]) == {"step": 1}


def test_durable_sqlite_settings(store: Store) -> None:
    """WAL journal, synchronous=FULL (2), foreign keys and a busy timeout are on."""
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_attempt_records_what_the_issue_asks(store: Store, ana: Learner, clock: FakeClock) -> None:
    """Configuration, seed, mode, banks with their hashes, times, end reason and score are kept."""
    attempt = start(store, ana)
    store.record_answer(attempt, answer(clock.now()), {})
    clock.advance(90)
    store.finish_attempt(attempt, "time_up", 0.5)
    got = store.attempt(attempt)
    assert (got.mode, got.seed, got.config) == (Mode.PRACTICE, 42, {"size": 10})
    assert got.banks == (GEO, HIST)
    assert got.ended_at is not None and (got.ended_at - got.started_at).total_seconds() == 90
    assert (got.end_reason, got.score, got.answer_count) == ("time_up", 0.5, 1)
    assert store.unfinished_attempts() == []


def test_unfinished_attempt_is_offered_with_its_latest_state(
    folders: Paths, clock: FakeClock
) -> None:
    """An attempt never finished (the app died) is offered at the next start, at its last state."""
    first = Store.open(folders, clock)
    ana = first.create_learner("Ana")
    attempt = start(first, ana, step=0)
    for step in (1, 2, 3):
        clock.advance(10)
        first.record_answer(attempt, answer(clock.now(), f"q{step}"), {"step": step})
    first.close()
    second = Store.open(folders, clock)
    offered = second.unfinished_attempts(ana.id)
    assert [u.attempt.id for u in offered] == [attempt]
    assert offered[0].state == {"step": 3}
    assert offered[0].attempt.answer_count == 3
    assert offered[0].state_saved_at == clock.now()
    clock.advance(5)
    second.record_answer(attempt, answer(clock.now(), "q4"), {"step": 4})  # resumed
    assert [a.question_id for a in second.answers(attempt)] == ["q1", "q2", "q3", "q4"]
    second.close()


def test_autosave_writes_the_state_every_five_seconds_and_no_more(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """`autosave` saves only once 5 s have passed since the last save of that attempt."""
    attempt = start(store, ana, tick=0)
    calls: list[int] = []

    def state() -> dict[str, int]:
        calls.append(1)
        return {"tick": len(calls)}

    clock.advance(AUTOSAVE_EVERY_S - 1)
    assert store.autosave(attempt, state) is None
    clock.advance(1)
    saved = store.autosave(attempt, state)
    assert saved is not None and saved.saved
    assert store.autosave(attempt, state) is None
    clock.advance(4)
    store.record_answer(attempt, answer(clock.now()), {"tick": 99})  # an answer saves the state
    clock.advance(4)
    assert store.autosave(attempt, state) is None
    clock.advance(1)
    assert store.autosave(attempt, state) is not None
    assert store.unfinished_attempts()[0].state == {"tick": 2}


def test_answers_of_an_ended_or_unknown_attempt_are_refused(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """An ended attempt takes no more answers; an unknown id is a plain error."""
    attempt = start(store, ana)
    store.finish_attempt(attempt, "finished", 1.0)
    with pytest.raises(StoreError, match="already ended"):
        store.record_answer(attempt, answer(clock.now()), {})
    with pytest.raises(StoreError, match="no attempt"):
        store.record_answer(attempt + 100, answer(clock.now()), {})
    with pytest.raises(StoreError, match="no learner"):
        store.start_attempt(999, Mode.PRACTICE, config={}, seed=1, banks=[], state={})


def test_state_that_is_not_plain_json_is_refused(store: Store, ana: Learner) -> None:
    """A session state the engine could not read back is refused before it is written."""
    attempt = start(store, ana)
    with pytest.raises(StoreError, match="not plain JSON"):
        store.save_state(attempt, {"when": object()})
    with pytest.raises(StoreError, match="not plain JSON"):
        store.save_state(attempt, {"x": float("nan")})


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("score", 1.5, "between 0 and 1"),
        ("time_ms", -1, "negative time"),
        ("response_json", "{not json", "not valid JSON"),
    ],
)
def test_impossible_answers_are_refused(
    clock: FakeClock, field: str, value: object, message: str
) -> None:
    """An answer record with an impossible value never reaches the database."""
    good = answer(clock.now())
    values = {f: getattr(good, f) for f in good.__dataclass_fields__}
    values[field] = value
    with pytest.raises(StoreError, match=message):
        type(good)(**values)


def test_history_is_keyed_by_stable_ids_across_edits_and_removals(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """A question whose text changed keeps its history, each answer with the text of its time;
    a question later removed from its bank keeps its history too."""
    attempt = start(store, ana)
    store.record_answer(
        attempt, answer(clock.now(), "q1", prompt="Capital of France?", correct=False), {}
    )
    store.finish_attempt(attempt, "finished", 0.0)
    edited = GEO.__class__(GEO.bank_id, "hash-geo-2", GEO.title)
    second = store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=2, banks=[edited], state={})
    store.record_answer(
        second,
        answer(
            clock.now(), "q1", prompt="What is the capital of France?", content_hash="hash-geo-2"
        ),
        {},
    )
    prompts = [a.prompt for t in (attempt, second) for a in store.answers(t)]
    assert prompts == ["Capital of France?", "What is the capital of France?"]
    stats = store.stats(ana.id)
    assert stats.per_bank[0].answers == 2 and stats.per_bank[0].correct == 1
    assert store.mistakes(ana.id) == []  # the latest answer to q1 was right
    assert [a.content_hash for a in store.answers(attempt)] == ["hash-geo-1"]


def test_a_data_folder_with_odd_characters_works(tmp_path: Path, clock: FakeClock) -> None:
    """Spaces, #, ?, % and non-Latin letters in the folder name (a USB stick's label) are fine."""
    folders = paths.resolve(data_dir=tmp_path / "Clé USB #1 ?50% 学生")
    with Store.open(folders, clock) as store:
        ana = store.create_learner("Ana")
        attempt = start(store, ana)
        assert store.record_answer(attempt, answer(clock.now()), {}).saved
    assert folders.database.is_file()
    with Store.open(folders, clock) as store:
        assert store.stats(ana.id).answers == 1


def test_the_quiz_time_at_the_end_is_kept(store: Store, ana: Learner, clock: FakeClock) -> None:
    """The time the results page showed is read back with the attempt, however long the
    attempt was open; an attempt ended without it has no time rather than a wrong one."""
    timed, untimed = start(store, ana), start(store, ana)
    clock.advance(3600)  # a long pause, or the machine off
    store.finish_attempt(timed, "completed", 1.0, time_used_ms=42_500)
    store.finish_attempt(untimed, "abandoned")
    assert store.attempt(timed).time_used_ms == 42_500
    assert store.attempt(untimed).time_used_ms is None
    assert store.unfinished_attempts() == []
