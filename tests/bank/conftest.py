"""Fixtures for bank tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest


@pytest.fixture
def write_bank(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write a dedented bank (and optional source text) into tmp_path; return the bank path."""

    def write(yaml_text: str, name: str = "bank.yaml", source: str | None = None) -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
        if source is not None:
            (tmp_path / "text.txt").write_text(source, encoding="utf-8")
        return path

    return write
