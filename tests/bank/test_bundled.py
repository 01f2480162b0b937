"""The banks that ship pass the strict checker and meet the bar the issue sets for them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import QuestionType, load_file
from quizapp.bank.coverage import uncited_passages
from quizapp.cli import main
from quizapp.paths import bundled_bank_dir

BUNDLED = sorted(bundled_bank_dir().glob("*.yaml"))


def test_there_is_a_bundled_bank() -> None:
    """The app ships at least the Azerbaijan–United States relations bank."""
    assert [p.name for p in BUNDLED] == ["azerbaijan-us-relations.yaml"]


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_bank_validates_strictly(path: Path, capsys) -> None:
    """`quizapp validate --strict` passes: no errors and no warnings."""
    assert main(["validate", "--strict", str(path)]) == 0, capsys.readouterr().out


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_bank_covers_its_text_with_every_type(path: Path) -> None:
    """45+ questions, every type 3+ times, each with source and explanation, every passage cited."""
    result = load_file(path)
    bank = result.bank
    assert bank is not None and result.problems == ()
    assert len(bank.questions) >= 45
    counts = Counter(q.type for q in bank.questions)
    assert all(counts[t] >= 3 for t in QuestionType), counts
    assert all(q.source_quote and q.explanation for q in bank.questions)
    assert uncited_passages(bank) == []
    assert bank.source is not None and bank.source.license == "CC BY-SA 4.0"
