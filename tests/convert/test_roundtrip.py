"""Round trips of the bundled bank: ours -> Moodle XML / GIFT -> ours keep what each carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.bank.model import QuestionType
from tests.convert.helpers import bundled_copy, carried, load, run

ANSWER_FIELDS = ("type", "prompt", "choices", "correct_choices", "truth", "accepted", "number",
                 "tolerance", "items", "pairs")  # fmt: skip


def _round_trip(tmp_path: Path, middle: str) -> tuple[Path, Path]:
    original = bundled_copy(tmp_path)
    assert run(original, tmp_path / middle) == 0
    back = tmp_path / "back.yaml"
    assert run(tmp_path / middle, back) == 0
    return original, back


def test_moodle_round_trip_keeps_every_field_moodle_carries(tmp_path: Path) -> None:
    """Every question of the bundled bank comes back from Moodle XML with its answers,
    explanation, source quote, tags and points; only time limits, typos and difficulty go."""
    original, back = _round_trip(tmp_path, "bank.xml")
    before, after = load(original), load(back)
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    for old, new in zip(before.questions, after.questions, strict=True):
        fields = (*ANSWER_FIELDS, "explanation", "source_quote", "tags")
        assert carried(new, *fields) == carried(old, *fields), old.id
        assert after.points_for(new) == before.points_for(old), old.id
    assert (after.title, after.id, after.source) == (before.title, before.id, before.source)


def test_gift_round_trip_keeps_every_field_gift_carries(tmp_path: Path) -> None:
    """Every question comes back from GIFT with its answers; explanation and quote too, except
    on order questions (GIFT's ordering syntax has no feedback); one tag (the category)."""
    original, back = _round_trip(tmp_path, "bank.gift")
    before, after = load(original), load(back)
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    for old, new in zip(before.questions, after.questions, strict=True):
        assert carried(new, *ANSWER_FIELDS) == carried(old, *ANSWER_FIELDS), old.id
        assert new.tags == old.tags[:1], old.id
        if old.type is not QuestionType.ORDER:
            assert (new.explanation, new.source_quote) == (old.explanation, old.source_quote)


@pytest.mark.parametrize("middle", ["bank.xml", "bank.gift"])
def test_round_trip_passes_strict_validation(
    tmp_path: Path, middle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The bank after a round trip passes `validate --strict`, apart from the explanations GIFT
    cannot carry on order questions (the converter never invents them)."""
    _, back = _round_trip(tmp_path, middle)
    capsys.readouterr()
    from quizapp.cli import main

    code = main(["validate", "--strict", str(back)])
    lines = [x for x in capsys.readouterr().out.splitlines() if ": error:" in x]
    if middle == "bank.xml":
        assert code == 0 and lines == []
    else:
        order_ids = {q.id for q in load(back).questions if q.type is QuestionType.ORDER}
        assert lines and all("no `explanation:`" in x for x in lines)
        assert {x.rsplit("[", 1)[1].rstrip("]") for x in lines} == order_ids


def test_export_warns_per_question_what_the_format_drops(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exporting names, per question and with its line, what Moodle XML cannot hold."""
    original = bundled_copy(tmp_path)
    assert run(original, tmp_path / "bank.xml") == 0
    out = capsys.readouterr().out
    lines = original.read_text(encoding="utf-8").splitlines()
    line = lines.index("  - id: wilson-speech-city") + 1
    assert (
        f"azerbaijan-us-relations.yaml:{line}:1: warning: Moodle XML has no place for the typo "
        "tolerance (typos: 1), the difficulty (easy); left out [wilson-speech-city]"
    ) in out
    assert "the time limit (90 s)" in out


def test_moodle_file_converted_elsewhere_still_validates(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Converted into a folder without the source text, the bank drops `source: file:` with a
    warning (quotes go unchecked) instead of failing validation."""
    from quizapp.cli import main

    original = bundled_copy(tmp_path)
    assert run(original, tmp_path / "bank.xml") == 0
    (tmp_path / "elsewhere").mkdir()
    capsys.readouterr()
    assert run(tmp_path / "bank.xml", tmp_path / "elsewhere" / "bank.yaml") == 0
    assert (
        "bank.xml:1:1: warning: the bank's source text azerbaijan-us-relations.txt is not next to bank.yaml"
        in capsys.readouterr().out
    )
    assert main(["validate", str(tmp_path / "elsewhere" / "bank.yaml")]) == 0


@pytest.mark.parametrize(("middle", "written"), [("bank.xml", "A\\*B"), ("bank.gift", "A\\\\*B")])
def test_literal_star_survives_moodle_wildcards(tmp_path: Path, middle: str, written: str) -> None:
    """A `*` in an accepted answer is written as Moodle's literal `\\*` (in GIFT with its
    backslash escaped), since a bare one is a wildcard, and read back as a star."""
    import textwrap

    (tmp_path / "bank.yaml").write_text(
        textwrap.dedent("""\
        title: Stars
        questions:
          - id: star
            type: short
            prompt: "Type A*B"
            answer: ["A*B", plain]
            explanation: Literally.
    """),
        encoding="utf-8",
    )
    assert run(tmp_path / "bank.yaml", tmp_path / middle) == 0
    assert written in (tmp_path / middle).read_text(encoding="utf-8")
    assert run(tmp_path / middle, tmp_path / "back.yaml") == 0
    assert load(tmp_path / "back.yaml").questions[0].accepted == ("A*B", "plain")
