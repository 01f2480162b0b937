"""Any text at all: drafting never fails, every quote is in the text, and the bank loads."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.bank.checker import check_text
from quizapp.bank.sourcetext import SourceText
from quizapp.draft import bank_yaml, draft_bank

WORDS = [
    "In", "1998", "the", "U.S.", "Sen.", "Lugar", "President", "Wilson", "met", "Anna", "Berg",
    "in", "Paris", "Baku", "on", "September", "18,", "1919,", "about", "42", "km", "percent",
    "one-third", "of", "Committee", "Embassy", "League", "Nations", "wrote:", "said", "“We",
    "agree.”", "\"no", "way\"", "because", "in response to", "War", "[12]", "[4]", "J.", "R.",
    "D.C.", "Mount", "Everest", "and", "General", "Omar", "Torrijos", "–", "Treaties", "Its",
    "It", "they", "«", "»", "(", ")", ":", ";", ",", ".", "?", "!", "\n", "\n\n", "é", "Skłodowska",
]  # fmt: skip


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=120), st.integers(0, 5))
def test_any_text_drafts_into_a_bank_that_loads(
    tmp_path: Path, words: list[str], seed: int
) -> None:
    """Random words, numbers, titles, quotes, markers and line breaks: no exception, every
    source quote is found as the checker finds it, and the written bank has no error."""
    raw = "A title\n\n" + " ".join(words)
    draft = draft_bank(raw, seed=seed)
    text = SourceText.from_text(raw)
    for q in draft.questions:
        assert text.find(q["source"]) >= 0, q
    body = bank_yaml(draft, bank_id="fuzz", source_file="fuzz.txt")
    (tmp_path / "fuzz.txt").write_text(raw, encoding="utf-8")
    result = check_text(body, str(tmp_path / "fuzz.yaml"), lambda p: p.read_text(encoding="utf-8"))
    if draft.questions:
        assert [p.format() for p in result.problems if p.is_error] == []
