"""The one place words are made: plurals, percentages, durations, and a sentence for every reason
code the core can return."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp import noticewords, words
from quizapp.app.refused import Refused
from quizapp.quiz.scoring import Reason, grade
from tests.quiz.helpers import multiple, numeric, short


@pytest.mark.parametrize(("n", "text"), [(0, "0 questions"), (1, "1 question"), (2, "2 questions")])
def test_plural_counts_in_words(n: int, text: str) -> None:
    """One question, two questions, no questions."""
    assert words.plural(n, "question") == text


def test_percent_duration_and_clock() -> None:
    """Scores as whole percents, times taken as m:ss, countdowns rounded up so 0:00 is the end."""
    assert (words.percent(0.734), words.percent(None)) == ("73%", "—")
    assert (words.duration(61_400), words.duration(None)) == ("1:01", "—")
    assert (words.clock_text(0.2), words.clock_text(3600)) == ("0:01", "1:00:00")


def test_every_reason_code_the_scorer_returns_has_words() -> None:
    """A new reason code in scoring.py without a sentence here fails this test."""
    source = (Path(words.__file__).parent / "quiz" / "scoring.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'Reason\(\s*"(\w+)"', source))
    codes |= set(re.findall(r'"(time_ran_out|no_answer)"', source))
    assert codes, "the pattern found the codes"
    assert codes <= set(words._REASONS), codes - set(words._REASONS)


def test_reasons_are_codes_until_a_person_reads_them() -> None:
    """The grade carries codes and numbers; the sentence is made from them here."""
    g = grade(multiple(), frozenset({"A", "B"}), timed_out=True)
    assert [r.code for r in g.reasons] == ["submitted_at_time_out", "multiple_partial"]
    assert words.grade_reason(g) == (
        "Time ran out; what you had entered was submitted. "
        "1 of the 3 right choices picked and 1 wrong pick: (1 − 1) / 3 = 0.00."
    )
    near = grade(short(typos=1), "San Fransisco")
    assert near.reasons == (Reason("close_spelling", {"closest": "San Francisco"}),)
    assert words.grade_reason(grade(numeric(), "1998")) is None


def test_every_refusal_the_app_returns_has_a_title_and_text() -> None:
    """A new `Refused` code in quizapp/app without words here fails this test."""
    app = Path(words.__file__).parent / "app"
    source = "".join(p.read_text(encoding="utf-8") for p in app.glob("*.py"))
    codes = set(re.findall(r'Refused\(\s*"(\w+)"', source))
    assert codes, "the pattern found the codes"
    assert codes <= set(words._REFUSALS), codes - set(words._REFUSALS)
    title, text = words.refusal(Refused("quiz_cannot_resume", "The bank 'x' is gone."))
    assert (title, text) == ("This quiz cannot be resumed", "The bank 'x' is gone.")


def test_every_outbox_notice_the_core_returns_has_words() -> None:
    """A new `Notice` code anywhere in the core without words here fails this test, and every
    word entry is still used."""
    root = Path(words.__file__).parent
    source = "".join(
        p.read_text(encoding="utf-8") for p in root.rglob("*.py") if "ui" not in p.parts
    )
    codes = set(
        re.findall(r'(?:Notice|LrsError|Lrs[A-Z]\w+|EndpointError|_unusable)\(\s*"(\w+)"', source)
    )
    assert codes, "the pattern found the codes"
    assert codes == set(noticewords.NOTICES), codes ^ set(noticewords.NOTICES)


def test_a_reported_file_reason_is_in_our_words_else_the_systems() -> None:
    """A problem's or state's `reason` code is worded by us; the system's own `detail` only
    stands in for a reason we have no words for, and nothing at all gives our general words."""
    full = {"reason": "full", "detail": "No space left on device"}
    assert words.reported_os_words(full) == "the disk is full"
    assert words.reported_os_words({"reason": "other", "detail": "Bad luck"}) == "Bad luck"
    assert words.reported_os_words({"reason": "other"}) == "the system refused it"
    assert words.reported_os_words({"reason": "other", "detail": None}) == "the system refused it"


def test_outbox_notices_are_codes_until_a_person_reads_them() -> None:
    """The outbox reports a code and the folder; the sentence, with the OS reason, is made here."""
    refused = words.Notice(
        "results_folder_refused", {"folder": "/media/stick", "reason": "full", "detail": ""}
    )
    assert words.notice(refused) == (
        "The results folder /media/stick cannot be written to: the disk is full."
    )
    both = words.Notice(
        "outbox_refused_too",
        {"first": refused, "outbox": "/data/outbox", "reason": "other", "detail": "Bad luck"},
    )
    assert words.notice(both).endswith(
        "The outbox /data/outbox cannot be written either (Bad luck)."
    )
    assert words.results_waiting([refused], 2) == (
        "The results folder /media/stick cannot be written to: the disk is full. "
        "2 results kept on this machine will be delivered when it is back."
    )
    assert words.results_waiting([refused], 0) is None
