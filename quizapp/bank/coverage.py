"""Which passages of a bank's source text no question cites (`quizapp validate --coverage`)."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank.loader import MAX_SOURCE_BYTES
from quizapp.bank.model import Bank
from quizapp.bank.sourcetext import Passage, SourceText
from quizapp.files import read_text_bounded


def uncited_passages(bank: Bank, text: SourceText | None = None) -> list[Passage]:
    """The source text's passages that no question's `source` quote overlaps."""
    if bank.source is None or bank.source.file is None:
        return []
    if text is None:
        try:
            raw = read_text_bounded(Path(bank.source.file), MAX_SOURCE_BYTES)
        except (OSError, UnicodeError):
            return []  # the check of the bank has already said why the text cannot be read
        text = SourceText.from_text(raw)
    cited: set[int] = set()
    for q in bank.questions:
        if q.source_quote:
            cited.update(text.passages_citing(q.source_quote))
    return [p for i, p in enumerate(text.passages) if i not in cited]
