"""`quizapp draft`: writes a bank next to the text, refuses what it must, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main

from .conftest import BUNDLED


def test_draft_writes_a_bank_that_validate_accepts(copy_text, capsys) -> None:
    """The default output is TEXT.draft.yaml beside the text; validate finds no error in it
    and lists every question as a draft."""
    text = copy_text(BUNDLED)
    assert main(["draft", str(text)]) == 0
    out = text.with_name("azerbaijan-us-relations.draft.yaml")
    said = capsys.readouterr().out
    assert f"{out}: wrote 45 draft questions citing 15 of 15 passages" in said
    assert (
        "source:\n  title: Azerbaijan–United States relations\n  file: azerbaijan-us-relations.txt"
        in out.read_text(encoding="utf-8")
    )
    assert main(["validate", str(out), "--coverage"]) == 0
    report = capsys.readouterr().out
    assert report.count("warning: this question is a draft") == 45
    assert "every passage is cited by azerbaijan-us-relations-draft" in report


def test_questions_and_seed_options(copy_text, tmp_path: Path) -> None:
    """--questions sets the size; --seed changes the distractors, not the questions asked."""
    text = copy_text(BUNDLED)
    assert main(["draft", str(text), "--questions", "20", "--out", str(tmp_path / "a.yaml")]) == 0
    assert (
        main(
            [
                "draft",
                str(text),
                "--questions",
                "20",
                "--seed",
                "3",
                "--out",
                str(tmp_path / "b.yaml"),
            ]
        )
        == 0
    )
    a = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    b = (tmp_path / "b.yaml").read_text(encoding="utf-8")
    assert a.count("\n  - id: ") == 20 and a != b
    assert [line for line in a.splitlines() if "source:" in line] == [
        line for line in b.splitlines() if "source:" in line
    ]


def test_an_existing_bank_is_kept_unless_forced(copy_text, capsys) -> None:
    """A second run does not overwrite the teacher's edited draft without --force."""
    text = copy_text(BUNDLED)
    out = text.with_name("azerbaijan-us-relations.draft.yaml")
    out.write_text("my edits", encoding="utf-8")
    assert main(["draft", str(text)]) == 1
    assert "the file exists; pass --force to replace it" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "my edits"
    assert main(["draft", str(text), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# A DRAFT")


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (None, ["--language", "de"], "no drafting rules for the language 'de' yet; use en"),
        (None, ["--questions", "0"], "--questions must be 1 or more"),
        (None, ["--out", "sub/x.yaml"], "a bank can only quote a text in its own folder or below"),
        (b"caf\xe9 au lait", [], "the text is not UTF-8"),
        (b"", ["--missing"], "no such file"),
    ],
)
def test_mistakes_are_located_messages(
    tmp_path: Path, capsys, setup: bytes | None, args: list[str], message: str, monkeypatch
) -> None:
    """A wrong language, size, output folder, encoding or file name is one plain error line."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    text = tmp_path / "t.txt"
    text.write_bytes(setup if setup is not None else BUNDLED.read_bytes())
    if args == ["--missing"]:
        text, args = tmp_path / "gone.txt", []
    assert main(["draft", str(text), *args]) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert err.count("error:") == 1
