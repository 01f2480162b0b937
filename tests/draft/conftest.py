"""Fixtures for the drafting tests: the texts, copied into each test's own folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "questions" / "azerbaijan-us-relations.txt"
TEXTS = [BUNDLED, *sorted((ROOT / "tests" / "draft" / "texts").glob("*.txt"))]


@pytest.fixture
def copy_text(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Copy a text into tmp_path and return the copy's path."""

    def copy(source: Path) -> Path:
        target = tmp_path / source.name
        shutil.copyfile(source, target)
        return target

    return copy
