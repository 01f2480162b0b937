"""Drafting a bank: coverage, every type, quotes that are in the text, keys that match them."""

from __future__ import annotations

import gc
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from quizapp.bank.checker import check_text
from quizapp.bank.sourcetext import SourceText, normalise
from quizapp.draft import bank_yaml, draft_bank
from quizapp.draft.drafter import read_sentences

from .conftest import BUNDLED, TEXTS

ALL_TYPES = {"single", "multiple", "true_false", "short", "numeric", "order", "match"}


def passages_per_question(text: SourceText, questions: tuple[dict[str, Any], ...]) -> list[int]:
    out = []
    for q in questions:
        cited = text.passages_citing(q["source"])
        assert cited, f"{q['id']}: quote not in the text: {q['source']!r}"
        out.append(cited[0])
    return out


def test_the_bundled_text_gives_forty_questions_of_every_type() -> None:
    """On the bundled text: at least 40 drafts, all seven types, every passage cited."""
    raw = BUNDLED.read_text(encoding="utf-8")
    draft = draft_bank(raw)
    assert len(draft.questions) >= 40
    assert {q["type"] for q in draft.questions} == ALL_TYPES
    text = SourceText.from_text(raw)
    assert set(passages_per_question(text, draft.questions)) == set(range(len(text.passages)))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_every_quote_is_in_the_text_and_every_key_in_its_quote(path: Path) -> None:
    """Each question quotes its text word for word, and the key it expects stands in that quote
    (or, for order and match questions, in the text), so the checker and a reader agree."""
    raw = path.read_text(encoding="utf-8")
    text = SourceText.from_text(raw)
    for q in draft_bank(raw).questions:
        assert "draft" in q["tags"]
        source = normalise(q["source"])
        assert text.find(source) >= 0, q["id"]
        if q["type"] in ("single", "short"):
            key = q["answer"] if isinstance(q["answer"], str) else q["answer"][-1]
            assert key in normalise(q["explanation"]), q["id"]
        if q["type"] == "numeric":
            assert re.sub(r"[,.]", "", source).count(str(q["answer"]).replace(".", "")), q["id"]
        if q["type"] == "single":
            assert q["answer"] in q["choices"] and len(set(q["choices"])) == len(q["choices"])
        if q["type"] == "order":
            years = re.findall(r"\b\d{4}\b", q["explanation"])
            assert years == sorted(years) and len(years) == len(q["items"])
        if q["type"] == "match":
            for left, right in q["pairs"].items():
                assert normalise(left) in text.normalised and right, q["id"]


@pytest.mark.parametrize("wanted", [5, 15, 20, 29])
def test_every_passage_gets_a_question_before_any_gets_a_third(wanted: int) -> None:
    """With fewer questions than the text could carry, the questions are spread: no passage
    holds two more than another while some passage has none."""
    raw = BUNDLED.read_text(encoding="utf-8")
    text = SourceText.from_text(raw)
    draft = draft_bank(raw, questions=wanted)
    counts = Counter(passages_per_question(text, draft.questions))
    assert len(draft.questions) == wanted
    passages = len(text.passages)
    if wanted >= passages:
        assert len(counts) == passages
    if wanted <= 2 * passages:
        assert max(counts.values()) <= 2
    else:
        assert min(counts.values()) >= 1


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_no_two_questions_ask_the_same_thing(path: Path) -> None:
    """No two drafts share a prompt, and no fact is the key of two gap questions."""
    draft = draft_bank(path.read_text(encoding="utf-8"))
    prompts = [q["prompt"] for q in draft.questions]
    assert len(prompts) == len(set(prompts))
    gaps = [(q["source"], str(q.get("answer"))) for q in draft.questions if "____" in q["prompt"]]
    assert len(gaps) == len(set(gaps))


def test_the_same_text_gives_the_same_draft_and_a_seed_other_distractors() -> None:
    """Drafting is deterministic; another seed keeps the facts asked but changes the choices."""
    raw = BUNDLED.read_text(encoding="utf-8")
    assert draft_bank(raw) == draft_bank(raw)
    first, other = draft_bank(raw, seed=0), draft_bank(raw, seed=7)
    choices = lambda d: [q.get("choices") for q in d.questions if q["type"] == "single"]  # noqa: E731
    assert choices(first) != choices(other)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_written_bank_passes_the_checker_with_only_draft_warnings(
    path: Path, copy_text, tmp_path: Path
) -> None:
    """The bank file loads with no error; its only warnings are "this question is a draft"."""
    text_path = copy_text(path)
    draft = draft_bank(text_path.read_text(encoding="utf-8"))
    body = bank_yaml(draft, bank_id="d", source_file=text_path.name)
    bank_path = tmp_path / "d.yaml"
    bank_path.write_text(body, encoding="utf-8")
    result = check_text(body, str(bank_path), lambda p: p.read_text(encoding="utf-8"))
    assert [p.message for p in result.problems if p.is_error] == []
    assert result.bank is not None and len(result.bank.questions) == len(draft.questions)
    assert {p.message.split(":")[0] for p in result.problems} == {"this question is a draft"}
    assert "draft" in (result.bank.description or "")


