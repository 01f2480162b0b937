"""The command line in the chosen language: `--help` of quizapp and every command, argparse's
own words and errors, the messages said before the window opens; and no catalogue is loaded
(nor Qt imported) just to build the parser."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import paths, words
from quizapp.cli import COMMANDS, build_parser, command_parser, main, unwritable_message
from quizapp.commands import arguments
from quizapp.ui import i18n, xcb

REPO = Path(__file__).resolve().parent.parent.parent


def every_parser() -> list[argparse.ArgumentParser]:
    """quizapp's parser and each command's (with `lrs send` and `lrs check`)."""
    found = [build_parser()]
    for name in COMMANDS:
        sub = next(
            a for a in command_parser(name)._actions if isinstance(a, argparse._SubParsersAction)
        )
        found.append(sub.choices[name])
    for parser in list(found):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction) and parser.prog != "quizapp":
                found += action.choices.values()
    return found


def english_help() -> set[str]:
    """Every help text and description of every parser, as written in the code."""
    texts: set[str] = set()
    for parser in every_parser():
        texts |= {a.help for a in parser._actions if a.help and a.help != argparse.SUPPRESS}
        texts |= {parser.description} if parser.description else set()
    return texts


def help_of(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_under_lang_de_has_no_english_help_left(
    command: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp --lang de [COMMAND] --help` is German: argparse's headings, and not one of the
    English help texts or descriptions (words wrapped over lines are joined to compare)."""
    english = {" ".join(text.split()) for text in english_help()}
    out = help_of(["--lang", "de", *([command] if command else []), "--help"], capsys)
    joined = " ".join(out.split())
    assert out.startswith("Aufruf: quizapp") and "Optionen:" in out
    assert "show this help message" not in out and "usage:" not in out
    left = [text for text in english if text in joined and len(text.split()) > 2]
    assert left == []


def test_the_system_language_speaks_without_lang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With LANG=es_ES.UTF-8 and no --lang, `quizapp export --help` is Spanish."""
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    out = help_of(["export", "--help"], capsys)
    assert out.startswith("uso: quizapp export") and "opciones:" in out
    assert "todos los estudiantes de este ordenador" in out


def test_a_lang_without_catalogue_gives_way_to_the_system_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--lang fr` on a German system: the help is German (not English), and a German line
    says French has no catalogue."""
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    with pytest.raises(SystemExit):
        main(["--lang", "fr", "export", "--help"])
    out, err = capsys.readouterr()
    assert out.startswith("Aufruf: quizapp export")
    assert "keine Übersetzung für „fr“; weiter auf Deutsch" in err


def test_argparse_errors_are_in_the_chosen_language(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong choice is refused in German, with exit status 2 as before."""
    with pytest.raises(SystemExit) as done:
        main(["--lang=de", "--theme", "pink"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "quizapp: Fehler: Argument --theme: ungültige Wahl: 'pink'" in err


def test_every_help_text_is_in_the_catalogue() -> None:
    """Under the pseudo-locale every help text and description comes out bracketed: a help
    text not marked with QT_TRANSLATE_NOOP("CommandHelp", ...) stays plain and fails here."""
    words.install(i18n.terminal_translator("pseudo"))
    plain = [text for text in english_help() if not arguments.shown(text).startswith("[")]
    assert plain == []


def test_building_the_parser_loads_no_catalogue_and_no_qt() -> None:
    """Opening the app in German parses its options without importing Qt or reading a
    catalogue: the words load when the first one is wanted (start-up is measured)."""
    code = (
        "import sys; from quizapp import cli; cli._speak('de');"
        "cli.build_parser().parse_known_args([]);"
        "print('PySide6.QtCore' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.strip() == "False"


def test_the_unwritable_data_folder_is_explained_in_german(tmp_path: Path) -> None:
    """The message that stops the start names the folder and the reason in German."""
    words.install(i18n.terminal_translator("de"))
    chosen = paths.resolve(data_dir=tmp_path / "data", env={})
    text = unwritable_message(paths.Unwritable(tmp_path / "data", "read_only"), chosen)
    assert text.startswith(f"der Lernstand kann nicht in {tmp_path / 'data'} gespeichert")
    assert "schreibgeschützt" in text and "--data-dir ORDNER" in text


def test_the_version_says_the_language_and_that_qt_speaks_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--lang es --version` is Spanish and finds Qt's own catalogue for its standard dialogs."""
    assert main(["--lang", "es", "--version"]) == 0
    out = capsys.readouterr().out
    assert "idioma: " in out and "(es)" in out and "datos:" in out
    assert "falta" not in out


def test_the_missing_xcb_libraries_are_named_in_spanish() -> None:
    """The message before Qt aborts is in the system's language, the command kept as it is."""
    words.install(i18n.terminal_translator("es"))
    text = xcb.explain(["libxcb-cursor.so.0"], debian=True)
    assert text.startswith("quizapp no puede abrir su ventana")
    assert "Instálalas con:\n  sudo apt-get install libxcb-cursor0" in text
