"""What every importer shares: building our bank as YAML-shaped data, question by question.

An importer reads its format and calls `BankBuilder.add` with what it found; the builder gives
each question a unique id, applies our rules (2 to 10 different choices, the answer among them,
...) and skips, with a warning located in the source file, a question that breaks one, so the
bank we write passes `quizapp validate`. Nothing is invented to fill a gap: a question without
an explanation stays without one, and the checker's own warning says so.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field

from quizapp.bank import fields as F
from quizapp.bank.problems import Problem, Severity

Data = dict[str, object]
# why a question is refused: a reason code (`quizapp.convertwords`) and its parameters
Refusal = tuple[str, dict[str, object]]

_NOT_ID = re.compile(r"[^a-z0-9._-]+")
FULL = 99.99  # a weight this high is full marks (Moodle writes 100, 100.0000000, ...)
# the keys a question may carry besides id, type, prompt and its answer, in the order written
OPTIONAL_KEYS = tuple(
    k for k in F.COMMON_QUESTION_KEYS if k not in ("id", "type", "prompt", "image")
)
_ORDER = ("choices", "answer", "typos", "tolerance", "items", "pairs", *OPTIONAL_KEYS, "image")


@dataclass
class Imported:
    """An importer's result: the bank as YAML-shaped data, what went wrong where, the image
    files to write next to the new bank (relative path -> bytes), and the encoding assumed."""

    bank: Data
    problems: list[Problem]
    images: dict[str, bytes] = field(default_factory=dict)
    encoding: str | None = None

    @property
    def questions(self) -> list[Data]:
        found = self.bank.get("questions")
        return found if isinstance(found, list) else []


def slug(text: str, limit: int = 48) -> str:
    """A readable id from a name: 'Wilson's advice (1)' -> 'wilson-s-advice-1'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_ID.sub("-", ascii_text.lower()).strip("-._")[:limit].strip("-._")


def _key(text: str) -> str:
    return text.strip().casefold()


class BankBuilder:
    """Collects questions and problems for one source file."""

    def __init__(self, path: str, title: str) -> None:
        self.path = path
        self.bank: Data = {"title": title}
        self.questions: list[Data] = []
        self.problems: list[Problem] = []
        self.images: dict[str, bytes] = {}
        self._ids: set[str] = set()
        self.skipped = 0

    def warn(self, line: int, code: str, question: str | None = None, **params: object) -> None:
        """A warning located in the source file: a code worded by `quizapp.convertwords`."""
        self.problems.append(
            Problem(self.path, line, 1, Severity.WARNING, code, _plain(params), question)
        )

    def error(
        self, line: int, code: str, question: str | None = None, column: int = 1, **params: object
    ) -> None:
        self.problems.append(
            Problem(self.path, line, column, Severity.ERROR, code, _plain(params), question)
        )

    def skip(
        self, line: int, what: str, why: str, name: str | None = None, **params: object
    ) -> None:
        """Leave a question out, saying what it was (`what`) and why it has no counterpart
        (`why`, with its parameters)."""
        self.skipped += 1
        self.warn(line, "skipped", name, what=what, why=why, **params)

    def unique_id(self, name: str | None) -> str:
        base = slug(name or "") or f"q{len(self.questions) + 1}"
        qid, n = base, 2
        while qid in self._ids:
            qid, n = f"{base}-{n}", n + 1
        self._ids.add(qid)
        return qid

    def add(self, line: int, name: str | None, qtype: str, prompt: str, **fields: object) -> bool:
        """Add one question in our shape; False (with a warning) when our rules refuse it.

        `fields` are the type's keys and the common optional ones (explanation, source, tags,
        time_limit, points, image), in the bank's own spelling."""
        shown = name or prompt[:40]
        refusal = _refusal(qtype, prompt, fields)
        if refusal:
            why, params = refusal
            self.skip(line, "our_type", why, shown, qtype=qtype.replace("_", "/"), **params)
            return False
        question: Data = {"id": self.unique_id(name), "type": qtype, "prompt": prompt}
        for key in _ORDER:
            value = fields.get(key)
            if value is None or value == "" or value == [] or value == ():
                continue
            if key == "tags":
                value = _tags(value)
            elif key == "pairs":
                assert isinstance(value, list)
                value = dict(value)
            question[key] = value
        self.questions.append(question)
        return True

    def add_choices(
        self,
        line: int,
        name: str | None,
        prompt: str,
        choices: list[str],
        weights: list[float],
        single: bool,
        common: dict[str, object],
    ) -> None:
        """A multiple-choice question with Moodle's weights (percent): single-answer keeps the
        one answer worth 100%, multiple-answer takes every answer worth more than 0%."""
        if single:
            right = [c for c, w in zip(choices, weights, strict=True) if w >= FULL]
            for choice, weight in zip(choices, weights, strict=True):
                if 0 < weight < FULL:
                    self.warn(line, "partial_credit_dropped", name, choice=choice)
            if len(right) != 1:
                self.skip(line, "multichoice", "right_count", name, count=len(right))
                return
            self.add(line, name, "single", prompt, choices=choices, answer=right[0], **common)
            return
        right = [c for c, w in zip(choices, weights, strict=True) if w > 0]
        if len({round(w, 3) for w in weights if w > 0}) > 1:
            self.warn(line, "weights_dropped", name)
        self.add(line, name, "multiple", prompt, choices=choices, answer=right, **common)

    def result(self, encoding: str | None = None) -> Imported:
        self.bank["questions"] = self.questions
        return Imported(self.bank, self.problems, self.images, encoding)


