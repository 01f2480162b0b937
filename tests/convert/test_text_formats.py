"""Aiken, CSV and Anki: import what teachers bring, export what each format can hold."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
import yaml

from quizapp.convert.aiken import read_aiken
from quizapp.convert.anki import read_anki_text, read_apkg
from quizapp.convert.csvformat import read_csv
from tests.convert.helpers import bundled_copy, carried, load, run


def test_aiken_questions_become_single_choice() -> None:
    """Aiken's `A.`/`B)` options and `ANSWER:` become a single question; no explanation is
    invented (the checker will warn that there is none)."""
    text = (
        "Which is longest?\nA. Nile\nB) Amazon\nANSWER: A\n\nSecond\nline?\nA. x\nB. y\nANSWER: B\n"
    )
    imported = read_aiken(text, "a.txt", "a")
    assert imported.questions == [
        {
            "id": "q1",
            "type": "single",
            "prompt": "Which is longest?",
            "choices": ["Nile", "Amazon"],
            "answer": "Nile",
        },
        {
            "id": "q2",
            "type": "single",
            "prompt": "Second\nline?",
            "choices": ["x", "y"],
            "answer": "y",
        },
    ]
    assert imported.problems == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Q?\nA. x\nB. y\nANSWER: C\n", "a.txt:4:1: error: `ANSWER: C` names no option"),
        ("Q?\nA. x\nB. y\n", "a.txt:1:1: error: this question has no `ANSWER:` line"),
        ("Q?\nA. x\nmore text\nANSWER: A\n", "a.txt:3:1: error: expected another option"),
    ],
)
def test_aiken_mistakes_are_located(text: str, message: str) -> None:
    """A wrong letter, a missing ANSWER line or stray text is an error on its line."""
    problems = [p.format() for p in read_aiken(text, "a.txt", "a").problems]
    assert any(p.startswith(message) for p in problems), problems


def test_aiken_export_holds_single_and_true_false_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exporting to Aiken writes single and true/false questions and names each one left out."""
    src = bundled_copy(tmp_path)
    assert run(src, tmp_path / "out.txt", "--to", "aiken") == 0
    out = capsys.readouterr().out
    held = [q for q in load(src).questions if q.type.value in ("single", "true_false")]
    assert "Aiken has no place for a multiple question" in out
    assert f"out.txt: {len(held)} questions written" in out
    back = read_aiken((tmp_path / "out.txt").read_text(encoding="utf-8"), "out.txt", "x")
    assert len(back.questions) == len(held) and back.problems == []


EXCEL = (
    "\ufeffType;Prompt;Answer;Option 1;Option 2;Option 3;Explanation;Tags;Tolerance\r\n"
    'single;"Which is\r\nlongest?";B;Amazon;Nile;Danube;Nile wins.;rivers|africa;\r\n'
    ";;;;;;;;\r\n"
    "numeric;Half as a decimal?;0,5;;;;;;0\r\n"
    "multiple;Prime?;A|C;2;4;3;;;\r\n"
    "single;Capital of Peru?;lima;Quito;Lima;;;;\r\n"
    "match;Capitals;;France -> Paris;Italy -> Rome;;;;\r\n"
    "true_false;Sky is blue;yes;;;;;;\r\n"
    "single;Bad;E;x;y;;;;\r\n"
)


def test_excel_csv_with_semicolons_bom_and_quoted_newlines() -> None:
    """Excel's `;` separator, BOM, a quoted line break, an empty row and a decimal comma
    all read; each bad row is an error on its own line, the others convert."""
    imported = read_csv(EXCEL, "q.csv", "q")
    questions = imported.questions
    assert questions[0] == {
        "id": "q1", "type": "single", "prompt": "Which is\nlongest?",
        "choices": ["Amazon", "Nile", "Danube"], "answer": "Nile", "explanation": "Nile wins.",
        "tags": ["rivers", "africa"],
    }  # fmt: skip
    assert questions[0]["answer"] == "Nile" and questions[0]["tags"] == ["rivers", "africa"]
    assert (questions[1]["answer"], questions[1]["tolerance"]) == (0.5, 0.0)
    assert questions[2]["answer"] == ["2", "3"]
    assert questions[4]["pairs"] == {"France": "Paris", "Italy": "Rome"}
    assert questions[3]["answer"] == "Lima"
    assert questions[5]["answer"] is True
    assert [p.format() for p in imported.problems] == [
        "q.csv:10:1: error: `answer` must be the letter of a filled option (A to B) or its text, not 'E'"
    ]