def test_a_text_with_nothing_to_ask_gives_no_questions() -> None:
    """A text of short lower-case fragments yields no question rather than a made-up one."""
    assert draft_bank("title\n\nok then\n").questions == ()


def test_sentences_of_a_long_text_map_back_to_their_passages() -> None:
    """Every sentence's offsets point into its own passage's text."""
    passages, sentences = read_sentences(BUNDLED.read_text(encoding="utf-8"))
    for s in sentences:
        assert s.text == passages[s.passage].text
        assert 0 <= s.start < s.end <= len(s.text)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_a_short_sentence_carries_two_questions_at_most(path: Path) -> None:
    """A third gap in a sentence of under 15 words would give the other answers away."""
    raw = path.read_text(encoding="utf-8")
    per_quote = Counter(
        q["source"] for q in draft_bank(raw).questions if q["type"] not in ("order", "match")
    )
    for source, count in per_quote.items():
        if len(source.split()) < 15:
            assert count <= 2, source


def test_distractors_are_of_the_same_sort_of_place() -> None:
    """A town is offered among towns, a region among regions, and a place the text names with
    "the" only beside other such places: no "Work under the France"."""
    lines = [
        "Work under the United States began in 1904.", "France signed in 1905.",
        "Colombia signed in 1906.", "The Netherlands signed in 1907.",
        "The war began in Europe in 1914.", "Asia was calm in 1915.",
        "South America traded in 1916.", "Ships sailed from Paris in 1920.",
        "Lisbon was quiet in 1921.", "Madrid grew in 1922.",
    ]  # fmt: skip
    draft = draft_bank("Places\n\n" + "\n\n".join(lines) + "\n", questions=60)
    singles = {q["answer"]: set(q["choices"]) for q in draft.questions if q["type"] == "single"}
    assert singles["Europe"] == {"Europe", "Asia", "South America"}
    assert singles["Paris"] == {"Paris", "Lisbon", "Madrid"}
    assert "United States" not in singles  # only one other "the" place to offer
    prompts = " ".join(q["prompt"] for q in draft.questions)
    assert "the France" not in prompts and "the Colombia" not in prompts


def test_a_sentence_starting_with_it_is_shown_after_the_one_before() -> None:
    """ "It is ____ m deep" alone does not say what "it" is; the sentence before is shown too,
    while the quote stays the sentence the key comes from."""
    path = next(p for p in TEXTS if p.stem == "water-cycle")
    (q,) = [
        q
        for q in draft_bank(path.read_text(encoding="utf-8")).questions
        if q["source"] == "It is 1,642 m deep at its deepest point."
    ]
    assert q["prompt"].startswith("Which amount belongs in the gap? “Lake Baikal in Siberia holds")
    assert q["prompt"].endswith("It is ____ m deep at its deepest point.”")


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_a_gap_question_never_shows_its_own_answer(path: Path) -> None:
    """The prompt (the whole sentence where it is short enough, and the sentence before when it
    starts with "It") never names the answer outside its gap."""
    for q in draft_bank(path.read_text(encoding="utf-8")).questions:
        if "____" not in q["prompt"] or q["type"] not in ("single", "short", "numeric"):
            continue
        keys = q["answer"] if isinstance(q["answer"], list) else [q["answer"]]
        words = re.findall(r"[\w.-]+", q["prompt"].replace(",", ""))
        for key in keys:
            if q["type"] == "numeric":
                assert f"{key:g}" not in words, q["id"]
            else:
                assert key not in q["prompt"], q["id"]


def test_a_long_sentence_is_shown_whole_while_the_quote_is_its_clause() -> None:
    """A clause after a citation marker is the quote; the learner still reads the sentence."""
    (q,) = [q for q in draft_bank(BUNDLED.read_text(encoding="utf-8")).questions
            if q["id"] == "single-afghanistan"]  # fmt: skip
    assert q["source"] == "and food used by the U.S. military in Afghanistan travels through Baku."
    assert q["prompt"].startswith("Which place belongs in the gap? “Apart from usage of")


@pytest.mark.parametrize("collecting", [True, False])
def test_drafting_leaves_the_cycle_collector_as_it_found_it(collecting: bool) -> None:
    """Drafting pauses Python's cycle collector while it works; the app gets it back as it
    was, on or off, so a draft never leaves the rest of the app without it."""
    was = gc.isenabled()
    try:
        (gc.enable if collecting else gc.disable)()
        draft_bank(BUNDLED.read_text(encoding="utf-8"))
        assert gc.isenabled() is collecting
    finally:
        (gc.enable if was else gc.disable)()


def test_a_draft_leaves_nothing_for_the_cycle_collector() -> None:
    """With the collector paused while drafting, a cycle in what drafting makes would keep a
    whole draft's candidates in memory until a later collection; there is none to keep."""
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        draft_bank(BUNDLED.read_text(encoding="utf-8"))
        assert gc.collect() == 0
    finally:
        (gc.enable if was else gc.disable)()
