"""Translations: the catalogues follow the code, the shipped ones are complete, the pseudo-locales
are generated, and the chosen language reaches words, numbers and dates."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from types import ModuleType

import pytest

from quizapp import words
from quizapp.quiz import numbers
from quizapp.quiz.errors import ResumeError
from quizapp.ui import i18n

REPO = Path(__file__).resolve().parent.parent
CATALOGUES = REPO / "resources" / "i18n"


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", REPO / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = load_tool()


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every catalogue compiled, as `make` does, into a folder of this module's own."""
    out = tmp_path_factory.mktemp("qm")
    tool.release(CATALOGUES, out)
    return out


def test_the_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Extracting the words again changes nothing: a new or changed string in the code fails
    here until `make translations` is run (and, for a shipped language, translated)."""
    for ts in CATALOGUES.glob("quizapp_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    tool.update(tmp_path)
    for ts in CATALOGUES.glob("quizapp_*.ts"):
        fresh, committed = tool.messages(tmp_path / ts.name), tool.messages(ts)
        assert set(fresh) == set(committed), (
            f"{ts.name} is out of date: run `make translations`; new: "
            f"{sorted(set(fresh) - set(committed))[:5]}, gone: "
            f"{sorted(set(committed) - set(fresh))[:5]}"
        )


@pytest.mark.parametrize("code", tool.SHIPPED)
def test_a_shipped_language_has_no_unfinished_string(code: str) -> None:
    """Every message of German and Spanish is translated, every plural form too, and keeps the
    placeholders of its source."""
    found = tool.messages(CATALOGUES / f"quizapp_{code}.ts")
    assert len(found) > 100
    unfinished = [source for (_c, source, _d), forms in found.items() if not all(forms)]
    assert not unfinished, f"{code}: {len(unfinished)} unfinished, such as {unfinished[:3]}"
    for (_context, source, _d), forms in found.items():
        for form in forms:
            assert set(tool._KEEP.findall(source)) - {"\n", "\\n", "%n"} <= set(
                tool._KEEP.findall(form)
            ), (code, source, form)


def test_the_pseudo_locale_is_accented_longer_bracketed_and_keeps_placeholders() -> None:
    """`Start quiz {n}` becomes bracketed accented text 40% longer, `{n}`, `%n` kept as they are."""
    text = tool.pseudo_text("Wrote %n file(s) to {file} <b>now</b>")
    assert text.startswith("[") and text.endswith("]")
    assert "%n" in text and "{file}" in text and "<b>" in text
    assert "Wrote" not in text and "ŵŕöţé" in text.lower()
    assert len(text) >= 1.4 * len("Wrote %n file(s) to {file} <b>now</b>")


def test_pseudo_locales_are_generated_for_every_message(compiled: Path) -> None:
    """Both pseudo-locales are compiled from the extracted messages, none written by hand."""
    assert {"quizapp_pseudo.qm", "quizapp_pseudo-rtl.qm"} <= {p.name for p in compiled.iterdir()}
    assert not list(CATALOGUES.glob("quizapp_pseudo*.ts")), "generated, never committed"


@pytest.mark.parametrize(
    ("wanted", "code", "asked"),
    [
        (["de", "es", "en_US"], "de", None),
        ([None, "es_MX.UTF-8", "de_DE"], "es", None),
        ([None, None, "de_AT"], "de", None),
        (["xx", None, "es_ES"], "es", "xx"),
        (["pseudo-RTL"], "pseudo-rtl", None),
        ([None, None, "C"], "en", None),
        (["fr", None, "ja_JP"], "en", "fr"),
    ],
)
def test_the_language_is_the_option_then_the_learner_then_the_system(
    wanted: list[str | None], code: str, asked: str | None
) -> None:
    """--lang wins over the learner's setting, which wins over the system; `de-AT` falls back to
    `de`; a language we do not ship is passed over (and named, to say so)."""
    available = ["de", "en", "es", "pseudo", "pseudo-rtl"]
    assert i18n.choose(wanted, available) == i18n.Language(code, asked)


@pytest.mark.parametrize(
    ("code", "counted", "reason"),
    [
        ("de", "2 Fragen", "Es wurde keine Antwort gegeben."),
        ("es", "2 preguntas", "No se dio ninguna respuesta."),
        ("en", "2 questions", "No answer was given."),
    ],
)
def test_words_speak_the_installed_language(
    compiled: Path, code: str, counted: str, reason: str
) -> None:
    """Plurals and the core's reasons come out in the chosen language; one is singular."""
    words.install(i18n.terminal_translator(code, compiled))
    assert words.plural(2, "question") == counted
    assert words.plural(1, "question").startswith("1 ")
    assert words._REASONS["no_answer"]({}) == reason


def test_a_damaged_saved_quiz_is_explained_in_german() -> None:
    """A saved quiz that does not fit together: the sentence is German, the technical detail
    (which field) stays as the engine found it."""
    from quizapp.quiz.saved import load

    words.install(i18n.terminal_translator("de"))
    with pytest.raises(ResumeError) as refused:
        load({"version": 1}, {})
    assert str(refused.value).startswith("Das gespeicherte Quiz ist beschädigt: ")
    assert "'config'" in str(refused.value)