def test_csv_round_trip_keeps_every_question_field(tmp_path: Path) -> None:
    """ours -> CSV -> ours keeps every question field (CSV carries them all)."""
    src = bundled_copy(tmp_path)
    assert run(src, tmp_path / "bank.csv") == 0
    assert (tmp_path / "bank.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run(tmp_path / "bank.csv", tmp_path / "back.yaml") == 0
    before, after = load(src), load(tmp_path / "back.yaml")
    fields = ("id", "type", "prompt", "choices", "correct_choices", "truth", "accepted", "typos",
              "number", "tolerance", "items", "pairs", "explanation", "source_quote", "tags",
              "difficulty", "time_limit", "points")  # fmt: skip
    for old, new in zip(before.questions, after.questions, strict=True):
        assert carried(new, *fields) == carried(old, *fields)


ANKI = textwrap.dedent("""\
    #separator:tab
    #html:true
    #tags column:3
    What is the capital of <b>France</b>?\tParis<hr>Since 987.\tgeo europe
    {{c1::Paris}} is in France\t\tgeo
    Sound[sound:x.mp3]\tYes\t
""")


def test_anki_text_notes_become_short_questions() -> None:
    """Front -> prompt, back -> accepted answer (text after <hr> -> explanation), tags kept;
    cloze notes skipped, sounds dropped, each with a located warning."""
    imported = read_anki_text(ANKI, "deck.txt", "deck")
    assert imported.questions[0] == {
        "id": "q1", "type": "short", "prompt": "What is the capital of France?",
        "answer": ["Paris"], "explanation": "Since 987.", "tags": ["geo", "europe"],
    }  # fmt: skip
    messages = [p.format() for p in imported.problems]
    assert (
        "deck.txt:5:1: warning: skipped the cloze note: a cloze card has gaps to fill in the text; our questions have one answer each"
        in messages
    )
    assert "deck.txt:6:1: warning: the sound on the front is left out" in messages


def test_apkg_round_trip_through_genanki(tmp_path: Path) -> None:
    """A bank written as .apkg (genanki) reads back from its SQLite collection: one short
    question per note, with the same tags."""
    pytest.importorskip("genanki")
    src = bundled_copy(tmp_path)
    assert run(src, tmp_path / "deck.apkg") == 0
    imported = read_apkg((tmp_path / "deck.apkg").read_bytes(), "deck.apkg", "deck")
    before = load(src)
    assert len(imported.questions) == len(before.questions)
    first = imported.questions[0]
    assert str(first["prompt"]).startswith(before.questions[0].prompt)
    assert first["tags"] == list(before.questions[0].tags)


def test_apkg_that_is_not_a_zip_is_an_error() -> None:
    """A damaged package is one clear error, not a traceback."""
    imported = read_apkg(b"not a zip", "deck.apkg", "deck")
    assert [p.format() for p in imported.problems] == [
        "deck.apkg:1:1: error: this is not an Anki package (.apkg files are zip archives)"
    ]


def test_converted_csv_is_readable_yaml(tmp_path: Path) -> None:
    """The YAML written from a CSV is what a teacher would write: plain keys, lists inline."""
    (tmp_path / "q.csv").write_text(
        "type,prompt,answer,option 1,option 2\nsingle,Pick one,A,Yes,No\n", encoding="utf-8"
    )
    assert run(tmp_path / "q.csv", tmp_path / "q.yaml") == 0
    text = (tmp_path / "q.yaml").read_text(encoding="utf-8")
    assert '    choices: ["Yes", "No"]\n    answer: "Yes"\n' in text
    assert yaml.safe_load(text)["questions"][0]["answer"] == "Yes"


def test_apkg_with_a_damaged_collection_is_an_error(tmp_path: Path) -> None:
    """A package whose collection is corrupt (bad compressed data, or not SQLite) gives one
    clear error."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", b"this is not a database" * 50)
    good = buffer.getvalue()
    imported = read_apkg(good, "deck.apkg", "deck")
    assert [p.severity.value for p in imported.problems] == ["error"]
    assert "cannot be read" in imported.problems[0].message
    start = good.index(b"collection.anki2") + len("collection.anki2")
    broken = good[:start] + bytes(b ^ 0x5A for b in good[start : start + 40]) + good[start + 40 :]
    imported = read_apkg(broken, "deck.apkg", "deck")
    assert [p.severity.value for p in imported.problems] == ["error"]
