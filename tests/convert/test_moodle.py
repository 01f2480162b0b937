"""Importing Moodle XML: every construct the issue names, and bad input."""

from __future__ import annotations

import base64
import textwrap
from pathlib import Path

import pytest
import yaml

from quizapp.cli import main
from quizapp.convert.moodle import IMAGES_SUPPORTED, read_moodle
from tests.bank.imagefiles import png_bytes
from tests.convert.helpers import run

QUIZ = textwrap.dedent("""\
    <?xml version="1.0" encoding="UTF-8"?>
    <quiz>
      <question type="category">
        <category><text>$course$/top/Default for Geo/Rivers</text></category>
      </question>
      <question type="multichoice">
        <name><text>Longest river</text></name>
        <questiontext format="html"><text><![CDATA[<p>Which is the <b>longest</b> river?</p>]]></text></questiontext>
        <generalfeedback format="html"><text>The Nile is about 6,650 km long.</text></generalfeedback>
        <defaultgrade>2</defaultgrade>
        <single>true</single>
        <answer fraction="100"><text>Nile</text></answer>
        <answer fraction="50"><text>Amazon</text><feedback><text>Close.</text></feedback></answer>
        <answer fraction="0"><text>Danube</text></answer>
      </question>
      <question type="multichoice">
        <name><text>Rivers in Europe</text></name>
        <questiontext format="html"><text>Which flow through Europe?</text></questiontext>
        <single>false</single>
        <answer fraction="50"><text>Danube</text></answer>
        <answer fraction="50"><text>Rhine</text></answer>
        <answer fraction="-100"><text>Nile</text></answer>
      </question>
      <question type="truefalse">
        <name><text>Nile Africa</text></name>
        <questiontext format="html"><text>The Nile is in Africa.</text></questiontext>
        <answer fraction="0"><text>true</text></answer>
        <answer fraction="100"><text>false</text></answer>
      </question>
      <question type="shortanswer">
        <name><text>Capital</text></name>
        <questiontext format="html"><text>Capital of Egypt?</text></questiontext>
        <usecase>1</usecase>
        <answer fraction="100"><text>Cairo</text></answer>
        <answer fraction="100"><text>Al-Qahira</text></answer>
        <answer fraction="50"><text>Giza</text></answer>
        <answer fraction="100"><text>Ca*</text></answer>
      </question>
      <question type="numerical">
        <name><text>Length</text></name>
        <questiontext format="html"><text>Length of the Nile in thousands of km?</text></questiontext>
        <answer fraction="100"><text>6.65</text><tolerance>0.1</tolerance></answer>
        <units><unit><multiplier>1</multiplier><unit_name>Mm</unit_name></unit></units>
      </question>
      <question type="match">
        <name><text>Match</text></name>
        <questiontext format="html"><text>Match river and country.</text></questiontext>
        <subquestion format="html"><text>Nile</text><answer><text>Egypt</text></answer></subquestion>
        <subquestion format="html"><text>Seine</text><answer><text>France</text></answer></subquestion>
        <subquestion format="html"><text></text><answer><text>Peru</text></answer></subquestion>
      </question>
      <question type="ordering">
        <name><text>Order</text></name>
        <questiontext format="html"><text>Longest first.</text></questiontext>
        <answer fraction="1"><text>Nile</text></answer>
        <answer fraction="2"><text>Amazon</text></answer>
      </question>
      <question type="essay">
        <name><text>Essay</text></name>
        <questiontext format="html"><text>Write about rivers.</text></questiontext>
      </question>
      <question type="multianswer">
        <name><text>Cloze</text></name>
        <questiontext format="html"><text>{1:SHORTANSWER:=Nile}</text></questiontext>
      </question>
    </quiz>
""")


def _questions(text: str = QUIZ) -> tuple[dict[str, dict[str, object]], list[str]]:
    imported = read_moodle(text, "quiz.xml", "quiz")
    return {str(q["id"]): q for q in imported.questions}, [p.format() for p in imported.problems]


