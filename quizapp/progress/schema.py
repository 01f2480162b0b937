"""The database schema, version by version, and the migrations between them.

`PRAGMA user_version` holds the version. Each migration runs in one transaction together with
the version bump, so a crash mid-migration leaves the previous version intact. The DDL of every
released version is frozen here: never edit a migration, add the next one. The tests build a
version-1 database from `V1` and check that opening it upgrades it.

- v1: learners, banks, attempts (+ the banks each used), the questions as answered, answers.
- v2: the summary tables behind the statistics, and the review schedule (rebuilt from answers).
- v3: smaller writes per answer: the session state after an answer is a small step appended to
  `attempt_steps` instead of a rewrite of the whole state; two indexes that every answer paid
  a page for and only rebuilds and reference queries read are gone.
- v4: a learner's interface language (`learners.language`, NULL = the system's).
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import sqlite3
import zlib
from collections.abc import Callable
from typing import NamedTuple

from quizapp.progress import review, summaries
from quizapp.progress.connection import transaction
from quizapp.progress.errors import StoreError
from quizapp.words import Notice

V1: tuple[str, ...] = (
    """CREATE TABLE learners (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        extra_time_factor REAL NOT NULL DEFAULT 1.0,
        font_size INTEGER
    )""",
    """CREATE TABLE banks (
        bank_id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        content_hash TEXT NOT NULL
    ) WITHOUT ROWID""",
    """CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        mode TEXT NOT NULL,
        config_json TEXT NOT NULL,
        seed INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        end_reason TEXT,
        score REAL,
        state_json TEXT,
        state_saved_at TEXT
    )""",
    "CREATE INDEX attempts_by_learner ON attempts (learner_id, started_at)",
    "CREATE INDEX attempts_unfinished ON attempts (learner_id) WHERE ended_at IS NULL",
    """CREATE TABLE attempt_banks (
        attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT NOT NULL,
        PRIMARY KEY (attempt_id, bank_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE questions (
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        bank_title TEXT NOT NULL,
        prompt TEXT NOT NULL,
        tags_json TEXT NOT NULL,
        PRIMARY KEY (bank_id, question_id, content_hash)
    ) WITHOUT ROWID""",
    """CREATE TABLE answers (
        id INTEGER PRIMARY KEY,
        attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL,
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        response_json TEXT NOT NULL,
        score REAL NOT NULL,
        correct INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        time_limit_ms INTEGER,
        answered_at TEXT NOT NULL,
        day TEXT NOT NULL
    )""",
    "CREATE INDEX answers_by_attempt ON answers (attempt_id)",
    "CREATE INDEX answers_by_question ON answers (learner_id, bank_id, question_id)",
)

V2: tuple[str, ...] = (
    """CREATE TABLE learner_totals (
        learner_id INTEGER PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        score_sum REAL NOT NULL,
        time_ms INTEGER NOT NULL,
        current_run INTEGER NOT NULL,
        best_run INTEGER NOT NULL
    )""",
    """CREATE TABLE question_stats (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        score_sum REAL NOT NULL,
        time_ms INTEGER NOT NULL,
        last_correct INTEGER NOT NULL,
        last_answered_at TEXT NOT NULL,
        last_content_hash TEXT NOT NULL,
        PRIMARY KEY (learner_id, bank_id, question_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE bank_stats (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        score_sum REAL NOT NULL,
        time_ms INTEGER NOT NULL,
        PRIMARY KEY (learner_id, bank_id)
    ) WITHOUT ROWID""",
    """CREATE TABLE tag_stats (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        score_sum REAL NOT NULL,
        PRIMARY KEY (learner_id, tag)
    ) WITHOUT ROWID""",
    """CREATE TABLE day_stats (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        answers INTEGER NOT NULL,
        correct INTEGER NOT NULL,
        time_ms INTEGER NOT NULL,
        PRIMARY KEY (learner_id, day)
    ) WITHOUT ROWID""",
    """CREATE TABLE review_cards (
        learner_id INTEGER NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        bank_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        state INTEGER NOT NULL,
        step INTEGER,
        stability REAL,
        difficulty REAL,
        due TEXT NOT NULL,
        last_review TEXT,
        reps INTEGER NOT NULL,
        lapses INTEGER NOT NULL,
        PRIMARY KEY (learner_id, bank_id, question_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX review_cards_due ON review_cards (learner_id, due)",
    # Covers "attempts over time" without touching the (large) attempts rows.
    """CREATE INDEX attempts_over_time
       ON attempts (learner_id, started_at, ended_at, score, mode) WHERE ended_at IS NOT NULL""",
)


V3: tuple[str, ...] = (
    # The steps of a running attempt's state since its last whole state in attempts.state_json:
    # each a patch (see progress/steps.py), applied in rowid order to rebuild the newest state.
    # A rowid table keeps a patch of up to ~4 KB in its leaf page (an index b-tree would spill
    # anything over ~1 KB into an overflow page), and it holds only the steps of running
    # attempts, so it needs no index: each new row goes after the highest rowid.
    """CREATE TABLE attempt_steps (
        attempt_id INTEGER NOT NULL REFERENCES attempts (id) ON DELETE CASCADE,
        patch_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )""",
    # "Due" reads scan the learner's cards by primary key (a few thousand at most); the
    # per-question history index served only rebuilds and the slow reference statistics.
    "DROP INDEX review_cards_due",
    "DROP INDEX answers_by_question",
)


def _run(statements: tuple[str, ...]) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def _v2(conn: sqlite3.Connection) -> None:
    _run(V2)(conn)
    summaries.rebuild(conn)
    review.rebuild(conn)


V4 = ("ALTER TABLE learners ADD COLUMN language TEXT",)


class Migration(NamedTuple):
    version: int
    what: str
    apply: Callable[[sqlite3.Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "learners, attempts, answers", _run(V1)),
    Migration(2, "summary tables and review schedule", _v2),
    Migration(3, "session state saved as steps; two fewer indexes per answer", _run(V3)),
    Migration(4, "a learner's interface language", _run(V4)),
)
LATEST = MIGRATIONS[-1].version


def version(conn: sqlite3.Connection) -> int:
    value: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return value


def check_not_newer(conn: sqlite3.Connection, where: str) -> int:
    """The file's version; a file from a newer quizapp is refused, never downgraded."""
    found = version(conn)
    if found > LATEST:
        params = {"path": where, "found": found, "latest": LATEST}
        raise StoreError(Notice("store_newer", params))
    return found


def migrate(conn: sqlite3.Connection, where: str) -> int:
    """Bring the database up to `LATEST`, one transaction per step; returns the old version."""
    start = check_not_newer(conn, where)
    for migration in MIGRATIONS:
        if migration.version <= version(conn):
            continue
        with transaction(conn):
            migration.apply(conn)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
    return start


_SHAPES: dict[int, frozenset[tuple[str, str, str | None]]] = {}


def shape(conn: sqlite3.Connection) -> frozenset[tuple[str, str, str | None]]:
    """Every table, index and trigger in the file, with the SQL that made it."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).fetchall()
    return frozenset((str(t), str(n), None if s is None else str(s)) for t, n, s in rows)


def expected_shape(at: int) -> frozenset[tuple[str, str, str | None]]:
    """What the migrations up to version `at` create, built once in memory."""
    if at not in _SHAPES:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            for migration in MIGRATIONS:
                if migration.version <= at:
                    migration.apply(conn)
            _SHAPES[at] = shape(conn)
        finally:
            conn.close()
    return _SHAPES[at]


# `fingerprint(expected_shape(LATEST))`: a file at the latest version is checked against it at
# every start, without running every migration in memory for the comparison (~7.5 M
# instructions). A test recomputes it from the migrations: a new migration changes it.
LATEST_SHAPE = 3342927243


def fingerprint(tables: frozenset[tuple[str, str, str | None]]) -> int:
    """A shape's CRC-32, in a fixed order: any change of a few bytes in the schema text (a flipped
    bit, a torn write) changes it."""
    text = "\n".join(sorted(f"{kind}\t{name}\t{sql}" for kind, name, sql in tables))
    return zlib.crc32(text.encode("utf-8"))


def check_shape(conn: sqlite3.Connection) -> str | None:
    """None if the tables are exactly what this file's version should hold, else what differs
    (a flipped bit in the stored schema text is damage that `quick_check` does not see)."""
    found = version(conn)
    if found > LATEST:
        return None  # a newer quizapp's file: refused elsewhere, never called damaged
    have = shape(conn)
    if found == LATEST and fingerprint(have) == LATEST_SHAPE:
        return None
    want = expected_shape(found)
    if have == want:
        return None
    odd = sorted(name for _, name, _ in have ^ want)
    return f"its tables are not those of schema version {found} ({', '.join(odd[:3])})"
