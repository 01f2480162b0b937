"""Candidate questions built from facts: every type, each with its quote and explanation.

A question's prompt shows the sentence it rests on with the fact left out ("____"), so the key
is correct by the text as long as the fact was read right; distractors are facts of the same
kind from elsewhere in the same text. `Candidate.keys` names the facts a question asks about,
so the planner never asks one fact twice.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from quizapp.draft import lexicon as L
from quizapp.draft.facts import (
    CAUSE,
    DATE,
    EVENT,
    NUMBER,
    ORG,
    PERSON,
    PLACE,
    QUOTE,
    YEAR,
    Fact,
)  # fmt: skip

GAP = "____"
KIND_WORDS = {
    YEAR: ("year", "years"), DATE: ("date", "dates"), NUMBER: ("amount", "amounts"),
    PERSON: ("person", "people"), PLACE: ("place", "places"),
    ORG: ("organization", "organizations"), EVENT: ("event", "events"),
}  # fmt: skip
TAGS = {
    YEAR: "dates", DATE: "dates", NUMBER: "numbers", PERSON: "people", PLACE: "places",
    ORG: "organizations", EVENT: "events", QUOTE: "quotes", CAUSE: "causes",
}  # fmt: skip
# how much a teacher would want each kind asked (lower first)
KIND_RANK = {
    YEAR: 0.0, DATE: 0.0, NUMBER: 0.0, PERSON: 0.2, CAUSE: 0.3, QUOTE: 0.3, EVENT: 0.6,
    ORG: 0.8, PLACE: 1.0,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a passage, and the facts found in it."""

    passage: int
    text: str  # the whole passage text (fact offsets point into it)
    start: int
    end: int
    facts: tuple[Fact, ...]
    words: int  # how many words it has (asked for again and again while questions are built)


@dataclass(slots=True, eq=False)  # one candidate is one question: told apart by identity
class Candidate:
    """A question that could go into the draft, before the planner picks.

    Its random draws (distractors, where the key stands, true or false) are made when it is
    built, in the same order for the same text; its words (prompt, explanation, quote) are
    written by `make` only when the planner looks at it, since most candidates are never picked.
    """

    passage: int
    qtype: str
    make: Callable[[], dict[str, Any]]
    keys: frozenset[str]
    rank: float
    order: int = 0
    tags: list[str] = field(default_factory=list)
    sentence: str = ""  # which sentence it is built on
    sentence_cap: int = 0  # how many questions that sentence may carry (a third gap in a short
    # sentence gives the other two away; a long one carries more)
    written: dict[str, Any] | None = None

    @property
    def fields(self) -> dict[str, Any]:
        """The question's fields, written on first use."""
        if self.written is None:
            self.written = self.make()
        return self.written


def fact_key(sentence: Sentence, fact: Fact) -> str:
    return f"{sentence.passage}:{sentence.start}:{fact.kind}:{fact.value}"


def clause(s: Sentence, fact: Fact, min_words: int = 8, max_words: int = 32) -> tuple[int, int]:
    """The stretch of the sentence to quote for a fact: its clause, widened to read alone."""
    text = s.text
    if s.words <= max_words and not _CITATION.search(text, s.start, s.end):
        return s.start, s.end
    pieces = _pieces(s)
    i = next((k for k, (a, b) in enumerate(pieces) if a <= fact.start < b), 0)
    j = i
    while True:
        a, b = pieces[i][0], pieces[j][1]
        while b > a and fact.end > b and j + 1 < len(pieces):
            j += 1
            b = pieces[j][1]
        if len(text[a:b].split()) >= min_words:
            break
        left = i > 0 and not _CITATION.search(text, pieces[i - 1][0], pieces[i][0])
        right = j + 1 < len(pieces) and not _CITATION.search(text[pieces[j][1] - 6 : pieces[j][1]])
        if right:
            j += 1
        elif left:
            i -= 1
        else:
            break
    a, b = pieces[i][0], pieces[j][1]
    piece = text[a:b]
    trimmed = piece.rstrip(' ,;:“"')
    marker = trimmed.rstrip().endswith("]") and _TRAILING_CITATIONS.search(trimmed)
    if marker:
        trimmed = trimmed[: marker.start()]
    lead = len(piece) - len(piece.lstrip(' ,;:”"'))
    return a + lead, a + len(trimmed)


