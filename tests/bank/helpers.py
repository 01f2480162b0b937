"""Helpers for checking small inline banks."""

from __future__ import annotations

import textwrap

from quizapp.bank import LoadResult, check_text


def check(yaml_text: str, path: str = "bank.yaml") -> LoadResult:
    """Check dedented YAML text as if it were the file `path`."""
    return check_text(textwrap.dedent(yaml_text), path)


def messages(result: LoadResult) -> list[str]:
    return [p.format() for p in result.problems]


def errors(result: LoadResult) -> list[str]:
    return [p.format() for p in result.errors]
