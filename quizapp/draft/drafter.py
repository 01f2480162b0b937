"""Plan a draft: split the text, find facts, build candidates, and pick them fairly.

Picking goes round by round over the passages, so every passage gets a question before any
gets a second, and a second before any gets a third; inside a passage the best-ranked question
whose facts are not yet asked wins, with a nudge towards the types used least so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from quizapp.bank.loader import no_cycle_collection
from quizapp.bank.sourcetext import Passage, split_passages
from quizapp.draft.facts import behind_first, find_chains, find_facts, find_numbers, surnames
from quizapp.draft.questions import Builder, Candidate, Sentence
from quizapp.draft.sentences import split_sentences

PER_PASSAGE = 3  # the default size: three questions a passage


@dataclass(frozen=True, slots=True)
class Draft:
    """A drafted bank, before it is written out."""

    title: str
    passages: tuple[Passage, ...]
    questions: tuple[dict[str, Any], ...]
    covered: frozenset[int]  # indexes of the passages some question quotes


def read_sentences(raw: str) -> tuple[list[Passage], list[Sentence]]:
    """The passages of a text (as `--coverage` counts them) and their sentences with facts."""
    passages = split_passages(raw)
    spans = [(i, p.text, s, e) for i, p in enumerate(passages) for s, e in split_sentences(p.text)]
    # what does not depend on the people known: worked out once for both looks
    looks = [(find_numbers(text[s:e], s), find_chains(text, s, e)) for _, text, s, e in spans]
    first_by_sentence = [
        find_facts(text, s, e, {}, numbers, chains)
        for (_, text, s, e), (numbers, chains) in zip(spans, looks, strict=True)
    ]
    known = surnames([f for facts in first_by_sentence for f in facts])
    # a second look only where a known surname stands alone ("Cuellar has denied")
    alone = re.compile("|".join(map(_alone, known))) if known else None
    out: list[Sentence] = []
    for (i, text, s, e), facts, (numbers, chains) in zip(
        spans, first_by_sentence, looks, strict=True
    ):
        if alone and alone.search(text, s, e):
            facts = find_facts(text, s, e, known, numbers, chains)
        out.append(Sentence(i, text, s, e, tuple(facts), len(text[s:e].split())))
    return passages, out


def _alone(name: str) -> str:
    """The name as a whole word, written to run fast: a word boundary before a name that starts
    with a letter (they all do) is "no word character just before it", and `behind_first` looks
    for that only where the name's first letter is."""
    if name[:1].isalnum() or name[:1] == "_":
        return "(?:" + behind_first([name], r"\w") + r")\b"
    return r"\b" + re.escape(name) + r"\b"


def draft_bank(raw: str, *, questions: int | None = None, seed: int = 0) -> Draft:
    """Draft questions for a text: deterministic for a given seed."""
    # Drafting makes many small lists, tuples and dicts that live until the draft is done: the
    # cycle collector would walk them again and again, a fifth of the time, and free nothing.
    with no_cycle_collection():
        return _draft(raw, questions, seed)


def _draft(raw: str, questions: int | None, seed: int) -> Draft:
    passages, sentences = read_sentences(raw)
    known = surnames([f for s in sentences for f in s.facts])
    candidates = Builder(sentences, known, seed).build()
    wanted = questions if questions is not None else PER_PASSAGE * len(passages)
    picked = plan(candidates, len(passages), wanted)
    out: list[dict[str, Any]] = []
    ids: set[str] = set()
    numbered: dict[str, int] = {}
    for c in picked:
        qid = _question_id(c, ids, numbered)
        out.append({"id": qid, "type": c.qtype, **c.fields, "tags": c.tags})
    lines = raw.splitlines()
    title = lines[0].strip() if lines and (len(lines) == 1 or not lines[1].strip()) else ""
    return Draft(title, tuple(passages), tuple(out), frozenset(c.passage for c in picked))


def plan(candidates: list[Candidate], passages: int, wanted: int) -> list[Candidate]:
    """Pick up to `wanted` candidates, round by round over the passages."""
    by_passage: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_passage.setdefault(c.passage, []).append(c)
    asked: set[str] = set()
    prompts: set[str] = set()  # two facts of one sentence can make the same true statement
    per_sentence: dict[str, int] = {}
    types: dict[str, int] = {}
    picked: list[Candidate] = []
    # what is asked only grows, so a candidate left out once is left out for good: each round
    # keeps only the fresh ones, and only the passages that still have some
    active = list(range(passages))
    while len(picked) < wanted:
        before = len(picked)
        still: list[int] = []
        for p in active:
            if len(picked) >= wanted:
                break
            fresh = [
                c
                for c in by_passage.get(p, ())
                if c.keys.isdisjoint(asked)
                and (not c.sentence_cap or per_sentence.get(c.sentence, 0) < c.sentence_cap)
            ]
            # the best one whose prompt is new: a prompt is written only for the best (and the
            # few that say what was said before), never for the others
            while fresh:
                best = min(fresh, key=lambda c: (c.rank + 0.6 * types.get(c.qtype, 0), c.order))
                fresh.remove(best)
                said = _said(best)
                if said not in prompts:
                    break
            else:
                continue
            picked.append(best)
            asked |= best.keys
            prompts.add(said)
            if best.sentence:
                per_sentence[best.sentence] = per_sentence.get(best.sentence, 0) + 1
            types[best.qtype] = types.get(best.qtype, 0) + 1
            by_passage[p] = fresh
            still.append(p)
        if len(picked) == before:
            break
        active = still
    return picked


_NOT_ID = re.compile(r"[^a-z0-9]+")


def _said(c: Candidate) -> str:
    return str(c.fields.get("prompt", "")).rstrip(".”").casefold()


def _question_id(c: Candidate, ids: set[str], numbered: dict[str, int]) -> str:
    """A readable id from the type and answer, numbered when taken ("true-false-true-7");
    `numbered` remembers where each base's numbering has got to, since ids are never freed."""
    answer = c.fields.get("answer", c.fields.get("items", c.fields.get("pairs", "")))
    if isinstance(answer, list):
        answer = answer[0]
    if isinstance(answer, dict):
        answer = next(iter(answer))
    words = _NOT_ID.sub("-", str(answer).casefold()).strip("-").split("-")
    base = f"{c.qtype.replace('_', '-')}-{'-'.join(words[:4])}".strip("-")[:48]
    qid = base
    if qid in ids:
        n = numbered.get(base, 2)
        qid = f"{base}-{n}"
        while qid in ids:
            n += 1
            qid = f"{base}-{n}"
        numbered[base] = n + 1
    ids.add(qid)
    return qid
