"""Quotes must come from the bank's source text; coverage finds passages nobody cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank import load_file
from quizapp.bank.coverage import uncited_passages
from quizapp.bank.sourcetext import split_passages

TEXT = """A title line

Wilson advised them to develop a confederation with “Transcaucasian neighbours”.

He asked: ‘Do you know where Azerbaijan is?’ in
his speech.

U.S. Embassy in Baku
Heydar Aliyev and Bill Clinton
"""

BANK = """
title: T
source:
  file: text.txt
questions:
  - id: q1
    type: true_false
    prompt: p
    answer: true
    explanation: e
    source: {quote}
"""


@pytest.mark.parametrize(
    "quote",
    [
        '"develop a confederation"',
        "'with \"Transcaucasian neighbours\"'",
        "\"'Do you know where Azerbaijan is?' in his speech\"",  # across a line break
        '"Do   you know\\twhere"',
    ],
)
def test_quotes_match_ignoring_whitespace_and_typographic_quotes(write_bank, quote: str) -> None:
    """Straight vs curly quotes and line breaks or extra spaces do not matter."""
    result = load_file(write_bank(BANK.format(quote=quote), source=TEXT))
    assert result.problems == (), [p.format() for p in result.problems]


def test_a_quote_not_in_the_text_is_an_error_pointing_at_the_closest_passage(write_bank) -> None:
    """A misquoted sentence is an error that says where the closest passage is."""
    result = load_file(
        write_bank(BANK.format(quote='"Wilson advised them to form a union"'), source=TEXT)
    )
    assert result.bank is None
    (problem,) = result.errors
    assert problem.line == 11 and problem.question_id == "q1"
    assert "this quote is not in text.txt" in problem.message
    assert "closest passage is on line 3" in problem.message


def test_missing_source_file_is_an_error(write_bank) -> None:
    """A `source.file` that does not exist is reported at the `file:` line."""
    path = write_bank(BANK.format(quote='"x"'))
    result = load_file(path)
    assert any("the source file 'text.txt' was not found" in p.message for p in result.errors)


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/passwd", "sub/../../x.txt"])
def test_source_file_may_not_leave_the_bank_folder(write_bank, name: str) -> None:
    """Absolute paths and '..' are refused, so a bank cannot read files elsewhere."""
    path = write_bank(BANK.format(quote='"x"').replace("file: text.txt", f"file: {name}"))
    result = load_file(path)
    assert any("in the bank's own folder" in p.message for p in result.errors)


def test_quote_without_a_source_file_is_a_warning() -> None:
    """A quote cannot be checked without a source file: a warning says so."""
    from tests.bank.helpers import check

    result = check(BANK.format(quote='"x"').replace("source:\n  file: text.txt\n", ""))
    assert [p.severity.value for p in result.problems] == ["warning"]
    assert "cannot be checked" in result.problems[0].message


def test_passages_are_paragraphs_and_captions_but_not_the_title() -> None:
    """Blank lines split paragraphs, capitalised lines split captions, wrapped lines stay joined."""
    passages = split_passages(TEXT)
    assert [(p.line, p.text[:12]) for p in passages] == [
        (3, "Wilson advis"),
        (5, "He asked: ‘D"),
        (8, "U.S. Embassy"),
        (9, "Heydar Aliye"),
    ]
    assert passages[1].text.endswith("is?’ in his speech.")


def test_coverage_lists_the_passages_no_question_cites(write_bank) -> None:
    """Only passages that no quote overlaps are listed."""
    result = load_file(write_bank(BANK.format(quote='"Embassy in Baku Heydar"'), source=TEXT))
    assert result.bank is not None
    assert [p.line for p in uncited_passages(result.bank)] == [3, 5]


def test_source_path_is_resolved_next_to_the_bank(write_bank, tmp_path: Path) -> None:
    """The loaded bank knows the absolute path of its text, so the reader can open it."""
    result = load_file(write_bank(BANK.format(quote='"U.S. Embassy in Baku"'), source=TEXT))
    assert result.bank is not None and result.bank.source is not None
    assert result.bank.source.file == str((tmp_path / "text.txt").resolve())
