"""`quizapp export`: every attempt and answer, for a teacher's spreadsheet, written atomically."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Mode, Store
from tests.progress.helpers import GEO, HIST, answer, read_only_folder


@pytest.fixture
def history(folders: Paths, clock: FakeClock) -> Paths:
    """Ana: a finished attempt (one answer a formula, one a match) and an unfinished one with no
    answers; Ben: one answer. The store is closed again, like a teacher's machine after class."""
    with Store.open(folders, clock) as store:
        ana = store.create_learner("Ana")
        ben = store.create_learner("Ben")
        first = store.start_attempt(
            ana.id, Mode.EXAM, config={"size": 2}, seed=7, banks=[GEO, HIST], state={}
        )
        clock.advance(10)
        store.record_answer(
            first, answer(clock.now(), "q1", response='=HYPERLINK("x")', correct=False), {}
        )
        clock.advance(10)
        store.record_answer(
            first,
            answer(clock.now(), "m1", bank=HIST, response=[["1066", "Hastings"]], time_ms=1234),
            {},
        )
        store.finish_attempt(first, "finished", 0.5)
        store.start_attempt(ana.id, Mode.PRACTICE, config={}, seed=8, banks=[GEO], state={})
        other = store.start_attempt(ben.id, Mode.PRACTICE, config={}, seed=9, banks=[GEO], state={})
        store.record_answer(other, answer(clock.now(), "q2", response=-5), {})
    return folders


def export(folders: Paths, *args: str) -> int:
    return main(["export", "--data-dir", str(folders.data_dir), *args])


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode()), "a BOM, so spreadsheets read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_has_a_row_per_answer_with_bank_title_and_prompt(
    history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One row per answer (and one for an attempt without any), with what a teacher reads."""
    out = tmp_path / "ana.csv"
    assert export(history, "--learner", "ana", "--out", str(out)) == 0
    assert "Wrote 1 learner" in capsys.readouterr().err
    rows = read_csv(out.read_bytes())
    assert [(r["attempt"], r["answer no."], r["question id"]) for r in rows] == [
        ("1", "1", "q1"),
        ("1", "2", "m1"),
        ("2", "", ""),
    ]
    first, match, empty = rows
    assert first["learner"] == "Ana" and first["mode"] == "exam"
    assert first["bank"] == "Geography" and first["question"] == "Prompt of q1"
    assert first["correct"] == "no" and first["attempt score"] == "0.5"
    assert first["banks"] == "Geography (geo); History (hist)"
    local_start = datetime(2026, 1, 1, 9, tzinfo=UTC).astimezone()  # the machine's timezone
    assert first["started"] == local_start.strftime("%Y-%m-%d %H:%M:%S")
    assert match["response"] == "1066 → Hastings" and match["time (ms)"] == "1234"
    assert empty["ended"] == "" and empty["mode"] == "practice"


def test_a_response_a_spreadsheet_would_run_is_defused(
    history: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A learner's "=..." response is shown as text, never run; a negative number stays one."""
    assert export(history, "--all") == 0
    rows = read_csv(capsys.readouterr().out.encode())
    responses = {r["question id"]: r["response"] for r in rows}
    assert responses["q1"] == '\'=HYPERLINK("x")'
    assert responses["q2"] == "-5"
    assert {r["learner"] for r in rows} == {"Ana", "Ben"}


def test_json_keeps_everything_nested(history: Paths, tmp_path: Path) -> None:
    """JSON (chosen by the file's extension) nests answers in attempts in learners, with the
    responses as the JSON they were saved as."""
    out = tmp_path / "all.json"
    assert export(history, "--all", "--out", str(out)) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    ana, ben = doc["learners"]
    assert (ana["name"], ben["name"]) == ("Ana", "Ben")
    exam, practice = ana["attempts"]
    assert exam["config"] == {"size": 2} and exam["seed"] == 7 and exam["score"] == 0.5
    assert [b["content_hash"] for b in exam["banks"]] == ["hash-geo-1", "hash-hist-1"]
    assert exam["answers"][1]["response"] == [["1066", "Hastings"]]
    assert exam["answers"][0]["prompt"] == "Prompt of q1"
    assert practice["answers"] == [] and practice["ended_at"] is None


def test_the_out_file_is_replaced_atomically(history: Paths, tmp_path: Path) -> None:
    """An existing file is replaced whole, and no temporary file is left beside it."""
    out = tmp_path / "report" / "ana.csv"
    out.parent.mkdir()
    out.write_text("old report")
    assert export(history, "--learner", "Ana", "--out", str(out)) == 0
    assert read_csv(out.read_bytes())
    assert [p.name for p in out.parent.iterdir()] == ["ana.csv"]


def test_a_failed_write_leaves_the_old_file_and_says_why(
    history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Writing into a folder that refuses it fails plainly; the previous file is untouched."""
    folder = tmp_path / "report"
    folder.mkdir()
    out = folder / "ana.csv"
    out.write_text("old report")
    with read_only_folder(folder):
        assert export(history, "--learner", "Ana", "--out", str(out)) == 1
    assert out.read_text() == "old report"
    assert "cannot write" in capsys.readouterr().err


def test_unknown_learner_and_missing_progress_are_plain_errors(
    history: Paths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A name that is nobody's lists the learners; an empty folder says there is no progress."""
    assert export(history, "--learner", "Zed") == 2
    assert "no learner called 'Zed'" in capsys.readouterr().err
    empty = main(["export", "--data-dir", str(tmp_path / "nothing"), "--all"])
    assert empty == 1
    assert "no saved progress" in capsys.readouterr().err


def test_export_works_while_the_app_is_open(
    history: Paths, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    """The teacher can export while a learner has quizapp open on the same folder."""
    with Store.open(history, clock):
        assert export(history, "--learner", "Ben", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["learners"][0]["attempts"][0]["answers"][0]["response"] == -5
