"""Property tests: any text survives our YAML writer; no input makes an importer crash."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.bank import check_text
from quizapp.convert.aiken import read_aiken
from quizapp.convert.anki import read_anki_text, read_apkg
from quizapp.convert.csvformat import read_csv
from quizapp.convert.gift import read_gift
from quizapp.convert.moodle import read_moodle
from quizapp.convert.yamlout import render

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(TEXT, min_size=2, max_size=4, unique_by=lambda t: t.strip().casefold()))
def test_any_text_is_written_so_yaml_reads_it_back(prompt: str, choices: list[str]) -> None:
    """Whatever a source holds (quotes, colons, `#`, `NO`, `3.10`, line breaks, control
    characters), the YAML we write reads back as exactly that text."""
    bank = {"title": prompt, "questions": [{"id": "q", "type": "single", "prompt": prompt,
            "choices": choices, "answer": choices[0], "pairs": {c: prompt for c in choices}}]}  # fmt: skip
    loaded = yaml.safe_load(render(bank))
    question = loaded["questions"][0]
    assert loaded["title"] == prompt and question["prompt"] == prompt
    assert question["choices"] == choices and question["answer"] == choices[0]
    assert question["pairs"] == {c: prompt for c in choices}


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab =~#{}:\\\n%->.TF1:AB)ANSWER$<>&;,\t\"'"), max_size=120))
def test_no_text_makes_an_importer_crash(text: str) -> None:
    """Random text gives located problems or questions, never an exception; what the
    importers build always passes our own checker once written."""
    for read in (read_gift, read_aiken, read_csv, read_anki_text, read_moodle):
        imported = read(text, "f", "t")
        assert all(p.line >= 1 for p in imported.problems)
        if imported.questions:
            result = check_text(render(imported.bank), "t.yaml")
            assert not result.errors, [p.format() for p in result.errors]


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=200))
def test_no_bytes_make_the_apkg_reader_crash(data: bytes) -> None:
    """A damaged package is reported, never raised."""
    imported = read_apkg(b"PK\x03\x04" + data, "d.apkg", "d")
    assert imported.problems