_CITATION = re.compile(r"\[\d+\]")
_TRAILING_CITATIONS = re.compile(r"\s*(?:\[\d+\])+\s*$")
_CUT = re.compile(r"[,;:]\s|\[\d+\]\s?|[“”\"]")


@functools.lru_cache(maxsize=8)  # the facts of one sentence are asked about one after another
def _pieces(s: Sentence) -> list[tuple[int, int]]:
    """The sentence cut at its commas, colons, quote marks and citation markers (never inside
    a fact other than a quote)."""
    cuts = [
        m.end() - s.start
        for m in _CUT.finditer(s.text, s.start, s.end)
        if not any(f.start <= m.start() < f.end for f in s.facts if f.kind != QUOTE)
    ]
    bounds = sorted({0, *cuts, s.end - s.start})
    return [(s.start + a, s.start + b) for a, b in itertools.pairwise(bounds)]


_View = tuple[tuple[int, int], str, tuple[int, int], str]


def tidy(text: str) -> str:
    return " ".join(text.split())


SHOWN_WORDS = 70  # a prompt shows the whole sentence up to this length, else the quoted stretch


def shown_span(s: Sentence, window: tuple[int, int], facts: list[Fact]) -> tuple[int, int]:
    """What a prompt shows: the whole sentence, so it reads as one (the quote may be a clause
    of it), unless it is long or names an answer again outside its gap."""
    if s.words > SHOWN_WORDS:
        return window
    outside = s.text[s.start : window[0]] + s.text[window[1] : s.end]
    if any(f.kind != NUMBER and tidy(f.text) in outside for f in facts):
        return window
    return s.start, s.end


def readable(
    s: Sentence,
    window: tuple[int, int],
    f: Fact,
    words: str,
    span: tuple[int, int] | None = None,
) -> str:
    """The sentence (or, when long, the quoted stretch) with `words` standing for the fact;
    `span` is `shown_span(s, window, [f])` when known already."""
    a, b = span or shown_span(s, window, [f])
    text = s.text[a : f.start] + words + s.text[f.end : b]
    return tidy(_CITATION.sub("", text))


def gap(
    s: Sentence,
    window: tuple[int, int],
    facts: list[Fact],
    *,
    year_only: bool = False,
    span: tuple[int, int] | None = None,
) -> str:
    """The shown stretch with the facts' words replaced by a gap (for a date asked by its year,
    only the year); `span` is `shown_span(s, window, facts)` when known already."""
    a, b = span or shown_span(s, window, facts)
    out, cursor = [], a
    for f in sorted(facts, key=lambda f: f.start) if len(facts) > 1 else facts:
        out.append(s.text[cursor : f.start])
        if f.kind == NUMBER and f.extra and f.extra != "fraction":
            number = _DIGITS.match(f.text)
            out.append(GAP + f.text[number.end() :] if number else GAP)
        elif f.kind == DATE and year_only:
            out.append(f.text.replace(f.extra, GAP))
        else:
            out.append(GAP)
        cursor = f.end
    out.append(s.text[cursor:b])
    return tidy(_CITATION.sub("", "".join(out)))


_DIGITS = re.compile(r"[\d.,]+")


def shown(f: Fact) -> str:
    """What a choice or answer says for a fact."""
    return f.value if f.kind == PERSON else tidy(f.text)


def same_thing(a: str, b: str) -> bool:
    """ "ABC" and "ABC News", "Wilson" and "Woodrow Wilson" name one thing."""
    wa, wb = _word_set(a), _word_set(b)
    return wa <= wb or wb <= wa


@functools.lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(w.strip(",.;:") for w in text.casefold().split())


