"""The `quizapp` command: the GUI by default, subcommands for the terminal.

Global options decide folders (`quizapp.commands.folders`, the one place that reads them); each
subcommand lives in `quizapp.commands` and is a small function that takes the parsed arguments
and returns the exit code. Errors a user can cause are printed as plain messages, never as a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Mapping, Sequence

from quizapp import __version__, paths
from quizapp.commands.folders import add_folder_options, folders


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizapp",
        description="Timed quizzes from YAML question banks. With no command, opens the app.",
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="print the version and where data, cache and banks are read from, then exit",
    )
    add_folder_options(parser)
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
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help="the language of the app and the commands (de, es, ...); default: the learner's "
        "setting, else the system's (docs/translating.md)",
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
        "quizapp.commands.validate",
        "add_validate_command",
        "check question banks and presets, and report every mistake",
    ),
    "export": (
        "quizapp.commands.export",
        "add_export_command",
        "write learners' attempts and answers as CSV or JSON for a spreadsheet",
    ),
    "report": (
        "quizapp.commands.report",
        "add_report_command",
        "merge a class's results folder into an HTML report (and CSV)",
    ),
    "convert": (
        "quizapp.commands.convert",
        "add_convert_command",
        "convert questions to and from Moodle XML, GIFT, Aiken, CSV, Anki; print to PDF",
    ),
    "lrs": (
        "quizapp.commands.lrs",
        "add_lrs_command",
        "send a results folder to a Learning Record Store (xAPI), or test the connection",
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
    getattr(importlib.import_module(module_name), function)(sub, add_folder_options)
    return parser


_SOURCES = {
    "option": "from --{kind}-dir",
    "environment": "from ${env}",
    "portable": "portable mode",
    "user": "the user {kind} folder",
}


def version_text(chosen: paths.Paths) -> str:
    """`quizapp --version`: the version, and every folder with where its choice came from."""
    data_from = _SOURCES[chosen.data_from].format(kind="data", env=paths.DATA_ENV)
    cache_from = _SOURCES[chosen.cache_from].format(kind="cache", env=paths.CACHE_ENV)
    marker = chosen.portable_marker
    lines = [
        f"quizapp {__version__}" + (" (self-contained build)" if paths.is_frozen() else ""),
        f"data:   {chosen.data_dir} ({data_from})",
        f"cache:  {chosen.cache_dir} ({cache_from})",
    ]
    lines += [
        f"{'banks:' if i == 0 else '':<7} {d}" + (" (bundled)" if i == 0 else "")
        for i, d in enumerate(chosen.bank_dirs)
    ]
    if marker is not None:
        lines.append(f"portable mode: on ({marker})")
    else:
        lines.append(f"portable mode: off (no {paths.PORTABLE_MARKER} in {paths.app_dir()})")
    return "\n".join(lines)


def unwritable_message(problem: paths.Unwritable, chosen: paths.Paths) -> str:
    """Which data folder cannot be written, why, and how to choose another."""
    text = (
        f"progress cannot be saved in {problem.folder}: {problem.reason}. quizapp did not start, "
        "so no answers are lost. Choose a folder you can write to, on a drive that is kept, "
        f"with --data-dir FOLDER (or the {paths.DATA_ENV} environment variable)"
    )
    if chosen.data_from == "portable" and chosen.portable_marker is not None:
        text += f", or remove {chosen.portable_marker} to keep progress in your own user folder"
    elif chosen.data_from == "environment":
        text += f"; this folder came from {paths.DATA_ENV}"
    return text + "."


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
    if args.version:
        print(version_text(folders(args)))
        return 0
    if args.command is None:
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(f"quizapp: {problem}", file=sys.stderr)
            return 2
        chosen = folders(args)
        unwritable = paths.check_writable(chosen.data_dir)
        if unwritable is not None:
            return _refuse_to_start(unwritable_message(unwritable, chosen))
        from quizapp.ui.app import run_app

        return int(
            run_app(
                chosen,
                fullscreen=bool(args.fullscreen),
                theme=args.theme,
                preset=args.preset,
                lang=args.lang,
            )
        )
    _terminal_language(args.lang)
    try:
        result = int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quizapp validate | head`
        sys.stderr.close()
        return 1
    return result


def _terminal_language(option: str | None) -> None:
    """The commands speak `--lang`, else the system's language (English costs nothing)."""
    wanted = option or os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES")
    wanted = wanted or os.environ.get("LANG")
    if not wanted or wanted.split("_")[0].split(".")[0].lower() in ("en", "c", "posix"):
        return
    from quizapp.ui import i18n

    language = i18n.choose([wanted], i18n.shipped())
    if option and language.asked:
        print(f"quizapp: no translation for '{language.asked}'; using English", file=sys.stderr)
    i18n.install_for_terminal(language.code)


def _refuse_to_start(text: str) -> int:
    """Say why the app will not start: on the terminal, and in a dialog unless no one can see
    one (the offscreen platform, where a dialog would wait forever)."""
    print(f"quizapp: {text}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal"):
        from quizapp.ui.app import tell_before_start

        tell_before_start("quizapp cannot keep progress", text[0].upper() + text[1:])
    return 2
