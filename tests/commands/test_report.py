"""`quizapp report RESULTS_DIR`: the files written, the summary printed, and plain messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from tests.classroom.helpers import write_class_folder


@pytest.fixture
def class_folder(tmp_path: Path) -> Path:
    """The hand-computed class of tests/classroom/test_report.py, with copies and a bad file."""
    folder = tmp_path / "results"
    folder.mkdir()
    return write_class_folder(folder)


def test_the_report_command_writes_html_and_csv_and_summarises(
    class_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp report DIR --out --csv`: the files, and a summary of what was merged."""
    out, table = tmp_path / "r.html", tmp_path / "r.csv"
    assert main(["report", str(class_folder), "--out", str(out), "--csv", str(table)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == (
        "5 attempts merged (4 finished, 1 interrupted) from 8 files; 2 duplicates ignored; "
        "1 unreadable file."
    )
    assert printed[1].startswith(f"  {class_folder / 'cut-short.result.json'}: the file is not")
    assert printed[2] == "3 questions flagged (too easy, too hard or negative discrimination)."
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert table.read_bytes().startswith(b"\xef\xbb\xbfLearners")


def test_a_missing_results_folder_is_a_plain_message_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No such folder: exit 1 with one plain line, no traceback, no report written."""
    assert main(["report", str(tmp_path / "nope"), "--out", str(tmp_path / "r.html")]) == 1
    err = capsys.readouterr().err
    assert err == (
        f"quizapp report: {tmp_path / 'nope'} does not exist; give the folder the results were "
        "collected in.\n"
    )
    assert not (tmp_path / "r.html").exists()


def test_an_unwritable_report_path_is_a_plain_message(
    class_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--out inside a folder that does not exist: exit 1 and say which file."""
    assert main(["report", str(class_folder), "--out", str(tmp_path / "no" / "r.html")]) == 1
    assert "quizapp report: cannot write" in capsys.readouterr().err


def test_under_lang_de_the_summary_unreadable_files_and_write_errors_are_german(
    class_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--lang de`: why a results file cannot be read, and why the report cannot be written
    (the file system's reason and what to do), are German sentences."""
    out = tmp_path / "no" / "r.html"
    assert main(["--lang", "de", "report", str(class_folder), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"quizapp report: kann nicht schreiben: {out.parent}")
    assert "existiert nicht. Bitte den Pfad prüfen." in err
    assert (
        main(["--lang", "de", "report", str(class_folder), "--out", str(tmp_path / "r.html")]) == 0
    )
    printed = capsys.readouterr().out.splitlines()
    bad = class_folder / "cut-short.result.json"
    assert printed[1].startswith(f"  {bad}: die Datei ist kein gültiges JSON (sie ist beschädigt")
