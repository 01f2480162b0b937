"""docs/converting.md tells the truth: its worked example is what the command does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.convert.helpers import run

DOC = Path(__file__).resolve().parents[2] / "docs" / "converting.md"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"## {title}")
    return text[start : text.index("\n## ", start + 1)]


def test_worked_example_matches_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Converting the example GIFT file prints the documented messages and writes the
    documented YAML, line for line."""
    blocks = re.findall(r"```(\w+)\n(.*?)```", _section("3. A worked example"), re.DOTALL)
    gift, messages, bank = blocks[0][1], blocks[1][1], blocks[2][1]
    (tmp_path / "rivers.gift").write_text(gift, encoding="utf-8")
    capsys.readouterr()
    assert run(tmp_path / "rivers.gift", tmp_path / "rivers.yaml") == 0
    printed = capsys.readouterr().out.replace(f"{tmp_path}/", "")
    expected = [x for x in messages.splitlines() if not x.startswith("$ ")]
    assert printed.splitlines() == expected
    assert (tmp_path / "rivers.yaml").read_text(encoding="utf-8") == bank


def test_every_format_has_a_section() -> None:
    """Each format the command knows has its mapping documented."""
    from quizapp.convert.pipeline import FORMATS

    text = DOC.read_text(encoding="utf-8")
    for name in FORMATS:
        assert f"| `{name}` |" in text, name
