"""docs/drafting.md records a reading of each draft; it must be of the drafts made today."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from quizapp.draft import draft_bank

from .conftest import ROOT, TEXTS

DOC = ROOT / "docs" / "drafting.md"


def section(doc: str, text_name: str) -> str:
    return doc.split(f"{text_name}`", 1)[1].split("\n### ", 1)[0]


def read_ids(doc: str, text_name: str) -> list[str]:
    return re.findall(r"^\| \d+ \| `([^`]+)` \|", section(doc, text_name), re.MULTILINE)


def read_digest(doc: str, text_name: str) -> str:
    found = re.search(r"^Draft digest `([0-9a-f]{16})`", section(doc, text_name), re.MULTILINE)
    assert found, f"docs/drafting.md gives no draft digest for {text_name}"
    return found.group(1)


def digest(questions: tuple[dict[str, Any], ...]) -> str:
    """Every field of every question: prompts, choices, keys, explanations and quotes."""
    text = json.dumps(questions, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_recorded_reading_is_of_the_current_draft(path: Path) -> None:
    """When the drafter changes what it asks, this fails until the new drafts are read again
    and docs/drafting.md is updated, so the figures there always describe today's drafter."""
    recorded = read_ids(DOC.read_text(encoding="utf-8"), path.name)
    drafted = [q["id"] for q in draft_bank(path.read_text(encoding="utf-8")).questions]
    assert recorded == drafted, "re-read the drafts and update docs/drafting.md"


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_recorded_reading_is_of_every_word_of_the_current_draft(path: Path) -> None:
    """Same ids are not enough: a new distractor or a reworded prompt needs reading again too,
    so docs/drafting.md records a digest of each whole draft it read."""
    recorded = read_digest(DOC.read_text(encoding="utf-8"), path.name)
    drafted = digest(draft_bank(path.read_text(encoding="utf-8")).questions)
    assert recorded == drafted, "re-read the changed questions and update docs/drafting.md"
