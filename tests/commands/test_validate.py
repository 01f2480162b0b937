"""`quizapp validate`: compiler-style output, a summary, exit codes, JSON and coverage."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from tests.classroom.helpers import BANK_ID, MINIMAL_PRESET

GOOD = """title: Good
questions:
  - {id: q1, type: true_false, prompt: p, answer: true, explanation: e}
"""
WARN = """title: Warn
questions:
  - {id: w1, type: true_false, prompt: p, answer: true}
"""
BAD = """title: Bad
questions:
  - id: b1
    type: single
    prompt: p
    choices: [a, b]
    answer: c
    explanation: e
  - id: b2
    type: numeric
    prompt: p
    answer: many
    explanation: e
"""


@pytest.fixture
def banks(tmp_path: Path) -> Path:
    for name, text in {"good.yaml": GOOD, "warn.yaml": WARN, "bad.yaml": BAD}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_errors_are_listed_with_file_line_and_id_and_exit_1(banks: Path, capsys) -> None:
    """Every error is printed compiler style, then a summary; the exit code is 1."""
    code = main(["validate", str(banks / "bad.yaml"), str(banks / "good.yaml")])
    out = capsys.readouterr().out.splitlines()
    bad = str(banks / "bad.yaml")
    assert out == [
        f"{bad}:7:13: error: the answer 'c' is not one of the choices [b1]",
        f"{bad}:12:13: error: a numeric answer must be a number, not 'many' [b2]",
        "1 bank, 1 question (2 questions skipped): 2 errors, 0 warnings",
    ]
    assert code == 1


def test_warnings_pass_unless_strict(banks: Path, capsys) -> None:
    """A warning alone exits 0; with --strict it is an error and exits 1."""
    assert main(["validate", str(banks / "warn.yaml")]) == 0
    assert ": warning: no `explanation:`" in capsys.readouterr().out
    assert main(["validate", "--strict", str(banks / "warn.yaml")]) == 1
    assert ": error: no `explanation:`" in capsys.readouterr().out


def test_folders_are_searched_and_json_is_for_scripts(banks: Path, capsys) -> None:
    """A folder argument checks every bank in it; --format json gives a machine-readable report."""
    assert main(["validate", "--format", "json", str(banks)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["summary"] == {
        "banks": 2,
        "files": 3,
        "questions": 2,
        "errors": 2,
        "warnings": 1,
    }
    assert {p["question_id"] for p in report["problems"]} == {"b1", "b2", "w1"}


def test_a_missing_path_is_an_error_not_a_traceback(tmp_path: Path, capsys) -> None:
    """Naming a file that does not exist is reported like any other problem."""
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "nope.yaml:1:1: error: no such file or folder" in capsys.readouterr().out


def test_with_no_path_every_bank_on_the_search_path_is_checked(banks: Path, capsys) -> None:
    """No PATH: the bundled banks plus every --bank-dir folder are checked."""
    main(["validate", "--format", "json", "--bank-dir", str(banks)])
    checked = {Path(b["path"]).name for b in json.loads(capsys.readouterr().out)["banks"]}
    assert {"good.yaml", "warn.yaml", "bad.yaml", "azerbaijan-us-relations.yaml"} <= checked


def test_python_m_quizapp_validate_runs_as_a_command(banks: Path) -> None:
    """`python -m quizapp validate` works from a shell and prints no traceback."""
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(banks / "bad.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "2 errors" in proc.stdout


def test_coverage_lists_uncited_passages_with_their_lines(tmp_path: Path, capsys) -> None:
    """--coverage names each passage of the source text that no question quotes."""
    (tmp_path / "text.txt").write_text(
        "Title\n\nFirst paragraph is quoted.\n\nSecond paragraph is not.\n", encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        "title: T\nsource: {file: text.txt}\nquestions:\n"
        "  - {id: q, type: true_false, prompt: p, answer: true, explanation: e,"
        " source: First paragraph}\n",
        encoding="utf-8",
    )
    assert main(["validate", "--coverage", str(tmp_path / "b.yaml")]) == 0
    out = capsys.readouterr().out
    assert (
        f"{(tmp_path / 'text.txt').resolve()}:5: note: not cited by any question of b: Second"
        in out
    )
    assert ":3:" not in out


def test_validate_checks_presets_like_banks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp validate FOLDER` reports preset errors compiler style and counts presets."""
    (tmp_path / "out").mkdir()
    (tmp_path / "good.preset.yaml").write_text(MINIMAL_PRESET, encoding="utf-8")
    bad = tmp_path / "bad.preset.yaml"
    bad.write_text(f"title: T\nbanks: [{BANK_ID}x]\nresults: out\nmode: exma\n", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{bad}:2:9: error: there is no bank '{BANK_ID}x' in the library")
    assert out[1].startswith(f"{bad}:4:7: error: `mode` must be practice or exam")
    assert out[-1] == "0 banks, 0 questions, 2 presets: 2 errors, 0 warnings"


def test_validate_a_single_preset_file_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A preset named on the command line is checked against the bundled banks; JSON lists it."""
    (tmp_path / "out").mkdir()
    path = tmp_path / "good.preset.yaml"
    path.write_text(MINIMAL_PRESET, encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["presets"] == [{"path": str(path), "id": "good", "title": "Week 3"}]
    assert report["summary"]["presets"] == 1 and report["summary"]["errors"] == 0
