"""`quizapp convert` as a teacher meets it: formats from names, --force, exit codes, messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.convert.helpers import bundled_copy, run


def test_existing_destination_needs_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An existing DEST is left alone without --force (exit 1), replaced with it."""
    src = bundled_copy(tmp_path)
    dest = tmp_path / "out.gift"
    dest.write_text("keep me", encoding="utf-8")
    assert run(src, dest) == 1
    assert dest.read_text(encoding="utf-8") == "keep me"
    assert (
        f"{dest}:1:1: error: exists already; use --force to replace it" in capsys.readouterr().out
    )
    assert run(src, dest, "--force") == 0
    assert dest.read_text(encoding="utf-8").startswith("// quizapp-bank:")


def test_unknown_format_asks_for_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A .txt that is not Anki text needs --from; the message says so and nothing is written."""
    src = tmp_path / "questions.txt"
    src.write_text("What?\nA. x\nB. y\nANSWER: A\n", encoding="utf-8")
    assert run(src, tmp_path / "out.yaml") == 1
    err = capsys.readouterr().err
    assert "add --from FORMAT" in err
    assert err.startswith(f"{src}:1:1: error: cannot tell the format from the name;")
    assert not (tmp_path / "out.yaml").exists()


def test_nothing_converted_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file with no convertible question exits 1 with located messages, no traceback."""
    src = tmp_path / "essays.gift"
    src.write_text("::E::Write an essay.{}\n", encoding="utf-8")
    assert run(src, tmp_path / "out.yaml") == 1
    captured = capsys.readouterr()
    assert f"{src}:1:1: warning: skipped the essay question" in captured.out
    assert "nothing could be converted" in captured.err
    assert "Traceback" not in captured.out + captured.err


def test_missing_source_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A source that does not exist is a located error and exit 1."""
    assert run(tmp_path / "nope.xml", tmp_path / "out.yaml") == 1
    assert "nope.xml:1:1: error: no such file" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("encoding", "data", "said"),
    [
        ("utf-8-sig", "::Q::Café?{TRUE####Ça va.}\n".encode("utf-8-sig"), "UTF-8 with BOM"),
        ("utf-16", "::Q::Café?{TRUE####Ça va.}\n".encode("utf-16"), "UTF-16"),
        ("cp1252", "::Q::Café?{TRUE####Ça va.}\n".encode("cp1252"), "Windows-1252"),
    ],
)
def test_windows_encodings_are_read_and_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, data: bytes, said: str
) -> None:
    """UTF-8 with BOM, UTF-16 and Windows-1252 files convert, and the encoding is reported."""
    src = tmp_path / "q.gift"
    src.write_bytes(data)
    assert run(src, tmp_path / "out.yaml") == 0
    out = capsys.readouterr().out
    assert f"read as {said}" in out
    assert f"{src}: note: read as {said}\n" in out
    text = (tmp_path / "out.yaml").read_text(encoding="utf-8")
    assert "prompt: Café?" in text and "explanation: Ça va." in text


def test_converted_bank_passes_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A GIFT file converted to our YAML passes `quizapp validate` with no errors."""
    from quizapp.cli import main

    src = tmp_path / "q.gift"
    src.write_text(
        "::Q1::Is it?{TRUE####Yes.}\n\n::Q2::Pick{=a ~b ~c####Because.}\n", encoding="utf-8"
    )
    assert run(src, tmp_path / "bank.yaml") == 0
    capsys.readouterr()
    assert main(["validate", "--strict", str(tmp_path / "bank.yaml")]) == 0
