"""Results files: what they hold, their names, damage detection, and atomic writing checked by
killing a writer for real."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.classroom import ResultFileError, merge_results, read_result, write_result
from quizapp.classroom.results import FORMAT
from tests.classroom.helpers import attempt, item
from tests.conftest import REPO

CHILD = Path(__file__).with_name("child.py")


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(CHILD), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


def test_a_result_reads_back_exactly_as_written(results_dir: Path) -> None:
    """Every field survives the round trip through the file."""
    result = attempt("Ana López", [item("q1", 1.0), item("q2", 0.5, points=2.0)], extra_time=1.5)
    path = write_result(results_dir, result)
    assert read_result(path) == result
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["version"] == 1
    assert document["totals"] == {
        "questions": 2,
        "answered": 2,
        "correct": 1,
        "points_earned": 2.0,
        "points_possible": 3.0,
        "score": 2.0 / 3.0,
    }
    assert document["answers"][1]["bank_file"] == "/teacher/b.yaml"
    assert document["answers"][1]["line"] == 20


def test_names_differ_by_machine_learner_and_attempt_but_not_over_an_attempts_life() -> None:
    """Two machines, two learners or two attempts never share a name; one attempt keeps its
    name from the interrupted snapshot to the finished file."""
    base = attempt("Ana López", [item("q1", 1.0)], attempt_id="a1")
    name = base.file_name
    assert name.startswith("week3_ana-lopez_lab-1_20260302T090000Z_a1")
    assert name.endswith(".result.json")
    others = {
        replace(base, machine="lab-2").file_name,
        replace(base, learner="Bob").file_name,
        replace(base, attempt_id="a2").file_name,
        name,
    }
    assert len(others) == 4
    assert replace(base, interrupted=True, written_at=base.ended_at).file_name == name


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda b: b[: len(b) // 2], "not valid JSON"),
        (lambda b: b.replace(b'"score": 1.0', b'"score": 0.0', 1), "checksum does not match"),
        (lambda b: b.replace(b'"Ana"', b'"Anb"', 1), "checksum does not match"),
        (lambda b: b"\xff\xfe" + b, "not UTF-8"),
        (lambda b: b'{"hello": "world"}', "not a quizapp classroom result"),
        (lambda b: b.replace(b'"version": 1', b'"version": 7', 1), "newer quizapp"),
    ],
)
def test_a_damaged_file_is_refused_with_the_reason(results_dir: Path, damage, reason: str) -> None:  # type: ignore[no-untyped-def]
    """A cut-short file, a changed byte, or someone else's JSON each get a plain reason."""
    path = write_result(results_dir, attempt("Ana", [item("q1", 1.0)]))
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(ResultFileError, match=reason):
        read_result(path)


def test_every_single_bit_flip_is_detected(results_dir: Path) -> None:
    """Flipping any one bit of a results file makes it unreadable, never silently different."""
    path = write_result(results_dir, attempt("Ana", [item("q1", 1.0), item("q2", 0.0)]))
    original = path.read_bytes()
    rng = random.Random(5)
    for position in rng.sample(range(len(original)), 200):
        flipped = bytearray(original)
        flipped[position] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(flipped))
        try:
            again = read_result(path)
        except ResultFileError:
            continue
        # only whitespace between JSON tokens can change without changing the content
        assert again == read_result_bytes(original, results_dir), position


def read_result_bytes(data: bytes, folder: Path):  # type: ignore[no-untyped-def]
    spare = folder / "spare.json"
    spare.write_bytes(data)
    return read_result(spare)


@pytest.mark.timeout(30)
def test_a_writer_killed_before_the_rename_leaves_no_file_under_the_final_name(
    results_dir: Path,
) -> None:
    """SIGKILL after the data is written and synced but before the rename: the final name does
    not exist, only a hidden temporary file, which the report ignores."""
    proc = spawn("write-blocked", str(results_dir), "Ana")
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "FSYNC"
    kill(proc)
    names = sorted(p.name for p in results_dir.iterdir())
    assert len(names) == 1 and names[0].startswith(".") and names[0].endswith(".tmp")
    merged = merge_results(results_dir)
    assert (merged.files, merged.attempts, merged.unreadable) == (0, (), ())


@pytest.mark.timeout(60)
def test_killing_a_rewrite_at_random_moments_never_leaves_a_partial_file(results_dir: Path) -> None:
    """A writer replacing the same 1 MB file over and over, killed at random moments: the file
    under the final name is always one whole version."""
    rng = random.Random(20260302)
    for _ in range(5):
        proc = spawn("write-loop", str(results_dir))
        assert proc.stdout is not None
        for _ in range(rng.randint(1, 6)):
            assert proc.stdout.readline().startswith("WROTE")
        kill(proc)
        finals = [p for p in results_dir.iterdir() if not p.name.startswith(".")]
        assert len(finals) == 1
        assert read_result(finals[0]).attempt_id == "same-attempt"


def _with_checksum(document: dict[str, object]) -> bytes:
    """A result's JSON with a checksum that matches its (damaged) content."""
    from quizapp.classroom.results import _checksum

    body = {k: v for k, v in document.items() if k != "checksum"}
    return json.dumps({**body, "checksum": _checksum(body)}).encode("utf-8")


@pytest.mark.parametrize(
    ("change", "detail"),
    [
        (lambda d: d["learner"].update(name=7), "`learner.name` should be text"),
        (lambda d: d.pop("machine"), "`machine` is missing"),
        (lambda d: d.update(answers=3), "`answers` should be a list"),
        (lambda d: d.update(started_at="yesterday"), "`started_at` is not a date and time"),
        (lambda d: d.update(seed=2**70), "`seed` is out of range"),
    ],
)
def test_damaged_content_names_the_key_in_the_language_chosen(
    results_dir: Path, change, detail: str
) -> None:  # type: ignore[no-untyped-def]
    """A result whose checksum fits but whose content does not says which key is wrong, as a
    code worded when shown: the key as written, the sentence in the `results` context."""
    from quizapp import words
    from quizapp.classroom.results import result_from_bytes

    path = write_result(results_dir, attempt("Ana", [item("q1", 1.0)]))
    document = json.loads(path.read_bytes())
    change(document)
    data = _with_checksum(document)
    with pytest.raises(ResultFileError) as refused:
        result_from_bytes(data)
    assert refused.value.message == f"the file is damaged: {detail}"
    words.install(lambda context, text, disambiguation=None, n=-1: f"<{context}>{text}")
    with pytest.raises(ResultFileError) as refused:
        result_from_bytes(data)
    assert refused.value.message.startswith("<results>the file is damaged: <results>`")
