"""Grading one answer, for every question type, with the reason spelled out when it isn't obvious.

`grade` is a pure function of (question, response, points): the session calls it, and so may
anyone who wants to re-grade a stored answer. Every score is within [0, 1]; `correct` means full
marks. Rules (worked examples in docs/quiz-engine.md):
- single, true_false: all or nothing.
- multiple: (right picks - wrong picks) / number of right choices, never below 0.
- short: equal after `normalise_text` to an accepted answer, or within `typos` edits of one
  (at most one edit per four letters of that answer); a leading article of the bank's language
  ("the", "a", "an" in English, see `articles.py`) is ignored, and the grade says so.
- numeric: `parse_number`, then within `tolerance` of the value.
- order: the share of neighbouring pairs that are in the right order; 1 only for the exact order.
- match: the share of left-hand sides matched to the right right-hand side.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from types import MappingProxyType
from typing import NamedTuple

from quizapp.bank.model import Question, QuestionType
from quizapp.quiz.articles import articles_for, split_article
from quizapp.quiz.numbers import NumberError, localise, parse_number, show_number
from quizapp.quiz.responses import Response, is_blank, matched_text, ordered_text

_T = QuestionType


class Reason(NamedTuple):
    """Why an answer scored as it did, as a code and the numbers and texts it needs. The words
    are made in one place, `quizapp.words.grade_reason`, so they can be translated."""

    code: str
    params: Mapping[str, object] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Grade:
    """The verdict on one answer, with everything the feedback and results screens show."""

    score: float  # 0..1
    points_earned: float
    points_possible: float
    correct: bool  # full marks
    expected: str  # the expected answer as plain text
    explanation: str | None
    source_quote: str | None
    reasons: tuple[Reason, ...] = ()  # why it was (not) accepted, when that isn't obvious
    blank: bool = False
    timed_out: bool = False
    article_ignored: bool = False  # a short answer was compared without its leading article


class _Verdict(NamedTuple):
    score: float
    reason: Reason | None = None
    article_ignored: bool = False


def grade(
    question: Question,
    response: Response,
    points: float = 1.0,
    *,
    timed_out: bool = False,
    language: str | None = None,
) -> Grade:
    """Grade `response` to `question`, worth `points` (see `Bank.points_for`).

    `timed_out` means time ran out: a blank answer then scores 0 as "timed out", while whatever
    the learner had entered is graded as it stands. `language` is the bank's (`Bank.language`):
    it decides which leading articles a short answer may add or drop.
    """
    blank = is_blank(response)
    reasons: tuple[Reason, ...]
    if blank:
        verdict = _Verdict(0.0, Reason("time_ran_out" if timed_out else "no_answer"))
    elif question.type is _T.SHORT:
        verdict = _short(question, response, articles_for(language))
    else:
        verdict = _GRADERS[question.type](question, response)
    reasons = (verdict.reason,) if verdict.reason else ()
    if timed_out and not blank:
        reasons = (Reason("submitted_at_time_out"), *reasons)
    if verdict.article_ignored:
        reasons = (*reasons, Reason("article_ignored", {"articles": articles_for(language)}))
    score = min(1.0, max(0.0, verdict.score))
    return Grade(
        score=score,
        points_earned=score * points,
        points_possible=points,
        correct=score >= 1.0,
        expected=expected_text(question),
        explanation=question.explanation,
        source_quote=question.source_quote,
        reasons=reasons,
        blank=blank,
        timed_out=timed_out and blank,
        article_ignored=verdict.article_ignored,
    )


def expected_text(question: Question) -> str:
    """The right answer as plain text: `A; C`, `1. X → 2. Y`, `left → right` lines, ..."""
    t = question.type
    if t is _T.SINGLE:
        return question.correct_choices[0] if question.correct_choices else ""
    if t is _T.MULTIPLE:
        return "; ".join(c for c in question.choices if c in question.correct_choices)
    if t is _T.TRUE_FALSE:
        return "True" if question.truth else "False"
    if t is _T.SHORT:
        return question.accepted[0] if question.accepted else ""
    if t is _T.NUMERIC:
        text = _number_text(question)
        return f"{text} (± {show_number(question.tolerance)})" if question.tolerance else text
    if t is _T.ORDER:
        return ordered_text(question.items)
    return matched_text(question.pairs)


def _number_text(question: Question) -> str:
    if question.number_text:
        return localise(question.number_text)
    return show_number(question.number) if question.number is not None else ""


def _single(question: Question, response: Response) -> _Verdict:
    return _Verdict(1.0 if response in question.correct_choices else 0.0)


def _true_false(question: Question, response: Response) -> _Verdict:
    return _Verdict(1.0 if response is question.truth else 0.0)


def _multiple(question: Question, response: Response) -> _Verdict:
    picks = response if isinstance(response, frozenset) else frozenset()
    right = frozenset(question.correct_choices)
    hits, misses = len(picks & right), len(picks - right)
    if not right:
        return _Verdict(0.0 if picks else 1.0)
    score = max(0.0, (hits - misses) / len(right))
    if score >= 1.0:
        return _Verdict(1.0)
    return _Verdict(
        score,
        Reason(
            "multiple_partial",
            {"hits": hits, "right": len(right), "misses": misses, "score": score},
        ),
    )


def normalise_text(text: str) -> str:
    """NFC, case-folded, trimmed, runs of whitespace as one space, surrounding punctuation gone."""
    s = unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
    previous = None
    while s != previous:
        previous = s
        s = " ".join(s.split())
        while s and unicodedata.category(s[0]).startswith("P"):
            s = s[1:]
        while s and unicodedata.category(s[-1]).startswith("P"):
            s = s[:-1]
    return s


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
    neighbouring letters each count as one edit ("recieve" is one edit from "receive")."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[len(b)]


def _short(question: Question, response: Response, articles: tuple[str, ...]) -> _Verdict:
    typed = normalise_text(response if isinstance(response, str) else "")
    accepted = [normalise_text(a) for a in question.accepted]
    if typed in accepted:
        i = accepted.index(typed)
        also = Reason("also_accepted", {"answer": question.accepted[i]})
        return _Verdict(1.0, None if i == 0 else also)
    if not typed or not accepted:
        return _Verdict(0.0)
    typed_article, typed_bare = _bare(typed, articles)
    bare = [_bare(a, articles) for a in accepted]
    distance, i = min((edit_distance(typed_bare, b), i) for i, (_, b) in enumerate(bare))
    closest = question.accepted[i]
    ignored = bare[i][0] != typed_article
    if distance == 0:
        return _Verdict(1.0, Reason("also_accepted", {"answer": closest}) if i else None, ignored)
    if not question.typos:
        return _Verdict(0.0)
    allowed = typo_allowance(question.typos, bare[i][1])
    if distance <= allowed:
        return _Verdict(1.0, Reason("close_spelling", {"closest": closest}), ignored)
    if distance <= question.typos + 2:
        return _Verdict(
            0.0,
            Reason(
                "too_many_edits",
                {
                    "distance": distance,
                    "closest": closest,
                    "allowed": allowed,
                    "short": allowed < question.typos,
                },
            ),
            ignored,
        )
    return _Verdict(0.0)


def _bare(text: str, articles: tuple[str, ...]) -> tuple[str, str]:
    """(leading article, the rest normalised) of a normalised answer."""
    article, rest = split_article(text, articles)
    return article, normalise_text(rest) if article else rest


def typo_allowance(typos: int, accepted: str) -> int:
    """Edits forgiven for one accepted answer: the bank's `typos`, but at most one per four
    letters, so 'SF' or 'TX' never accept another abbreviation one letter away."""
    return min(typos, len(accepted) // 4)


def _numeric(question: Question, response: Response) -> _Verdict:
    try:
        value = parse_number(response if isinstance(response, str) else "")
    except NumberError as e:
        return _Verdict(0.0, Reason("not_a_number", {"problem": e.code, "text": e.text}))
    if question.number is None:  # pragma: no cover - the checker refuses such a question
        return _Verdict(0.0, Reason("no_number"))
    off = abs(value - question.number)
    slack = 1e-9 * max(1.0, abs(question.number))  # 0.1 + 0.2 is 0.3 here
    tolerance = show_number(question.tolerance)
    if off <= question.tolerance + slack:
        if off <= slack:
            return _Verdict(1.0)
        return _Verdict(
            1.0,
            Reason(
                "within_tolerance",
                {
                    "value": show_number(value),
                    "tolerance": tolerance,
                    "answer": _number_text(question),
                },
            ),
        )
    if question.tolerance:
        return _Verdict(
            0.0,
            Reason(
                "outside_tolerance",
                {"value": show_number(value), "off": show_number(off), "tolerance": tolerance},
            ),
        )
    return _Verdict(0.0)


def _order(question: Question, response: Response) -> _Verdict:
    arranged = response if isinstance(response, tuple) else ()
    if arranged == question.items:
        return _Verdict(1.0)
    needed = len(question.items) - 1
    if needed <= 0:
        return _Verdict(0.0)
    wanted = Counter(pairwise(question.items))
    given = Counter(pairwise(arranged))
    right = min(sum((wanted & given).values()), needed - 1)  # full marks only for the exact order
    return _Verdict(right / needed, Reason("order_partial", {"right": right, "needed": needed}))


def _match(question: Question, response: Response) -> _Verdict:
    mapping = response if isinstance(response, Mapping) else {}
    total = len(question.pairs)
    right = sum(1 for left, r in question.pairs if mapping.get(left) == r)
    if total == 0 or right == total:
        return _Verdict(1.0 if right == total else 0.0)
    return _Verdict(right / total, Reason("match_partial", {"right": right, "total": total}))


_GRADERS = {
    _T.SINGLE: _single,
    _T.MULTIPLE: _multiple,
    _T.TRUE_FALSE: _true_false,
    _T.NUMERIC: _numeric,
    _T.ORDER: _order,
    _T.MATCH: _match,
}
