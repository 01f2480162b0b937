"""kill -9 at random moments: no committed answer is ever lost, the file is always intact, and
the unfinished attempt resumes exactly where it was.

50 kills by default; `QUIZAPP_CRASH_KILLS=500` for the long run (about three minutes on two
cores), `QUIZAPP_CRASH_SEED` to replay one sequence of kill moments.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.progress import Store
from tests.conftest import REPO

CHILD = Path(__file__).with_name("child.py")
KILLS = int(os.environ.get("QUIZAPP_CRASH_KILLS", "50"))
SEED = int(os.environ.get("QUIZAPP_CRASH_SEED", "20260101"))


def run_and_kill(data_dir: Path, rng: random.Random) -> list[str]:
    """Start a writer, let it commit a random number of answers, SIGKILL it; its output lines."""
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), "write"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        moment = rng.random()
        if moment < 0.1:
            wanted = -1  # during start-up: opening, checking, resuming
        elif moment < 0.2:
            wanted = 0  # right after it is ready
        else:
            wanted = rng.randint(1, 40)  # in the middle of answering (and backups)
        while wanted >= 0:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"writer died on its own: {proc.stderr.read()}")
            lines.append(line.strip())
            if line.startswith(("PENDING", "RECOVERED")):
                raise AssertionError(f"writer reported {line!r}")
            if line.startswith(("ANSWER", "READY")):
                wanted -= 1
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
    return lines


@pytest.mark.slow
@pytest.mark.timeout(max(120, KILLS))
def test_kill_dash_nine_never_loses_a_committed_answer(tmp_path: Path) -> None:
    """After every SIGKILL: integrity_check is ok, every answer the writer saw committed is
    there, and the unfinished attempt is offered with a state matching its answers; the next
    writer resumes from exactly that state."""
    rng = random.Random(SEED)
    data_dir = tmp_path / "data"
    folders = paths.resolve(data_dir=data_dir)
    committed: list[str] = []
    expected_resume: tuple[int, int] | None = None
    for kill in range(KILLS):
        lines = run_and_kill(data_dir, rng)
        ready = [line.split() for line in lines if line.startswith("READY")]
        if ready and expected_resume is not None:
            assert (int(ready[0][1]), int(ready[0][2])) == expected_resume, f"kill {kill}"
        committed += [line.split()[2] for line in lines if line.startswith("ANSWER")]
        if not folders.database.exists():  # killed before it made the file
            assert not committed
            continue
        conn = sqlite3.connect(folders.database, isolation_level=None)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"kill {kill}"
        stored = {r[0] for r in conn.execute("SELECT question_id FROM answers")}
        conn.close()
        missing = [q for q in committed if q not in stored]
        assert not missing, f"kill {kill}: committed answers missing: {missing}"

        with Store.open(folders, FakeClock(), tz=UTC) as store:
            assert store.opened.notices == (), f"kill {kill}: recovery was needed"
            learner = store.find_learner("Crash")
            unfinished = store.unfinished_attempts(None if learner is None else learner.id)
            assert len(unfinished) <= 1, f"kill {kill}"
            expected_resume = None
            if unfinished:
                offered = unfinished[0]
                answers = store.answers(offered.attempt.id)
                # The state was saved in the same commit as the last answer: they agree.
                assert offered.state["answered"] == len(answers), f"kill {kill}"
                assert offered.state["last"] == (answers[-1].question_id if answers else None)
                expected_resume = (offered.attempt.id, offered.state["answered"])
    assert len(committed) > KILLS, "the kills should land among answers, not only at start-up"


@pytest.mark.parametrize("wanted", [3, 11, 18, 24])
def test_a_deleted_log_after_kill_dash_nine_loses_at_most_the_last_few_answers(
    tmp_path: Path, wanted: int
) -> None:
    """kill -9, then the -wal file is deleted (a cleaner, a careless copy): what SQLite drops
    with it is bounded by the checkpoint cadence, a few answers at most, and the file opens."""
    data_dir = tmp_path / "data"
    lines: list[str] = []
    with subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), "write"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    ) as proc:
        assert proc.stdout is not None
        while sum(line.startswith("ANSWER") for line in lines) < wanted:
            lines.append(proc.stdout.readline().strip())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    database = paths.resolve(data_dir=data_dir).database
    for side in ("-wal", "-shm"):
        Path(str(database) + side).unlink(missing_ok=True)
    committed = [line.split()[2] for line in lines if line.startswith("ANSWER")]
    with Store.open(paths.resolve(data_dir=data_dir), FakeClock(), tz=UTC) as store:
        kept = {
            a.question_id
            for learner in store.learners()
            for t in store.attempts(learner.id)
            for a in store.answers(t.id)
        }
    lost = [q for q in committed if q not in kept]
    assert lost == committed[len(committed) - len(lost) :], "only the newest can go"
    assert len(lost) <= 6, f"{len(lost)} of {len(committed)} answers went with the log"
