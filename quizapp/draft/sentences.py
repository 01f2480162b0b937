"""Sentences of a passage, as character spans, without breaking at "U.S.", "Sen." or "J. R."."""

from __future__ import annotations

import re

from quizapp.draft.lexicon import ABBREVIATIONS

# a full stop, ! or ?, then closing quotes/brackets and citation markers such as [17]
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?:\[\d+\])*(?=\s+|$)")
_CITATION = re.compile(r"\[\d+\]")
_NEXT = re.compile(r"\S")
_CITATIONS_AT_END = re.compile(r"(?:\[\d+\])+$")
_INITIAL = re.compile(r"(?:^|[\s(\"“])(?:[A-Z]\.)+$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence in `text`, citation markers left outside."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if _is_abbreviation(text, match.start(), match.group()) or not _next_starts(text, end):
            continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))[0] < trimmed[1]]


def _is_abbreviation(text: str, at: int, mark: str) -> bool:
    if mark != ".":
        return False
    word_start = at
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start : at + 1].lstrip("(\"“'‘").rsplit("-", 1)[-1]
    return word in ABBREVIATIONS or bool(_INITIAL.search(text[max(0, at - 12) : at + 1]))


def _next_starts(text: str, end: int) -> bool:
    nxt = _NEXT.search(text, end)  # the next character that is no space (no copy of the rest)
    if nxt is None:
        return True
    first = nxt.group()
    return first.isupper() or first.isdigit() or first in "\"“‘'[("


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out surrounding spaces and citation markers (quotes may not jump over them)."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        marker = _CITATION.match(text, start, end)
        if not marker:
            break
        start = marker.end()
    while True:
        while end > start and text[end - 1].isspace():
            end -= 1
        # (a cheap look first: most sentences end in no marker)
        tail = text.endswith("]", start, end) and _CITATIONS_AT_END.search(text[start:end])
        if not tail:
            break
        end = start + tail.start()
    return start, end