class Builder:
    """Turns the facts of one text into candidate questions."""

    def __init__(self, sentences: list[Sentence], surnames: dict[str, str], seed: int) -> None:
        self.sentences = sentences
        self.surnames = surnames
        self.rng = random.Random(seed)  # distractors and where the key stands
        # what is asked (true or false, which dated events) does not change with the seed
        self.fixed = random.Random(0)
        self.by_kind: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        # word -> pool entries holding it: two names for one thing share a word, so only those
        # entries need the full comparison
        self._index: dict[tuple[str, str], list[str]] = {}
        index = self._index
        met: set[tuple[str, str]] = set()  # a name met again is kept or left out as before
        for s in sentences:
            for f in s.facts:
                counts[f.value] = counts.get(f.value, 0) + 1
                kind, name = _pool(f), shown(f)
                if (kind, name) in met:
                    continue
                met.add((kind, name))
                words = _word_set(name)
                near = {x for w in words for x in index.get((kind, w), ())}
                if all(not same_thing(name, x) for x in near):
                    self.by_kind.setdefault(kind, []).append(name)
                    for w in words:
                        index.setdefault((kind, w), []).append(name)
        self.counts = counts
        self.candidates: list[Candidate] = []
        self._others_cache: dict[tuple[str, str], list[str]] = {}
        self._sorted_pools: dict[tuple[str, str], list[str]] = {}
        self._pools: dict[tuple[str, str, str, str, bool], list[str]] = {}
        self._views: dict[tuple[int, int, int, str], _View] = {}
        self._windows: dict[tuple[int, int, int, str], tuple[int, int]] = {}
        # the sentence being built on: its key, how many questions it may carry, its length
        self._here = ("", 0, 0)
        # each cause with the class of causes it can stand in for
        self._causes = [
            (c.value, _cause_class(c.extra)) for t in sentences for c in t.facts if c.kind == CAUSE
        ]
        self._causes_for: dict[tuple[str, str], list[str]] = {}
        self._before = {
            (b.passage, b.start): a
            for a, b in itertools.pairwise(sentences)
            if a.passage == b.passage
        }

    def build(self) -> list[Candidate]:
        for s in self.sentences:
            self._sentence(s)
        self._orders()
        self._matches()
        # a sentence copied as a true statement is there only to cover a passage with no facts
        with_facts = {c.passage for c in self.candidates if not c.sentence.endswith(":plain")}
        self.candidates = [
            c
            for c in self.candidates
            if not c.sentence.endswith(":plain") or c.passage not in with_facts
        ]
        for i, c in enumerate(self.candidates):
            c.order = i
        # the candidates' writers hold on to the builder; the builder lets go of them, so no
        # cycle is left for the collector and all is freed as soon as the draft is made
        candidates, self.candidates = self.candidates, []
        return candidates

    # ---------------------------------------------------------------- helpers

    def _add(
        self,
        s: Sentence,
        qtype: str,
        make: Callable[[], dict[str, Any]],
        facts: list[Fact],
        rank: float,
    ) -> None:
        common = sum(1 for f in facts if self.counts.get(f.value, 0) >= 3)
        if len(facts) == 1:  # most questions ask one fact
            kind = facts[0].kind
            kinds, keys, kind_rank = (
                [TAGS[kind]],
                frozenset((fact_key(s, facts[0]),)),
                KIND_RANK[kind],
            )
        else:
            kinds = sorted({TAGS[f.kind] for f in facts})
            keys = frozenset(fact_key(s, f) for f in facts)
            kind_rank = min(KIND_RANK[f.kind] for f in facts)
        self.candidates.append(
            Candidate(
                s.passage,
                qtype,
                make,
                keys,
                rank + 1.5 * common + kind_rank,
                tags=["draft", *kinds],
                sentence=self._here[0],
                sentence_cap=self._here[1],
            )
        )

    def _distractors(self, f: Fact, text: str, avoid: str, n: int = 3) -> list[str]:
        fraction = f.kind == NUMBER and f.extra == "fraction"
        name, right = ("fraction" if fraction else _pool(f)), shown(f)
        the = f.kind == PLACE and _takes_the(text, f)
        key = (name, f.kind, right, avoid, the)
        pool = self._pools.get(key)
        if pool is None:  # one fact asks twice (single choice, true or false) from one stretch
            if fraction:
                others = sorted(
                    w for w, v in L.FRACTIONS.items() if f"{v:.3f}" != f.value and w != "half"
                )
            else:
                others = self._others(name, f.kind, right)
            pool = [x for x in others if x not in avoid]
            if f.kind == PLACE:  # "the United States" wants a "the" place; "France" wants none
                pool = [x for x in pool if (x in L.THE_PLACES) == the]
            self._pools[key] = pool
        return self.rng.sample(pool, min(n, len(pool)))

    def _others(self, pool: str, kind: str, right: str) -> list[str]:
        """The pool's other things, sorted: worked out once per answer, asked for twice."""
        key = (pool, right)
        if key not in self._others_cache:
            everything = self._sorted_pools.get((pool, kind))
            if everything is None:
                everything = sorted(
                    x for x in self.by_kind.get(pool, []) if not self._topic(kind, x)
                )
                self._sorted_pools[pool, kind] = everything
            same = self._same_as(pool, [right])
            self._others_cache[key] = [x for x in everything if x not in same]
        return self._others_cache[key]

    def _same_as(self, pool: str, names: list[str]) -> set[str]:
        """The pool's entries that name the same thing as one of `names`: only entries sharing
        a word with a name can (see `same_thing`), and the index knows which those are."""
        same: set[str] = set()
        for name in names:
            words = _word_set(name)
            if not words:  # an empty name is inside every entry
                return set(self.by_kind.get(pool, []))
            for w in words:
                same.update(x for x in self._index.get((pool, w), ()) if same_thing(x, name))
        return same

    def _lead(
        self,
        s: Sentence,
        window: tuple[int, int],
        facts: list[Fact],
        span: tuple[int, int] | None = None,
    ) -> str:
        """The sentence before, shown ahead of one that starts "It is ____ m deep" or "They
        married on ____", so the learner knows who or what "it" and "they" are."""
        if (span or shown_span(s, window, facts))[0] != s.start:
            return ""
        first_words = s.text[s.start : s.end].split(None, 2)[:2]
        before = self._before.get((s.passage, s.start))
        if before is None or not any(w.casefold() in _PRONOUNS for w in first_words):
            return ""
        return tidy(s.text[before.start : before.end]) + " "

    def _clause(self, s: Sentence, f: Fact) -> tuple[int, int]:
        """`clause(s, f)`, worked out once: most facts make four candidates from one stretch."""
        key = (s.passage, f.start, f.end, f.kind)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = clause(s, f)
        return window

    def _view(self, s: Sentence, f: Fact) -> _View:
        """How questions on one fact show it, worked out once for the (up to four) of them:
        the quoted stretch, its tidy text, what a prompt shows, and the sentence led in."""
        key = (s.passage, f.start, f.end, f.kind)
        view = self._views.get(key)
        if view is None:
            window = self._clause(s, f)
            span = shown_span(s, window, [f])
            quoted = tidy(s.text[window[0] : window[1]])
            view = self._views[key] = (window, quoted, span, self._lead(s, window, [f], span))
        return view

    def _topic(self, kind: str, value: str) -> bool:
        """A place the whole text is about ("Azerbaijan") may contain the answer: no distractor."""
        return kind == PLACE and self.counts.get(value, 0) >= 4

    def _explain(self, quoted: str, answer: str) -> str:
        stop = "" if answer.endswith(".") else "."
        return f"The answer is {answer}{stop} The text says: “{quoted}”"

    def _choices(self, right: str, wrong: list[str]) -> list[str]:
        choices = [*wrong]
        choices.insert(self.rng.randrange(len(wrong) + 1), right)
        return choices

    # ---------------------------------------------------------------- per sentence

    def _sentence(self, s: Sentence) -> None:
        words = s.words
        self._here = (f"{s.passage}:{s.start}", 2 + words // 15, words)
        for f in s.facts:
            if f.kind in (YEAR, DATE, NUMBER):
                self._numeric(s, f)
            if f.kind == PERSON:
                self._short(s, f)
            if f.kind in KIND_WORDS:
                self._single(s, f)
                self._true_false(s, f)
            if f.kind == QUOTE:
                self._quote(s, f)
            if f.kind == CAUSE:
                self._cause(s, f)
        self._multiple(s)
        if not s.facts and words >= 4:
            window = (s.start, s.end)
            statement = tidy(s.text[s.start : s.end])
            self.candidates.append(
                Candidate(
                    s.passage,
                    "true_false",
                    _as_made(
                        {
                            "prompt": f"True or false? The text says: “{statement}”",
                            "answer": True,
                            "explanation": f"True. The text says: “{statement}”",
                            "source": tidy(s.text[window[0] : window[1]]),
                        }
                    ),
                    frozenset({f"{s.passage}:{s.start}:statement"}),
                    9.0,
                    tags=["draft"],
                    sentence=f"{s.passage}:{s.start}:plain",
                )
            )

    def _numeric(self, s: Sentence, f: Fact) -> None:
        if f.kind == NUMBER and f.extra == "fraction":
            return
        value: float = float(f.extra if f.kind == DATE else f.value)
        word = "year" if f.kind in (YEAR, DATE) else "number"
        answer: int | float = int(value) if value.is_integer() else value

        def make() -> dict[str, Any]:
            window, quoted, span, lead = self._view(s, f)
            # the gap asks for the number as the text gives it, so it is exact; a date keeps
            # its month and day, the gap is its year
            prompt_text = gap(s, window, [f], year_only=True, span=span)
            return {
                "prompt": f"Which {word} belongs in the gap? “{lead}{prompt_text}”",
                "answer": answer,
                "tolerance": 0,
                "explanation": self._explain(quoted, f"{answer:g}"),
                "source": quoted,
            }

        self._add(s, "numeric", make, [f], 0.0)

    def _short(self, s: Sentence, f: Fact) -> None:
        def make() -> dict[str, Any]:
            window, quoted, span, lead = self._view(s, f)
            answers = [f.value]
            surname = f.value.split()[-1]
            if surname != f.value and self.surnames.get(surname) == f.value:
                answers.append(surname)
            if tidy(f.text) not in answers:
                answers.append(tidy(f.text))
            fields: dict[str, Any] = {
                "prompt": f"Who belongs in the gap? “{lead}{gap(s, window, [f], span=span)}”",
                "answer": answers if len(answers) > 1 else answers[0],
            }
            if min(len(a) for a in answers) >= 6:
                fields["typos"] = 1
            fields["explanation"] = self._explain(quoted, f.value)
            fields["source"] = quoted
            return fields

        self._add(s, "short", make, [f], 0.1)

    def _single(self, s: Sentence, f: Fact) -> None:
        window = self._clause(s, f)
        wrong = self._distractors(f, s.text, s.text[window[0] : window[1]])
        if len(wrong) < 2:
            return
        kind = "fraction" if f.extra == "fraction" else KIND_WORDS[f.kind][0]
        right = shown(f)
        choices = self._choices(right, wrong)

        def make() -> dict[str, Any]:
            window, quoted, span, lead = self._view(s, f)
            return {
                "prompt": f"Which {kind} belongs in the gap? “{lead}"
                f"{gap(s, window, [f], span=span)}”",
                "choices": choices,
                "answer": right,
                "explanation": self._explain(quoted, right),
                "source": quoted,
            }

        self._add(s, "single", make, [f], 0.4)

    def _true_false(self, s: Sentence, f: Fact) -> None:
        if self._here[2] < 7:
            return  # a caption is no statement to judge
        window = self._clause(s, f)
        wrong = self._distractors(f, s.text, s.text[window[0] : window[1]], 1)
        truth = not wrong or self.fixed.random() < 0.3
        if truth and f.kind in (PLACE, ORG):
            return  # a true statement about a place or body is a copy of the text, no question

        def make() -> dict[str, Any]:
            window, quoted, span, lead = self._view(s, f)
            if truth:
                statement = readable(s, window, f, shown(f) if f.kind == PERSON else f.text, span)
                explanation = f"True. The text says: “{quoted}”"
            else:
                statement = readable(s, window, f, wrong[0], span)
                explanation = f"False: the text gives {shown(f)}, not {wrong[0]}: “{quoted}”"
            return {
                "prompt": f"True or false? According to the text: “{lead}{statement}”",
                "answer": truth,
                "explanation": explanation,
                "source": quoted,
            }

        self._add(s, "true_false", make, [f], 0.8 if not truth else 1.2)
        self._one_statement_per_sentence(s)

    def _one_statement_per_sentence(self, s: Sentence) -> None:
        """Two true-or-false statements made from one sentence read as the same question."""
        last = self.candidates[-1]
        last.keys = last.keys | {f"statement:{s.passage}:{s.start}"}

    def _quote(self, s: Sentence, f: Fact) -> None:
        def make() -> dict[str, Any]:
            words = f.value.split()
            head = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
            answers: list[str] = []
            for name in f.answers:
                answers.append(name)
                last = name.split()[-1]
                if last != name and self.surnames.get(last) == name:
                    answers.append(last)
            quote = " ".join(f.text.split()[:12]).rstrip(",;:")
            return {
                "prompt": f"According to the text, who {f.extra} “{head}”?",
                "answer": answers if len(answers) > 1 else answers[0],
                "typos": 1,
                "explanation": f"The text says that {' and '.join(f.answers)} {f.extra}: "
                f"“{tidy(f.text)}”",
                "source": tidy(quote),
            }

        self._add(s, "short", make, [f], 0.0)

    def _other_causes(self, wanted: str, value: str) -> list[str]:
        """The text's causes of a class that are no other name for `value`, each as often as
        the text gives it: worked out once for a cause the text gives again."""
        key = (wanted, value)
        found = self._causes_for.get(key)
        if found is None:
            found = self._causes_for[key] = [
                v for v, kind in self._causes if kind == wanted and not same_thing(v, value)
            ]
        return found

    def _cause(self, s: Sentence, f: Fact) -> None:
        if len(f.value.split()) < 3:
            return
        # only a noun phrase after "in response to" can stand in for another one
        wanted = _cause_class(f.extra)
        others = (
            [v for v in self._other_causes(wanted, f.value) if v not in s.text] if wanted else []
        )
        other = sorted(others)[self.rng.randrange(len(others))] if others else ""
        truth = not others or self.fixed.random() < 0.4

        def make() -> dict[str, Any]:
            window = clause(s, f, max_words=60)
            statement = readable(s, window, f, f.value if truth else other)
            quoted = tidy(s.text[window[0] : window[1]])
            return {
                "prompt": "True or false? According to the text: "
                f"“{self._lead(s, window, [f])}{statement}”",
                "answer": truth,
                "explanation": ("True. " if truth else "False. ") + f"The text says: “{quoted}”",
                "source": quoted,
            }

        self._add(s, "true_false", make, [f], 0.3)
        self._one_statement_per_sentence(s)

    def _multiple(self, s: Sentence) -> None:
        by_kind: dict[str, list[Fact]] = {}
        for f in s.facts:
            if f.kind in (PERSON, PLACE, YEAR, ORG):
                group = by_kind.setdefault(f.kind, [])
                if all(not same_thing(shown(f), shown(g)) for g in group):
                    group.append(f)
        for kind, facts in by_kind.items():
            if len(facts) < 2:
                continue
            right = [shown(f) for f in facts]
            name = _pool(facts[0])
            same = self._same_as(name, right)
            pool = [x for x in self.by_kind.get(name, []) if x not in same and x not in s.text]
            if len(pool) < 2:
                continue
            wrong = self.rng.sample(sorted(pool), min(3, len(pool)))
            choices = [*right, *wrong]
            self.rng.shuffle(choices)
            self._add(s, "multiple", self._multiple_words(s, kind, facts, choices), facts, 0.2)

    def _multiple_words(
        self, s: Sentence, kind: str, facts: list[Fact], choices: list[str]
    ) -> Callable[[], dict[str, Any]]:
        def make() -> dict[str, Any]:
            window = (min(f.start for f in facts), max(f.end for f in facts))
            window = (self._clause(s, facts[0])[0], max(window[1], self._clause(s, facts[-1])[1]))
            right = [shown(f) for f in facts]
            quoted = tidy(s.text[window[0] : window[1]])
            return {
                "prompt": f"Which {KIND_WORDS[kind][1]} does the text name in the gaps? "
                f"Choose all that apply. “{self._lead(s, window, facts)}"
                f"{gap(s, window, facts)}”",
                "choices": choices,
                "answer": right,
                "explanation": f"The text names {' and '.join(right)}: “{quoted}”",
                "source": quoted,
            }

        return make

    # ---------------------------------------------------------------- across the text

    def _orders(self) -> None:
        dated: dict[str, tuple[Sentence, Fact, str]] = {}
        labels: set[str] = set()
        for s in self.sentences:
            dates = [f for f in s.facts if f.kind in (YEAR, DATE)]
            if len(dates) != 1 or _RANGE.search(s.text, s.start, s.end):
                continue
            f = dates[0]
            year = f.extra if f.kind == DATE else f.value
            if year in dated:
                continue
            label = _event_label(s, f)
            if label and label not in labels:
                dated[year] = (s, f, label)
                labels.add(label)
        years = sorted(dated)
        if len(years) < 3:
            return
        groups = [years[i::2] for i in range(2)] if len(years) >= 8 else [years]
        for group in groups:
            picked = sorted(self.fixed.sample(group, min(5, len(group))))
            items = [dated[y][2] for y in picked]
            first_s, first_f, _ = dated[picked[0]]
            window = clause(first_s, first_f)
            self.candidates.append(
                Candidate(
                    first_s.passage,
                    "order",
                    _as_made(
                        {
                            "prompt": "Put these in the order they happened, earliest first.",
                            "items": items,
                            "explanation": "The text dates them: "
                            + "; ".join(f"{y}: {dated[y][2]}" for y in picked)
                            + ".",
                            "source": tidy(first_s.text[window[0] : window[1]]),
                            "time_limit": 75,
                        }
                    ),
                    frozenset(f"order:{y}" for y in picked),
                    -1.0,
                    tags=["draft", "dates"],
                )
            )

    def _matches(self) -> None:
        offices: list[tuple[Sentence, Fact]] = []
        places: list[tuple[Sentence, Fact, Fact]] = []
        # what is taken already, so a person, an office, a place or a body is matched once
        taken: set[tuple[str, str]] = set()
        for s in self.sentences:
            for f in s.facts:
                if f.kind == PERSON and f.office and len(f.office) <= 50:
                    office = ("office", _office_key(f.office))
                    if ("person", f.value) not in taken and office not in taken:
                        offices.append((s, f))
                        taken |= {("person", f.value), office}
            for a, b in itertools.pairwise(s.facts):
                if (
                    a.kind in (ORG, EVENT)
                    and b.kind == PLACE
                    and s.text[a.end : b.start] in (" in ", " at ")
                    and ("place", b.value) not in taken
                    and ("at", a.value) not in taken
                ):
                    places.append((s, a, b))
                    taken |= {("place", b.value), ("at", a.value)}
        if len(offices) >= 3:
            chosen = offices[:6]
            s0, f0 = chosen[0]
            window = clause(s0, f0)
            self.candidates.append(
                Candidate(
                    s0.passage,
                    "match",
                    _as_made(
                        {
                            "prompt": "Match each person to the title or office the text "
                            "gives them.",
                            "pairs": {f.value: f.office for _, f in chosen},
                            "explanation": "In the text: "
                            + "; ".join(f"{f.office} {f.value}" for _, f in chosen)
                            + ".",
                            "source": tidy(s0.text[window[0] : window[1]]),
                            "time_limit": 75,
                        }
                    ),
                    frozenset(f"office:{f.value}" for _, f in chosen),
                    -1.0,
                    tags=["draft", "people"],
                )
            )
        if len(places) >= 3:
            chosen_places = places[:6]
            s0, a0, b0 = chosen_places[0]
            quote = tidy(s0.text[a0.start : b0.end])
            self.candidates.append(
                Candidate(
                    s0.passage,
                    "match",
                    _as_made(
                        {
                            "prompt": "Match each to the place the text puts it in.",
                            "pairs": {tidy(a.text): tidy(b.text) for _, a, b in chosen_places},
                            "explanation": "In the text: "
                            + "; ".join(
                                f"{tidy(s.text[a.start : b.end])}" for s, a, b in chosen_places
                            )
                            + ".",
                            "source": quote,
                            "time_limit": 75,
                        }
                    ),
                    frozenset(f"place:{a.value}" for _, a, _ in chosen_places),
                    -1.0,
                    tags=["draft", "places"],
                )
            )


def _as_made(fields: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """A question written already (the few that are cheap to write, or ask across the text)."""
    return lambda: fields


def _takes_the(text: str, f: Fact) -> bool:
    return text[max(0, f.start - 4) : f.start].casefold() == "the "


def _pool(f: Fact) -> str:
    """Which facts may stand in for each other: same kind, and the same unit or precision."""
    if f.kind == DATE:
        return "month" if f.value.endswith("-00") else DATE
    if f.kind == NUMBER:
        return f"{NUMBER}:{f.extra}"
    if f.kind == EVENT:  # a war for a war, a treaty for a treaty
        return f"{EVENT}:{f.value.rsplit(' ', 1)[-1].rstrip('s')}"
    if f.kind == PLACE:
        if f.value in L.REGIONS or f.value in L.REGION_PHRASES:
            return f"{PLACE}:region"
        country = f.value in L.COUNTRIES or f.value in L.COUNTRY_PHRASES
        return f"{PLACE}:{'country' if country else 'town'}"
    return f.kind


def _office_key(office: str) -> str:
    return _COUNTRY_PREFIX.sub("", office).casefold()


_COUNTRY_PREFIX = re.compile(r"^(?:U\.S\.|United States|US) ")
_RANGE = re.compile(r"\b(?:between|from)\s+\S+\s+(?:and|to)\s")


def _cause_class(marker: str) -> str:
    """Causes that can stand in for each other: a noun phrase for a noun phrase ("because of
    the war"), a clause for a clause ("because the air is thin")."""
    if marker in _NOUN_MARKERS:
        return "noun"
    return "clause" if marker.casefold() in ("because", "since") else ""


_PRONOUNS = {"it", "its", "they", "their", "them", "she", "he", "his", "her", "this", "these"}
_NOUN_MARKERS = {
    "in response to",
    "because of",
    "as a result of",
    "due to",
    "owing to",
    "thanks to",
}
_LOOSE_ENDS = {"the", "a", "an", "of", "with", "to", "in", "on", "and", "or", "at", "by", "for"}


def _event_label(s: Sentence, f: Fact) -> str:
    """What happened at a date, in a few words of the sentence: "ABC News reported"."""
    window = clause(s, f, min_words=5, max_words=14)
    text = s.text[window[0] : f.start] + " " + s.text[f.end : window[1]]
    text = re.sub(
        r"\b(?:[Ii]n|[Oo]n|[Bb]etween|[Ss]ince|[Bb]y|of)\s*(?=[,)]|\s*$|\s{2})", " ", text
    )
    text = re.sub(r"^\W*(?:But|And|So|Then)\s+", "", tidy(text.strip(" ,;-()")))
    words = text.strip(" ,;:-()").split()
    if len(words) < 2:
        return ""
    if len(words) > 12:
        words = words[:12]
        while words and words[-1].casefold() in _LOOSE_ENDS:
            words.pop()
        words[-1] += "…"
    label = " ".join(words)
    if label.count("(") > label.count(")"):
        label = label[: label.rindex("(")].rstrip()
    return label[0].upper() + label[1:]