def test_every_moodle_type_maps_onto_ours() -> None:
    """multichoice (single/multiple), truefalse, shortanswer, numerical, match and ordering
    become our seven types, with category -> tag, general feedback -> explanation, grade ->
    points and HTML -> plain text."""
    questions, _ = _questions()
    assert questions["longest-river"] == {
        "id": "longest-river", "type": "single", "prompt": "Which is the longest river?",
        "choices": ["Nile", "Amazon", "Danube"], "answer": "Nile",
        "explanation": "The Nile is about 6,650 km long.", "tags": ["Rivers"], "points": 2.0,
    }  # fmt: skip
    assert questions["rivers-in-europe"]["answer"] == ["Danube", "Rhine"]
    assert questions["nile-africa"]["answer"] is False
    assert questions["capital"]["answer"] == ["Cairo", "Al-Qahira"]
    assert (questions["length"]["answer"], questions["length"]["tolerance"]) == (6.65, 0.1)
    assert questions["match"]["pairs"] == {"Nile": "Egypt", "Seine": "France"}
    assert questions["order"]["items"] == ["Nile", "Amazon"]


def test_what_moodle_has_and_we_lack_is_a_located_warning() -> None:
    """Partial credit, case-sensitivity, wildcards, units, extra wrong matches, essays and
    cloze each get a `file:line: warning:` that says what was dropped and why."""
    questions, problems = _questions()
    text = "\n".join(problems)
    assert "quiz.xml:6:1: warning: partial credit for 'Amazon' is dropped" in text
    assert "case-sensitively" in text and "wildcard *" in text and "Ca*" in text
    assert "Giza" in text and "units are ignored" in text and "Peru" in text
    assert "quiz.xml:58:1: warning: skipped the Moodle essay question: an essay is marked" in text
    assert "skipped the Moodle multianswer question" in text
    assert "quiz.xml:6:1: warning: the feedback for the answers 'Amazon' is left out" in text
    assert "essay" not in questions


def test_unknown_type_is_skipped_and_the_rest_converted() -> None:
    """A type we do not know is skipped with a warning naming it; the others still convert."""
    questions, problems = _questions(QUIZ.replace('type="ordering"', 'type="fancy"'))
    assert "order" not in questions and "capital" in questions
    assert any("the Moodle 'fancy' question" in p for p in problems)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<quiz><question>", "quiz.xml:1:17: error: this is not well-formed XML: no element found"),
        ("<notaquiz/>", "quiz.xml:1:1: error: a Moodle XML file starts with <quiz>"),
    ],
)
def test_bad_xml_is_one_located_error(text: str, message: str) -> None:
    """Broken XML gives a located error, never a traceback."""
    _, problems = _questions(text)
    assert len(problems) == 1 and problems[0].startswith(message)


def test_embedded_image_is_extracted_with_its_alt_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`<file encoding="base64">` named by @@PLUGINFILE@@ is written next to the new bank;
    the question gets `image: {file, alt}` (when this quizapp shows images) and the bank
    passes validate."""
    picture = png_bytes(4, 3)
    xml = QUIZ.replace(
        "<text>Longest first.</text></questiontext>",
        '<text><![CDATA[Longest first.<img src="@@PLUGINFILE@@/map%201.png" alt="A map">]]>'
        f'</text><file name="map 1.png" path="/" encoding="base64">{base64.b64encode(picture).decode()}'
        "</file></questiontext>",
    )
    (tmp_path / "quiz.xml").write_text(xml, encoding="utf-8")
    (tmp_path / "out").mkdir()
    assert run(tmp_path / "quiz.xml", tmp_path / "out" / "bank.yaml") == 0
    assert (tmp_path / "out" / "images" / "map-1.png").read_bytes() == picture
    bank = yaml.safe_load((tmp_path / "out" / "bank.yaml").read_text(encoding="utf-8"))
    order = next(q for q in bank["questions"] if q["type"] == "order")
    if IMAGES_SUPPORTED:
        assert order["image"] == {"file": "images/map-1.png", "alt": "A map"}
    else:
        assert "image" not in order
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "out" / "bank.yaml")]) == 0
    assert ": error:" not in capsys.readouterr().out


@pytest.mark.skipif(not IMAGES_SUPPORTED, reason="this build's checker does not know `image:`")
def test_image_round_trip_through_moodle_xml(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ours -> Moodle XML embeds the picture; -> ours extracts the same bytes with the same alt
    text, and the bank passes validate --strict."""
    picture = png_bytes(7, 5)
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "caucasus.png").write_bytes(picture)
    (tmp_path / "bank.yaml").write_text(
        textwrap.dedent("""\
        title: Maps
        questions:
          - id: where
            type: true_false
            prompt: Baku is on this map.
            image: {file: maps/caucasus.png, alt: A map of the Caucasus with Baku marked}
            answer: true
            explanation: Baku is on the Caspian coast.
    """),
        encoding="utf-8",
    )
    assert run(tmp_path / "bank.yaml", tmp_path / "bank.xml") == 0
    assert base64.b64encode(picture).decode() in (tmp_path / "bank.xml").read_text(encoding="utf-8")
    (tmp_path / "back").mkdir()
    assert run(tmp_path / "bank.xml", tmp_path / "back" / "bank.yaml") == 0
    back = yaml.safe_load((tmp_path / "back" / "bank.yaml").read_text(encoding="utf-8"))
    image = back["questions"][0]["image"]
    assert image["alt"] == "A map of the Caucasus with Baku marked"
    assert (tmp_path / "back" / image["file"]).read_bytes() == picture
    capsys.readouterr()
    assert main(["validate", "--strict", str(tmp_path / "back" / "bank.yaml")]) == 0


