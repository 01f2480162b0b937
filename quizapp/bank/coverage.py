"""Which passages of a bank's source text no question cites (`quizapp validate --coverage`)."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.model import Bank
from quizapp.bank.sourcetext import Passage, SourceText


def uncited_passages(bank: Bank, text: SourceText | None = None) -> list[Passage]:
    """The source text's passages that no question's `source` quote overlaps."""
    if bank.source is None or bank.source.file is None:
        return []
    if text is None:
        text = SourceText.from_text(Path(bank.source.file).read_text(encoding="utf-8"))
    cited: set[int] = set()
    for q in bank.questions:
        if q.source_quote:
            cited.update(text.passages_citing(q.source_quote))
    return [p for i, p in enumerate(text.passages) if i not in cited]
