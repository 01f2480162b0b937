"""The `quizapp` command: the GUI by default, subcommands for the terminal.

Global options decide folders (see `quizapp.paths`); each subcommand is a small function that
takes the parsed arguments and returns the exit code. Errors a user can cause are printed as
plain messages, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping, Sequence

from quizapp import __version__, paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Timed quizzes from YAML question banks. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"quizapp {__version__}")
    _add_folder_options(parser)
    parser.add_argument("--fullscreen", action="store_true", help="open full screen (lab machines)")
    parser.add_argument(
        "--preset",
        metavar="FILE",
        default=None,
        help="start a classroom session from this *.preset.yaml file (see docs/classroom.md)",
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default="system",
        help="colours: follow the system (default), or force light or dark",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (_module, _function, summary) in COMMANDS.items():
        # a placeholder: the command's own parser is built (and its package imported) only
        # when it is run, so opening the app never pays for the terminal commands
        sub.add_parser(name, help=summary, add_help=False)
    return parser


# name -> (module, function that adds the real subparser, one-line help)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "validate": (
        "quizapp.bank.cli",
        "add_validate_command",
        "check question banks and presets, and report every mistake",
    ),
    "export": (
        "quizapp.progress.cli",
        "add_export_command",
        "write learners' attempts and answers as CSV or JSON for a spreadsheet",
    ),
    "report": (
        "quizapp.classroom.cli",
        "add_report_command",
        "merge a class's results folder into an HTML report (and CSV)",
    ),
    "draft": (
        "quizapp.commands.draft",
        "add_draft_command",
        "write a first draft of a question bank from a plain text",
    ),
}


def command_parser(name: str) -> argparse.ArgumentParser:
    """The full parser for one terminal command, its package imported now."""
    module_name, function, _summary = COMMANDS[name]
    parser = argparse.ArgumentParser(prog="quizapp")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    getattr(importlib.import_module(module_name), function)(sub, _add_folder_options)
    return parser


def _add_folder_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("folders")
    group.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=f"where progress is kept (default: ${paths.DATA_ENV} or the user data folder)",
    )
    group.add_argument(
        "--cache-dir",
        default=argparse.SUPPRESS,
        help=f"where parsed banks are cached (default: ${paths.CACHE_ENV} or the user cache)",
    )
    group.add_argument(
        "--bank-dir",
        action="append",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"also look for banks here (repeatable; also ${paths.BANK_PATH_ENV})",
    )


def folders(args: argparse.Namespace) -> paths.Paths:
    """The folders chosen by the command line, environment and platform, in that order."""
    return paths.resolve(
        data_dir=getattr(args, "data_dir", None),
        cache_dir=getattr(args, "cache_dir", None),
        bank_dirs=getattr(args, "bank_dir", None) or (),
    )


def display_problem(env: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here, in words, before Qt aborts with a cryptic message."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
        "Run it from a desktop session; the terminal commands (validate, export, report) work "
        "anywhere."
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None and rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    if args.command is not None:
        given = args
        args = command_parser(args.command).parse_args([args.command, *rest])
        for key, value in vars(given).items():  # folder options given before the command
            if not hasattr(args, key):
                setattr(args, key, value)
    if args.command is None:
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(f"quizapp: {problem}", file=sys.stderr)
            return 2
        from quizapp.ui.app import run_app

        return int(
            run_app(
                folders(args),
                fullscreen=bool(args.fullscreen),
                theme=args.theme,
                preset=args.preset,
            )
        )
    try:
        result = int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quizapp validate | head`
        sys.stderr.close()
        return 1
    return result