def test_image_without_alt_text_is_extracted_but_not_attached() -> None:
    """An image with no alt text is saved, and a warning asks for a description; nothing is
    invented to fill the gap."""
    png = base64.b64encode(b"\x89PNG").decode()
    xml = QUIZ.replace(
        "<text>Longest first.</text></questiontext>",
        '<text><![CDATA[Longest first.<img src="@@PLUGINFILE@@/m.png">]]></text>'
        f'<file name="m.png" path="/" encoding="base64">{png}</file></questiontext>',
    )
    imported = read_moodle(xml, "quiz.xml", "quiz")
    order = next(q for q in imported.questions if q["type"] == "order")
    assert "image" not in order and list(imported.images) == ["images/m.png"]
    assert any("has no alt text" in p.message for p in imported.problems)


def test_entity_expansion_is_refused() -> None:
    """A 'billion laughs' file is refused as a located error, quickly, without expanding."""
    entities = "".join(
        f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9)
    )
    text = f'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">{entities}]><quiz><question type="truefalse"><name><text>&j;</text></name></question></quiz>'
    imported = read_moodle(text, "x.xml", "x")
    assert imported.questions == []
    assert [p.severity.value for p in imported.problems] == ["error"]


def test_external_entities_are_not_loaded(tmp_path: Path) -> None:
    """An external entity naming a local file is an error; the file's text never appears."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    text = (
        f'<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY e SYSTEM "{secret.as_uri()}">]><quiz>'
        '<question type="truefalse"><name><text>n</text></name><questiontext><text>&e;</text>'
        '</questiontext><answer fraction="100"><text>true</text></answer></question></quiz>'
    )
    imported = read_moodle(text, "x.xml", "x")
    assert "TOP SECRET" not in repr(imported.bank)
    assert imported.problems and imported.problems[0].is_error


def test_a_bank_too_large_is_refused_before_writing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Converting more questions than a 2 MB bank holds writes nothing and says to split."""
    one = (
        '<question type="truefalse"><name><text>q</text></name><questiontext><text>'
        + "A long statement about rivers. " * 12
        + '</text></questiontext><answer fraction="100"><text>true</text></answer></question>'
    )
    (tmp_path / "big.xml").write_text("<quiz>" + one * 6000 + "</quiz>", encoding="utf-8")
    assert run(tmp_path / "big.xml", tmp_path / "big.yaml") == 1
    assert not (tmp_path / "big.yaml").exists()
    assert "a bank may be at most 2 MB; split the file" in capsys.readouterr().out


@pytest.mark.parametrize("dest", ["out.xml", "out.gift"])
def test_match_with_two_pairs_is_not_exported_for_moodle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dest: str
) -> None:
    """Moodle refuses a matching question with fewer than 3 subquestions (and then stops the
    whole import), so such a question is left out with a warning and nothing is added."""
    (tmp_path / "bank.yaml").write_text(
        textwrap.dedent("""\
        title: Pairs
        questions:
          - id: two
            type: match
            prompt: Match them.
            pairs: {a: b, c: d}
            explanation: Because.
          - id: three
            type: match
            prompt: Match them.
            pairs: {a: b, c: d, e: f}
            explanation: Because.
    """),
        encoding="utf-8",
    )
    assert run(tmp_path / "bank.yaml", tmp_path / dest) == 0
    out = capsys.readouterr().out
    assert "bank.yaml:3:1: warning:" in out and "a match question with 2 pairs" in out
    assert f"{dest}: 1 question written" in out
    text = (tmp_path / dest).read_text(encoding="utf-8")
    assert "::three::" in text or "<text>three</text>" in text
    assert "::two::" not in text and "<text>two</text>" not in text
