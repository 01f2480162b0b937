"""One bad results file never spoils the class report: hostile or damaged files are listed as
unreadable with a reason, conflicting copies of an attempt are shown (both file names) and
never silently preferred, every CSV text cell is defused, and nothing we read can hang us."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from quizapp.classroom import class_report, write_result
from quizapp.classroom.csvreport import render_csv
from quizapp.classroom.html import render_html
from quizapp.classroom.results import _checksum
from tests.classroom.helpers import attempt, item
from tests.classroom.test_report import NOW
from tests.conftest import REPO


def forged(results_dir: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    """A results file edited by hand, with its checksum recomputed (a forger can do that)."""
    path = write_result(results_dir, attempt("Eve", [item("q1", 1.0), item("q2", 0.0)]))
    body = json.loads(path.read_text(encoding="utf-8"))
    path.unlink()
    body.pop("checksum")
    change(body)
    body["checksum"] = _checksum(body)
    target = results_dir / name
    target.write_text(json.dumps(body), encoding="utf-8")
    return target


def set_in(*keys: object, value: object) -> Callable[[dict[str, Any]], None]:
    def change(body: dict[str, Any]) -> None:
        node: Any = body
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value

    return change


HOSTILE: dict[str, Callable[[Path], Path]] = {
    "deep array": lambda d: _raw(d, "deep.json", b"[" * 200_000 + b"]" * 200_000),
    "deep object": lambda d: _raw(d, "deep2.json", b'{"a":' * 100_000 + b"1" + b"}" * 100_000),
    "lone surrogate in a name": lambda d: _raw_json(d, "surrogate.json", "learner", "\ud800"),
    "time of 10**400": lambda d: forged(d, "t.json", set_in("time_used_ms", value=10**400)),
    "answer time of 10**400": lambda d: forged(
        d, "t2.json", set_in("answers", 0, "time_ms", value=10**400)
    ),
    "points of 1e308": lambda d: forged(
        d, "p.json", set_in("answers", 0, "points_earned", value=1e308)
    ),
    "points possible 1e308": lambda d: forged(
        d, "pp.json", set_in("answers", 1, "points_possible", value=-1e308)
    ),
    "NaN score": lambda d: _raw(d, "nan.json", b'{"format": "x", "score": NaN}'),
    "not UTF-8": lambda d: _raw(d, "latin.json", b'{"learner": "\xe9"}'),
    "a list": lambda d: _raw(d, "list.json", b"[1, 2, 3]"),
    "empty": lambda d: _raw(d, "empty.json", b""),
}


def _raw(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _raw_json(folder: Path, name: str, field: str, value: str) -> Path:
    """A real results file whose learner name is replaced by `value` (escaped in the JSON)."""
    path = write_result(folder, attempt("Zoe", [item("q1", 1.0)]))
    text = path.read_text(encoding="utf-8").replace('"Zoe"', json.dumps(value), 1)
    path.unlink()
    return _raw(folder, name, text.encode("utf-8"))


@pytest.mark.parametrize("attack", sorted(HOSTILE))
def test_a_hostile_file_is_listed_and_the_report_still_written(
    results_dir: Path, attack: str
) -> None:
    """Beside one good attempt, the hostile file is listed as unreadable with a reason, and
    the HTML and CSV are still made from the good one."""
    write_result(results_dir, attempt("Ana", [item("q1", 1.0)]))
    bad = HOSTILE[attack](results_dir)
    report = class_report(results_dir)
    assert [Path(u.path) for u in report.merged.unreadable] == [bad]
    assert report.merged.unreadable[0].reason
    assert [a.learner for a in report.merged.attempts] == ["Ana"]
    assert "Ana" in render_html(report, NOW)
    assert b"Ana" in render_csv(report)


def test_differing_copies_of_an_attempt_are_a_conflict_shown_at_the_top(
    results_dir: Path,
) -> None:
    """A forged 100% with the id of a real 0%: neither is counted, and the report names both
    files before anything else; an identical copy stays a plain duplicate."""
    real = attempt("Bob", [item("q1", 0.0), item("q2", 0.0)], attempt_id="bob-1")
    fake = attempt("Bob", [item("q1", 1.0), item("q2", 1.0)], attempt_id="bob-1")
    real_path = write_result(results_dir, real)
    stick = results_dir / "stick"
    stick.mkdir()
    fake_path = stick / real_path.name
    fake_path.write_bytes(fake.to_bytes())
    (results_dir / "copy.json").write_bytes(real_path.read_bytes())
    write_result(results_dir, attempt("Ana", [item("q1", 1.0), item("q2", 1.0)]))

    report = class_report(results_dir)
    (conflict,) = report.merged.conflicts
    assert set(conflict.paths) == {str(real_path), str(fake_path), str(results_dir / "copy.json")}
    assert [a.learner for a in report.merged.attempts] == ["Ana"]
    html = render_html(report, NOW)
    top = html.index("conflicting copies")
    assert top < html.index("<h2>Scores</h2>")
    assert str(real_path) in html[top:] and str(fake_path) in html[top:]
    assert str(fake_path) in render_csv(report).decode("utf-8-sig")


def test_identical_copies_are_still_one_attempt(results_dir: Path) -> None:
    """Copies with the same bytes count once and are no conflict."""
    path = write_result(results_dir, attempt("Ana", [item("q1", 1.0)]))
    (results_dir / "again.json").write_bytes(path.read_bytes())
    report = class_report(results_dir)
    assert report.merged.conflicts == () and report.merged.duplicates == 1
    assert len(report.merged.attempts) == 1


def test_every_text_cell_of_the_csv_is_defused(results_dir: Path) -> None:
    """A formula in any text column (the question type too) starts with an apostrophe."""
    formula = '=HYPERLINK("http://x")'
    hostile = item("q1", 1.0)
    from dataclasses import replace

    hostile = replace(
        hostile,
        bank_id="@b",
        question_id="+q1",
        prompt=formula,
        question_type=formula,
        bank_file="-cmd",
    )
    write_result(results_dir, attempt(formula, [hostile]))
    rows = list(csv.reader(io.StringIO(render_csv(class_report(results_dir)).decode("utf-8-sig"))))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c and c[0] in "=+-@" and not _number(c)]
    assert f"'{formula}" in cells


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_or_a_link_to_dev_zero_never_hangs_the_report(
    results_dir: Path, tmp_path: Path
) -> None:
    """`quizapp report` over a folder holding a FIFO and a link to /dev/zero finishes in
    seconds, lists both as unreadable, and still writes the report."""
    write_result(results_dir, attempt("Ana", [item("q1", 1.0)]))
    os.mkfifo(results_dir / "pipe.json")
    (results_dir / "zero.json").symlink_to("/dev/zero")
    out = tmp_path / "r.html"
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "report", str(results_dir), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "pipe.json" in done.stdout and "zero.json" in done.stdout
    assert "Traceback" not in done.stderr
    assert "Ana" in out.read_text(encoding="utf-8")


def test_random_damage_to_a_results_file_is_always_a_plain_reason(results_dir: Path) -> None:
    """2,000 random mutations of a real file (bytes flipped, cut, values swapped for hostile
    ones, checksum recomputed or not): reading gives a `ResultFileError`, or a result that
    makes a report, HTML and CSV without any exception."""
    import random

    from quizapp.classroom import Merged, ResultFileError, build_report
    from quizapp.classroom.results import result_from_bytes

    path = write_result(results_dir, attempt("Ana", [item("q1", 1.0), item("q2", 0.5)]))
    good = path.read_bytes()
    body = json.loads(good)
    rng = random.Random(20261202)
    nasty: list[object] = [
        10**400,
        -(10**400),
        1e308,
        -1e308,
        "\ud800",
        "",
        None,
        [],
        {},
        [[[[[]]]]],
        True,
        -1,
        "=cmd",
        "<img src=/dev/zero>",
        "x" * 100_000,
        2**63,
        0.5,
    ]
    outcomes = {"read": 0, "refused": 0}
    for _ in range(2000):
        kind = rng.random()
        if kind < 0.4:
            data = bytearray(good)
            for _ in range(rng.randint(1, 4)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            raw = bytes(data)
        elif kind < 0.5:
            raw = good[: rng.randrange(len(good))]
        else:
            doc = json.loads(json.dumps(body))
            node: Any = doc
            keys: list[object] = []
            while isinstance(node, dict | list) and node and rng.random() < 0.7:
                key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
                keys.append(key)
                node = node[key]
            if keys:
                set_in(*keys, value=rng.choice(nasty))(doc)
            doc.pop("checksum", None)
            if rng.random() < 0.8:
                with contextlib.suppress(UnicodeEncodeError):
                    doc["checksum"] = _checksum(doc)
            raw = json.dumps(doc).encode("utf-8")
        try:
            result = result_from_bytes(raw)
        except ResultFileError:
            outcomes["refused"] += 1
            continue
        outcomes["read"] += 1
        report = build_report(Merged("f", (result,), 1, 0, ()))
        render_html(report, NOW).encode("utf-8")
        render_csv(report)
    print("random damage to a results file:", outcomes)
    assert outcomes["refused"] > 1000
