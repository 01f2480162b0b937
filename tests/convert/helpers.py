"""Helpers for conversion tests: run the command, compare banks field by field."""

from __future__ import annotations

import shutil
from pathlib import Path

from quizapp.bank import Bank, load_file
from quizapp.bank.model import Question
from quizapp.cli import main

BUNDLED = Path(__file__).resolve().parents[2] / "questions" / "azerbaijan-us-relations.yaml"


def run(*args: str | Path) -> int:
    return main(["convert", *(str(a) for a in args)])


def bundled_copy(folder: Path) -> Path:
    """The bundled bank and its source text, copied into `folder`."""
    for f in BUNDLED.parent.glob("azerbaijan-us-relations.*"):
        shutil.copy(f, folder / f.name)
    return folder / BUNDLED.name


def load(path: Path) -> Bank:
    result = load_file(path)
    assert result.bank is not None, [p.format() for p in result.problems]
    return result.bank


def carried(q: Question, *fields: str) -> dict[str, object]:
    return {f: getattr(q, f) for f in fields}
