"""The banks that ship pass the strict checker and meet the bar the issue sets for them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import QuestionType, load_file
from quizapp.bank.coverage import uncited_passages
from quizapp.bank.sourcetext import SourceText
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


MOST_PER_PASSAGE = 6


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_no_passage_of_the_text_carries_more_than_six_questions(path: Path) -> None:
    """Questions are spread over the text: no paragraph or caption is quoted by more than six."""
    bank = load_file(path).bank
    assert bank is not None and bank.source is not None and bank.source.file is not None
    text = SourceText.from_text(Path(bank.source.file).read_text(encoding="utf-8"))
    per_passage: Counter[int] = Counter()
    for q in bank.questions:
        assert q.source_quote is not None
        per_passage.update(text.passages_citing(q.source_quote))
    crowded = {
        text.passages[i].text[:40]: n for i, n in per_passage.items() if n > MOST_PER_PASSAGE
    }
    assert crowded == {}


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_right_choices_sit_in_varied_positions(path: Path) -> None:
    """Printed or unshuffled, the key is no giveaway: single-choice answers use at least three
    positions, none more than half the time, and at most a quarter of the multiple-choice
    questions have their right choices leading the list."""
    bank = load_file(path).bank
    assert bank is not None
    singles = [q for q in bank.questions if q.type is QuestionType.SINGLE]
    positions = Counter(q.choices.index(q.correct_choices[0]) for q in singles)
    assert len(positions) >= 3, positions
    assert max(positions.values()) <= len(singles) / 2, positions
    multiples = [q for q in bank.questions if q.type is QuestionType.MULTIPLE]
    leading = [
        q.id
        for q in multiples
        if set(q.choices[: len(q.correct_choices)]) == set(q.correct_choices)
    ]
    assert len(leading) <= len(multiples) / 4, leading
