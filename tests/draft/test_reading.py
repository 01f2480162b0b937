"""docs/drafting.md records a reading of each draft; it must be of the drafts made today."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.draft import draft_bank

from .conftest import ROOT, TEXTS

DOC = ROOT / "docs" / "drafting.md"


def read_ids(doc: str, text_name: str) -> list[str]:
    section = doc.split(f"{text_name}`", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"^\| \d+ \| `([^`]+)` \|", section, re.MULTILINE)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_recorded_reading_is_of_the_current_draft(path: Path) -> None:
    """When the drafter changes what it asks, this fails until the new drafts are read again
    and docs/drafting.md is updated, so the figures there always describe today's drafter."""
    recorded = read_ids(DOC.read_text(encoding="utf-8"), path.name)
    drafted = [q["id"] for q in draft_bank(path.read_text(encoding="utf-8")).questions]
    assert recorded == drafted, "re-read the drafts and update docs/drafting.md"