def test_numbers_and_dates_follow_the_locale() -> None:
    """In German a decimal comma is read and shown, a percent has its space, dates are
    day.month."""
    i18n.use_locale(i18n.locale_for("de"))
    words.install(i18n.terminal_translator("de"))
    assert numbers.parse_number("3,14") == pytest.approx(3.14)
    assert numbers.parse_number("1.234,5") == 1234.5
    assert numbers.show_number(2.5) == "2,5"
    assert words.date_time(datetime(2026, 3, 14, 9, 5)).startswith("14.03.")
    assert words.percent(0.5) == "50 %"


def test_a_terminal_command_speaks_the_language_asked_for(tmp_path: Path) -> None:
    """`quizapp --lang es validate` summarises in Spanish; with LANG=de_DE, in German."""
    bank = tmp_path / "b.yaml"
    bank.write_text(
        "title: T\nid: t\nquestions:\n  - {id: a, type: numeric, prompt: P, answer: 2}\n",
        encoding="utf-8",
    )
    run = [sys.executable, "-m", "quizapp"]
    spanish = subprocess.run(
        [*run, "--lang", "es", "validate", str(bank)], capture_output=True, text=True, cwd=REPO
    )
    assert "1 banco de preguntas, 1 pregunta: 0 errores, 1 aviso" in spanish.stdout
    german = subprocess.run(
        [*run, "validate", str(bank)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "LANG": "de_DE.UTF-8"},
    )
    assert "1 Fragenkatalog, 1 Frage: 0 Fehler, 1 Warnung" in german.stdout


def test_validate_in_german_words_each_problem_in_german_at_its_line(tmp_path: Path) -> None:
    """`quizapp --lang de validate` on a broken bank prints each problem in German, still
    `file:line:column:` first, with the file's own words (key, suggestion) as written; the
    JSON report carries the same code and parameters in every language."""
    bank = tmp_path / "kaputt.yaml"
    bank.write_text(
        "title: T\nquestions:\n  - id: q1\n    type: singel\n    promt: P\n", encoding="utf-8"
    )
    run = [sys.executable, "-m", "quizapp", "--lang", "de", "validate"]
    german = subprocess.run([*run, str(bank)], capture_output=True, text=True, cwd=REPO)
    assert f"{bank}:4:11: Fehler: unbekannter Fragetyp „singel“ – meinten Sie „single“?" in (
        german.stdout
    )
    assert f"{bank}:5:5: Fehler: unbekannter Schlüssel „promt“ in einer Frage – meinten Sie " in (
        german.stdout
    )
    assert "error:" not in german.stdout and "unknown" not in german.stdout
    as_json = ["validate", "--format", "json", str(bank)]
    reports = [
        json.loads(
            subprocess.run(
                [sys.executable, "-m", "quizapp", "--lang", code, *as_json],
                capture_output=True,
                text=True,
                cwd=REPO,
            ).stdout
        )
        for code in ("de", "es")
    ]
    de, es = ([(p["code"], p["params"]) for p in r["problems"]] for r in reports)
    assert de == es
    assert ("unknown_key", {"key": "promt", "what": "question", "suggestion": "prompt"}) in de
    assert reports[1]["problems"][0]["message"] != reports[0]["problems"][0]["message"]


def test_no_translation_names_a_placeholder_its_source_lacks() -> None:
    """A misspelt `{placeholder}` in a translation would fail when the message is filled."""
    for code in tool.SHIPPED:
        for (_context, source, _d), forms in tool.messages(
            CATALOGUES / f"quizapp_{code}.ts"
        ).items():
            for form in forms:
                assert set(re.findall(r"\{[a-z_]*\}", form)) <= set(
                    re.findall(r"\{[a-z_]*\}", source)
                ), (code, source, form)


def test_every_counted_word_in_the_code_has_its_plural_forms() -> None:
    """`plural(n, "question")` anywhere in the app names a word `quizapp.words` can count in
    every language; a new noun fails here until it gets its `%n ...(s)` message."""
    used = set()
    for path in (REPO / "quizapp").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"plural\([^()]*?,\s*['\"]([^'\"]+)['\"]", text))
    assert "question" in used, "the pattern finds the calls"
    assert used <= set(words._COUNTED), sorted(used - set(words._COUNTED))


# German ways of addressing someone: du (its pronouns and the imperatives the fixes start with)
# and Sie (capitalised mid-sentence, or a `Sie`-imperative such as "Prüfen Sie")
_DU = re.compile(r"\b(du|dich|dir|dein\w*)\b|^(Prüfe|Wähle|Gib|Verschiebe|Schließe|Starte|Öffne)\b")
_SIE = re.compile(r"(?<![.:] )(?<!^)\bSie\b|\bIhr\w*\b")


def test_german_words_both_learners_and_teachers_read_address_nobody() -> None:
    """The file system's reasons and fixes (context `files`) appear in learners' messages (du)
    and in teachers' (Sie): they give instructions without either, "Bitte den Pfad prüfen."."""
    found = tool.messages(CATALOGUES / "quizapp_de.ts")
    shared = [forms[0] for (context, _s, _d), forms in found.items() if context == "files"]
    assert "Bitte den Pfad prüfen." in shared
    addressed = [text for text in shared if _DU.search(text) or _SIE.search(text)]
    assert not addressed, addressed
