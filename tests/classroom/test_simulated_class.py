"""A simulated class: 30 learners on 3 machines (data folders) writing to one results folder.

Some attempts are killed mid-way (a real process, SIGKILLed), the results folder is renamed
away for a while, one learner leaves early, one tries another machine after a crash, and the
teacher copies a machine's own copies into the folder too. The report must count every attempt
exactly once, and its numbers must match the attempts as the sessions recorded them.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.bank import Library
from quizapp.classroom import AttemptResult, Classroom, ClassroomError, Preset, class_report
from quizapp.clock import FakeClock
from quizapp.progress import Store
from tests.classroom.helpers import take
from tests.conftest import REPO

CHILD = Path(__file__).with_name("child.py")
MACHINES = ("lab-1", "lab-2", "lab-3")
PRESET = """\
title: Week 3 review
banks: [azerbaijan-us-relations]
questions: 10
mode: exam
time_limit: {quiz: 900}
attempts: 1
results: results
"""
KILLED_AND_BACK = 4  # killed after answering; comes back to the same machine and finishes
KILLED_GONE = 13  # killed at a random moment; never comes back
KILLED_ELSEWHERE = 20  # killed; tries another machine, which refuses a second attempt
LEAVES = 26  # confirms leaving after three answers
AWAY = range(8, 17)  # the results folder is renamed away while these learners sit


class Lab:
    """Three machines, each with its own data folder, store and classroom."""

    def __init__(self, root: Path, preset: Preset, library: Library, clock: FakeClock) -> None:
        self.root, self.preset, self.library, self.clock = root, preset, library, clock
        self.rooms: dict[str, Classroom] = {}
        for machine in MACHINES:
            self.open(machine)

    def open(self, machine: str) -> Classroom:
        store = Store.open(paths.resolve(data_dir=self.root / machine), self.clock)
        room = Classroom(self.preset, self.library, store, self.clock, machine=machine)
        room.recover()
        self.rooms[machine] = room
        return room

    def close(self, machine: str) -> None:
        self.rooms.pop(machine).store.close()

    def close_all(self) -> None:
        for machine in list(self.rooms):
            self.close(machine)

    def sit_and_be_killed(self, machine: str, name: str, answers: int, kill_after: int) -> None:
        """Run the learner in a separate process on `machine` and SIGKILL it once it has
        committed `kill_after` answers (it goes on answering up to `answers`)."""
        self.close(machine)  # the process takes the data folder's lock
        with subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                "sit",
                str(self.root / machine),
                self.preset.path,
                machine,
                name,
                str(answers),
                self.clock.now().isoformat(),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        ) as proc:
            assert proc.stdout is not None and proc.stderr is not None
            while True:
                line = proc.stdout.readline()
                assert line, proc.stderr.read()
                if line.split() == ["ANSWERED", str(kill_after)]:
                    break
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            assert proc.returncode == -signal.SIGKILL
        self.clock.advance(20)  # shorter than any question's limit: nothing expires meanwhile
        self.open(machine)  # the machine restarts: recover() writes the attempt as interrupted


@pytest.mark.timeout(90)
def test_thirty_learners_on_three_machines_are_each_counted_once(
    tmp_path: Path,
    library: Library,
    make_preset: Callable[[str], Preset],
    clock: FakeClock,
    results_dir: Path,
) -> None:
    """Every attempt reaches the results folder exactly once in the report, however it ended,
    and the report's facility, discrimination and per-learner scores match the sessions."""
    preset = make_preset(PRESET)
    lab = Lab(tmp_path, preset, library, clock)
    rng = random.Random(20260302)
    names = [f"Learner {n:02d}" for n in range(1, 31)]
    finished: dict[str, AttemptResult] = {}
    away = results_dir.with_name("results-unplugged")

    for n, name in enumerate(names, start=1):
        machine = MACHINES[n % 3]
        if n == AWAY.start:
            results_dir.rename(away)
        if n == AWAY.stop:
            away.rename(results_dir)
            for room in lab.rooms.values():
                assert room.deliver_pending().complete
        clock.advance(rng.randint(30, 300))
        if n in (KILLED_AND_BACK, KILLED_GONE, KILLED_ELSEWHERE):
            kill_after = rng.randint(1, 5) if n == KILLED_GONE else 6
            lab.sit_and_be_killed(machine, name, answers=6, kill_after=kill_after)
            room = lab.rooms[machine]
            assert room.allowance(name).used == 1
            if n == KILLED_AND_BACK:
                sitting = room.begin(name)
                assert sitting.resumed and len(sitting.session.answers) == 6
                take(sitting, clock, rng, skill=0.6)
                assert sitting.result is not None and not sitting.result.interrupted
                finished[name] = sitting.result
            if n == KILLED_ELSEWHERE:
                other = lab.rooms[MACHINES[(n + 1) % 3]]
                with pytest.raises(ClassroomError, match="used your 1 attempt"):
                    other.begin(name)
            continue
        sitting = lab.rooms[machine].begin(name)
        if n == LEAVES:
            take(sitting, clock, rng, skill=0.5, stop_after=3)
            sitting.leave()
            continue
        take(sitting, clock, rng, skill=rng.uniform(0.2, 0.95))
        assert sitting.result is not None
        finished[name] = sitting.result
        if n in AWAY:
            assert sitting.delivery is not None and not sitting.delivery.complete

    waiting = {m: len(room.pending()) for m, room in lab.rooms.items()}
    assert waiting == {"lab-1": 0, "lab-2": 0, "lab-3": 0}
    lab.close_all()
    # The teacher also copies lab-2's own copies in from its data folder: duplicates.
    shutil.copytree(tmp_path / "lab-2" / "outbox" / "delivered", results_dir / "lab-2-copies")
    copies = len(list((results_dir / "lab-2-copies").iterdir()))

    report = class_report(results_dir)
    merged = report.merged
    assert len(merged.attempts) == 30 and merged.unreadable == ()
    assert merged.duplicates == copies and merged.files == 30 + copies
    assert (report.finished, report.interrupted) == (27, 3)
    rows = {r.name: r for r in report.learners}
    assert sorted(rows) == names
    assert all(r.finished + r.interrupted == 1 for r in rows.values())
    assert {n for n, r in rows.items() if r.interrupted} == {
        names[KILLED_GONE - 1],
        names[KILLED_ELSEWHERE - 1],
        names[LEAVES - 1],
    }
    assert {r.machines for r in rows.values()} == {(m,) for m in MACHINES}
    for name, result in finished.items():
        assert rows[name].best_score == pytest.approx(result.score)

    # The item numbers, recomputed here from the sessions' own results.
    by_question: dict[str, list[tuple[float, float, float]]] = {}
    for result in finished.values():
        for item in result.items:
            rest = result.points_earned - item.points_earned
            by_question.setdefault(item.question_id, []).append(
                (item.score, item.points_earned, rest)
            )
    assert {q.question_id for q in report.questions} == set(by_question)
    for row in report.questions:
        pairs = by_question[row.question_id]
        assert row.attempts == len(pairs)
        assert row.facility == pytest.approx(statistics.fmean(s for s, _, _ in pairs))
        xs, rests = [x for _, x, _ in pairs], [r for _, _, r in pairs]
        if len(pairs) > 1 and len(set(xs)) > 1 and len(set(rests)) > 1:
            assert row.discrimination == pytest.approx(statistics.correlation(xs, rests))
        else:
            assert row.discrimination is None
