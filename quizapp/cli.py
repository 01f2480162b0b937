"""The `quizapp` command: the GUI by default, subcommands for the terminal.

Global options decide folders (see `quizapp.paths`); each subcommand is a small function that
takes the parsed arguments and returns the exit code. Errors a user can cause are printed as
plain messages, never as a traceback.
"""

from __future__ import annotations

import argparse
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

    from quizapp.bank import cli as bank_cli

    bank_cli.add_validate_command(sub, _add_folder_options)

    from quizapp.progress import cli as progress_cli

    progress_cli.add_export_command(sub, _add_folder_options)

    from quizapp.classroom import cli as classroom_cli

    classroom_cli.add_report_command(sub)
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
    args = parser.parse_args(argv)
    if args.command is None:
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(f"quizapp: {problem}", file=sys.stderr)
            return 2
        from quizapp.ui.app import run_app

        return int(run_app(folders(args), fullscreen=bool(args.fullscreen), theme=args.theme))
    try:
        result = int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quizapp validate | head`
        sys.stderr.close()
        return 1
    return result
