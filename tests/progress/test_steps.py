"""The session state saved as small steps after each answer: the same state comes back, fewer
pages are written per answer, and an older file upgrades with its running attempt intact."""

from __future__ import annotations

import json
import sqlite3
import struct
from datetime import UTC
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Learner, Mode, Store, schema, steps
from tests.progress.helpers import GEO, answer

ORDER = [f"q{i:03d}" for i in range(30)]


def session_state(k: int) -> dict[str, Any]:
    """A state shaped like the engine's after `k` answers of a 30-question quiz."""
    return {
        "version": 1,
        "order": [{"bank": "geo", "question": q} for q in ORDER],
        "pending": [{"bank": "geo", "question": q} for q in ORDER[k:]],
        "answers": [
            {"bank": "geo", "question": q, "response": "Paris", "time_ms": 4000 + i}
            for i, q in enumerate(ORDER[:k])
        ],
        "used": [{"bank": "geo", "question": q, "seconds": 4.5} for q in ORDER[: k + 1]],
        "quiz_used": 4.5 * k,
        "current": None if k == len(ORDER) else {"bank": "geo", "question": ORDER[k]},
    }


def start(store: Store, ana: Learner) -> Any:
    return store.start_attempt(
        ana.id, Mode.PRACTICE, config={"size": 30}, seed=1, banks=[GEO], state=session_state(0)
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=12,
)
json_objects = st.dictionaries(st.sampled_from("abcdef"), json_values, max_size=6)


@given(json_objects, json_objects)
def test_a_patch_turns_the_old_state_into_the_new(old: dict[str, Any], new: dict[str, Any]) -> None:
    """Whatever two JSON objects, applying the diff of old to new gives exactly new."""
    assert steps.apply(old, [steps.diff(old, new)]) == new


def test_every_answer_resumes_to_the_state_saved_with_it(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """After each answer (and an autosave between two), the offered state is the last one
    handed over, while the whole state in the attempt row is not rewritten each time."""
    attempt = start(store, ana)
    for k in range(1, 25):
        clock.advance(7)
        assert store.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
        if k == 12:
            moved = {**session_state(k), "quiz_used": 99.0}
            store.save_state(attempt, moved)
            assert store.unfinished_attempts()[0].state == moved
            continue
        offered = store.unfinished_attempts()[0]
        assert offered.state == session_state(k), k
        assert offered.state_saved_at == clock.now()
    saved_as_steps = store.connection.execute(
        "SELECT count(*) FROM attempt_steps WHERE attempt_id = ?", (attempt,)
    ).fetchone()[0]
    assert saved_as_steps > 10, "most answers were saved as steps"


def test_finishing_removes_the_steps(store: Store, ana: Learner, clock: FakeClock) -> None:
    """A finished attempt is not offered and leaves no steps behind."""
    attempt = start(store, ana)
    for k in range(1, 6):
        store.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
    store.finish_attempt(attempt, "finished", 1.0)
    assert store.unfinished_attempts() == []
    assert store.connection.execute("SELECT count(*) FROM attempt_steps").fetchone()[0] == 0


def test_a_new_process_continues_after_the_steps_of_the_last(
    folders: Paths, clock: FakeClock
) -> None:
    """A resumed attempt's next answers build on the state the steps gave back."""
    with Store.open(folders, clock, tz=UTC) as first:
        ana = first.create_learner("Ana")
        attempt = start(first, ana)
        for k in range(1, 8):
            first.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
    with Store.open(folders, clock, tz=UTC) as second:
        assert second.unfinished_attempts()[0].state == session_state(7)
        for k in range(8, 15):
            second.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
    with Store.open(folders, clock, tz=UTC) as third:
        assert third.unfinished_attempts()[0].state == session_state(14)


def wal_frames(wal: Path) -> int:
    data = wal.read_bytes()
    page = struct.unpack(">I", data[8:12])[0]
    return (len(data) - 32) // (24 + page)


def test_an_answer_writes_eleven_pages_or_fewer(
    store: Store, ana: Learner, clock: FakeClock
) -> None:
    """An answer of a 30-question quiz adds 11 pages or fewer to the log on average (it was
    about 15: the whole state was rewritten, and two more indexes were updated)."""
    attempt = start(store, ana)
    wal = Path(f"{store.paths.database}-wal")
    frames = []
    for k in range(1, 30):
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
        frames.append(wal_frames(wal))
    assert sum(frames) / len(frames) <= 11, frames


def test_a_version_2_file_upgrades_with_its_running_attempt(
    folders: Paths, clock: FakeClock
) -> None:
    """A file of schema 2 with an unfinished attempt opens at the latest version, offers the
    same state, and has lost the two indexes every answer used to pay for."""
    with Store.open(folders, clock, tz=UTC) as live:
        ana = live.create_learner("Ana")
        attempt = start(live, ana)
        for k in range(1, 4):
            live.record_answer(attempt, answer(clock.now(), ORDER[k - 1]), session_state(k))
        state_json = live.unfinished_attempts()[0].state
    old = paths.resolve(data_dir=folders.data_dir.parent / "old")
    old.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(old.database, isolation_level=None)
    for statement in schema.V1 + schema.V2:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("ATTACH DATABASE ? AS src", (str(folders.database),))
    for table in ("learners", "banks", "attempts", "attempt_banks", "questions", "answers"):
        columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM src.{table}")
    conn.execute(
        "UPDATE attempts SET state_json = ?",
        (json.dumps(state_json),),
    )
    conn.execute("DETACH DATABASE src")
    conn.close()
    with Store.open(old, clock, tz=UTC) as upgraded:
        assert schema.version(upgraded.connection) == schema.LATEST
        assert upgraded.unfinished_attempts()[0].state == session_state(3)
        names = {r[0] for r in upgraded.connection.execute("SELECT name FROM sqlite_master")}
        assert "attempt_steps" in names
        assert not names & {"review_cards_due", "answers_by_question"}
        upgraded.record_answer(attempt, answer(clock.now(), ORDER[3]), session_state(4))
        assert upgraded.unfinished_attempts()[0].state == session_state(4)