def _tags(value: object) -> list[str]:
    seen: dict[str, str] = {}
    for tag in value if isinstance(value, list | tuple) else [value]:
        text = " ".join(str(tag).split())
        if text and _key(text) not in seen:
            seen[_key(text)] = text
    return list(seen.values())


def _plain(params: dict[str, object]) -> dict[str, object]:
    """Parameters as a problem keeps them: lists become tuples."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in params.items()}


def _distinct(key: str, texts: list[str]) -> Refusal | None:
    if len(texts) < F.MIN_OPTIONS:
        return "too_few", {"key": key, "least": F.MIN_OPTIONS, "count": len(texts)}
    if len(texts) > F.MAX_OPTIONS:
        return "too_many", {"key": key, "most": F.MAX_OPTIONS, "count": len(texts)}
    if any(not t.strip() for t in texts):
        return "empty_entry", {"key": key}
    seen: set[str] = set()
    for text in texts:
        if _key(text) in seen:
            return "twice", {"key": key, "text": text}
        seen.add(_key(text))
    return None


def _refusal(qtype: str, prompt: str, fields: dict[str, object]) -> Refusal | None:
    """Why our checker would refuse this question (a reason code and its parameters), or
    None."""
    if not prompt.strip():
        return "no_prompt", {}
    answer = fields.get("answer")
    if qtype in ("single", "multiple"):
        choices = fields.get("choices")
        assert isinstance(choices, list)
        why = _distinct("choices", choices)
        if why:
            return why
        right = [answer] if qtype == "single" else answer
        if not isinstance(right, list) or not right:
            return "none_right", {}
        keys = {_key(c) for c in choices}
        if any(_key(str(r)) not in keys for r in right):
            return "right_not_choice", {}
    elif qtype == "short":
        if not isinstance(answer, list) or not answer or not all(str(a).strip() for a in answer):
            return "no_accepted", {}
    elif qtype == "numeric":
        if not isinstance(answer, int | float) or not math.isfinite(answer):
            return "answer_not_number", {}
        tolerance = fields.get("tolerance", 0)
        if not isinstance(tolerance, int | float) or not tolerance >= 0:
            return "bad_tolerance", {}
    elif qtype == "order":
        items = fields.get("items")
        assert isinstance(items, list)
        return _distinct("items", items)
    elif qtype == "match":
        pairs = fields.get("pairs")
        assert isinstance(pairs, list)
        return _distinct("pairs", [left for left, _ in pairs]) or (
            ("empty_right_side", {}) if any(not str(right).strip() for _, right in pairs) else None
        )
    return None
