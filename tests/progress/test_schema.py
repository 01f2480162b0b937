"""Schema versions: a database made by the first schema is upgraded on open, atomically, and a
database from a newer quizapp is left alone."""

from __future__ import annotations

import sqlite3
from datetime import UTC, timedelta

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Mode, Store, StoreError, schema
from quizapp.progress.recovery import backups
from tests.progress.helpers import GEO, HIST, answer

V1_TABLES = ("learners", "banks", "attempts", "attempt_banks", "questions", "answers")
DERIVED = (
    "learner_totals",
    "question_stats",
    "bank_stats",
    "tag_stats",
    "day_stats",
    "review_cards",
)


def build_history(store: Store, clock: FakeClock) -> None:
    """Two learners, practice and exam attempts, over several days, with edits of a question."""
    ana = store.create_learner("Ana")
    ben = store.create_learner("Ben")
    for day in range(4):
        for who, mode in ((ana, Mode.PRACTICE), (ben, Mode.EXAM), (ana, Mode.REVIEW)):
            attempt = store.start_attempt(
                who.id, mode, config={}, seed=day, banks=[GEO, HIST], state={}
            )
            for n in range(5):
                clock.advance(20 + n)
                bank = GEO if n % 2 else HIST
                store.record_answer(
                    attempt,
                    answer(
                        clock.now(),
                        f"q{(n + day) % 4}",
                        bank=bank,
                        correct=(n + day) % 3 != 0,
                        score=0.5 if (n + day) % 3 == 0 and n % 2 else None,
                        tags=("a", "b")[: 1 + n % 2],
                        content_hash=f"{bank.content_hash}-v{day // 2}",
                        time_limit_ms=30_000 if n % 2 else None,
                    ),
                    {"n": n},
                )
            store.finish_attempt(attempt, "finished", 0.6)
        clock.advance(timedelta(days=1).total_seconds())


def rows(conn: sqlite3.Connection, table: str) -> list[tuple[object, ...]]:
    out = []
    for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3"):
        out.append(tuple(round(v, 9) if isinstance(v, float) else v for v in row))
    return out


def make_v1_copy(source: Paths, target: Paths) -> None:
    """A version-1 database (from the frozen v1 DDL) holding the same rows as `source`."""
    target.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(target.database, isolation_level=None)
    for statement in schema.V1:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("ATTACH DATABASE ? AS src", (str(source.database),))
    for table in V1_TABLES:  # the v1 columns only: later versions add some
        columns = ", ".join(r[1] for r in conn.execute(f"PRAGMA main.table_info({table})"))
        conn.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM src.{table}")
    conn.execute("DETACH DATABASE src")
    conn.close()


def test_a_first_schema_database_is_upgraded_to_the_same_state_as_live_recording(
    tmp_path: object, clock: FakeClock, folders: Paths
) -> None:
    """Opening a v1 file upgrades it to the latest version; its summaries and review schedule,
    rebuilt from the answers, equal what recording the same answers live produced."""
    with Store.open(folders, clock, tz=UTC) as live:
        build_history(live, clock)
    old = paths.resolve(data_dir=folders.data_dir.parent / "old")
    make_v1_copy(folders, old)

    with Store.open(old, clock, tz=UTC) as upgraded:
        assert schema.version(upgraded.connection) == schema.LATEST
        before = backups(old.backup_dir)
        assert len(before) == 1, "a backup is taken before upgrading"
        live_conn = sqlite3.connect(folders.database)
        for table in V1_TABLES + DERIVED:
            assert rows(upgraded.connection, table) == rows(live_conn, table), table
        live_conn.close()
    backup = sqlite3.connect(before[0].path)
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    backup.close()


def test_a_fresh_database_starts_at_the_latest_version(store: Store) -> None:
    """A new data folder gets the newest schema directly."""
    assert schema.version(store.connection) == schema.LATEST


def test_a_failed_upgrade_leaves_the_old_version_untouched(
    folders: Paths, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If a migration fails halfway, its transaction rolls back: still v1, data intact."""

    def half_way(conn: sqlite3.Connection) -> None:
        conn.execute(schema.V2[0])
        conn.execute("CREATE TABLE review_cards (x)")  # in the way of the rest of v2
        schema.MIGRATIONS[1].apply(conn)

    failing = schema.Migration(2, "fails half-way", half_way)
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.MIGRATIONS[0], failing))
    folders.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(folders.database, isolation_level=None)
    for statement in schema.V1:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO learners (id, name, name_key, created_at) VALUES (1, 'Ana', 'ana', 'x')"
    )
    conn.close()
    with pytest.raises(StoreError, match="Cannot open"):
        Store.open(folders, clock)
    conn = sqlite3.connect(folders.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM learners").fetchall() == [("Ana",)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert "learner_totals" not in tables
    conn.close()


def test_a_database_from_a_newer_quizapp_is_refused_and_left_alone(
    folders: Paths, clock: FakeClock
) -> None:
    """A newer schema is neither downgraded nor treated as damage; the folder is not kept locked."""
    with Store.open(folders, clock) as store:
        store.create_learner("Ana")
    conn = sqlite3.connect(folders.database, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    content = folders.database.read_bytes()
    for _ in range(2):  # the second try would say "already running" if the lock leaked
        with pytest.raises(StoreError, match="newer version of quizapp"):
            Store.open(folders, clock)
    assert folders.database.read_bytes() == content
    assert not (folders.data_dir / "damaged").exists()


def test_the_latest_shape_on_record_is_what_the_migrations_make() -> None:
    """The fingerprint a start checks an up-to-date file against is that of the tables the
    migrations build (a new migration must record its own), and a changed byte of schema text
    no longer matches it."""
    built = schema.expected_shape(schema.LATEST)
    assert schema.fingerprint(built) == schema.LATEST_SHAPE, schema.fingerprint(built)
    kind, name, sql = sorted(built, key=lambda t: t[1])[0]
    assert sql is not None
    flipped = (kind, name, sql.replace("NOT NULL", "NOT NULK", 1))
    assert schema.fingerprint((built - {(kind, name, sql)}) | {flipped}) != schema.LATEST_SHAPE
