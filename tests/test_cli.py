"""The `quizapp` command itself: a plain message instead of a Qt abort when there is no screen."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from quizapp.cli import display_problem
from tests.conftest import REPO


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is a Linux matter")
def test_no_screen_gives_a_plain_message_and_exit_2() -> None:
    """On a Linux machine with no display, `quizapp` says so instead of crashing in Qt."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "quizapp"], env=env, capture_output=True, text=True, check=False
    )
    assert proc.returncode == 2
    assert "there is no screen to open the window on" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_display_or_a_forced_platform_is_enough() -> None:
    """DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM each let the window open; other systems always."""
    assert display_problem({"DISPLAY": ":0"}, "linux") is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem({}, "win32") is None
    assert display_problem({}, "linux") is not None


def test_folder_options_before_the_command_reach_it(tmp_path, capsys) -> None:
    """`quizapp --bank-dir D validate` checks the banks in D, as if given after the command."""
    import json

    from quizapp.cli import main

    (tmp_path / "b.yaml").write_text(
        "title: T\nquestions:\n  - {id: q, type: true_false, prompt: p, answer: true, explanation: e}\n",
        encoding="utf-8",
    )
    assert main(["--bank-dir", str(tmp_path), "validate", "--format", "json"]) == 0
    checked = {b["path"] for b in json.loads(capsys.readouterr().out)["banks"]}
    assert str(tmp_path / "b.yaml") in checked


def test_opening_the_app_imports_no_terminal_command() -> None:
    """Parsing the GUI's arguments loads none of validate, export or report."""
    code = (
        "import sys; from quizapp.cli import build_parser; build_parser().parse_known_args([]);"
        "print(sorted(m for m in sys.modules if m.endswith('.cli') and m != 'quizapp.cli'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_preset_option_is_kept_for_the_gui() -> None:
    """`quizapp --preset FILE` parses and keeps the file for the app to open; no preset: None."""
    from quizapp.cli import build_parser

    assert (
        build_parser().parse_args(["--preset", "week3.preset.yaml"]).preset == "week3.preset.yaml"
    )
    assert build_parser().parse_args([]).preset is None


def test_starting_the_app_never_loads_the_yaml_parser() -> None:
    """Parsing the command line and importing the classroom load neither PyYAML nor the bank
    checker: they come only when a preset (or a bank not in the cache) is checked."""
    code = (
        "import sys, quizapp.cli, quizapp.classroom; quizapp.cli.build_parser();"
        "print('yaml' in sys.modules, 'quizapp.bank.checker' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("name", ["validate", "export", "report", "convert", "lrs", "draft"])
def test_every_option_of_every_command_says_what_it_does(name: str) -> None:
    """`quizapp <command> --help` describes each argument and option (none left bare)."""
    import argparse

    from quizapp.cli import COMMANDS, command_parser

    assert name in COMMANDS
    parser = command_parser(name)
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    command = sub.choices[name]
    bare = [
        a.dest
        for a in command._actions
        if not isinstance(a, argparse._HelpAction) and not (a.help and a.help.strip())
    ]
    assert bare == []


def test_validate_help_mentions_presets() -> None:
    """`quizapp validate --help` says it checks classroom presets too."""
    import argparse

    from quizapp.cli import command_parser

    parser = command_parser("validate")
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "preset" in sub.choices["validate"].format_help()
