"""Drafting a bank from a long text, against reading and splitting that text into passages."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from common import Result, median_seconds

from quizapp.bank.sourcetext import split_passages
from quizapp.draft import draft_bank
from quizapp.draft.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    ROOT / "questions" / "azerbaijan-us-relations.txt",
    *sorted((ROOT / "tests" / "draft" / "texts").glob("*.txt")),
]
SENTENCES = 1000


def make_text(sentences: int = SENTENCES) -> str:
    """A text of about `sentences` sentences: the sample texts' passages again and again,
    with years and numbers shifted each round so the facts (and distractor pools) keep growing."""
    passages = [
        p.text for source in SOURCES for p in split_passages(source.read_text(encoding="utf-8"))
    ]
    out: list[str] = []
    count, round_ = 0, 0
    while count < sentences:
        for text in passages:
            shifted = re.sub(r"\b\d+\b", functools.partial(_shift, by=round_), text)
            out.append(shifted)
            count += len(split_sentences(shifted))
            if count >= sentences:
                break
        round_ += 1
    return "A long text\n\n" + "\n\n".join(out) + "\n"


def _shift(m: re.Match[str], by: int) -> str:
    return str(int(m.group()) + by * (1 + len(m.group())))


def draft_1000_sentences(scratch: Path) -> Result:
    path = scratch / "long.txt"
    path.write_text(make_text(), encoding="utf-8")

    def split() -> None:
        split_passages(path.read_text(encoding="utf-8"))

    def draft() -> None:
        made = draft_bank(path.read_text(encoding="utf-8"))
        assert len(made.questions) > SENTENCES, "the long text gave too few questions"

    return Result(
        value=median_seconds(draft, repeat=3),
        unit="s",
        baseline=median_seconds(split),
        goal=20.0,
    )


BENCHMARKS = {"draft_1000_sentences": draft_1000_sentences}
