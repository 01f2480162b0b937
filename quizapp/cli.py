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

from quizapp import __version__, paths, words
from quizapp.commands.arguments import Parser, argparse_words, speak_argparse
from quizapp.commands.folders import add_folder_options, folders
from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.words import Context

cli = Context("cli")  # the words quizapp says before a command or the window takes over


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="quizapp",
        description=QT_TRANSLATE_NOOP(
            "CommandHelp", "Timed quizzes from YAML question banks. With no command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "print the version and where data, cache and banks are read from, then exit",
        ),
    )
    add_folder_options(parser)
    parser.add_argument(
        "--fullscreen",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "open full screen (lab machines)"),
    )
    parser.add_argument(
        "--preset",
        metavar="FILE",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "start a classroom session from this *.preset.yaml file (see docs/classroom.md)",
        ),
    )
    parser.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        default="system",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "colours: follow the system (default), or force light or dark"
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="CODE",
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "the language of the app and the commands (de, es, ...); default: the learner's "
            "setting, else the system's (docs/translating.md)",
        ),
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
        QT_TRANSLATE_NOOP(
            "CommandHelp", "check question banks and presets, and report every mistake"
        ),
    ),
    "export": (
        "quizapp.commands.export",
        "add_export_command",
        QT_TRANSLATE_NOOP(
            "CommandHelp", "write learners' attempts and answers as CSV or JSON for a spreadsheet"
        ),
    ),
    "report": (
        "quizapp.commands.report",
        "add_report_command",
        QT_TRANSLATE_NOOP(
            "CommandHelp", "merge a class's results folder into an HTML report (and CSV)"
        ),
    ),
    "convert": (
        "quizapp.commands.convert",
        "add_convert_command",
        QT_TRANSLATE_NOOP(
            "CommandHelp",
            "convert questions to and from Moodle XML, GIFT, Aiken, CSV, Anki; print to PDF",
        ),
    ),
    "lrs": (
        "quizapp.commands.lrs",
        "add_lrs_command",
        QT_TRANSLATE_NOOP(
            "CommandHelp",
            "send a results folder to a Learning Record Store (xAPI), or test the connection",
        ),
    ),
    "draft": (
        "quizapp.commands.draft",
        "add_draft_command",
        QT_TRANSLATE_NOOP(
            "CommandHelp", "write a first draft of a question bank from a plain text"
        ),
    ),
}


def command_parser(name: str) -> argparse.ArgumentParser:
    """The full parser for one terminal command, its package imported now."""
    module_name, function, _summary = COMMANDS[name]
    parser = Parser(prog="quizapp")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    getattr(importlib.import_module(module_name), function)(sub, add_folder_options)
    return parser


def _source(chosen: paths.Paths, data: bool) -> str:
    """Where the data (or cache) folder's choice came from, in words."""
    source = chosen.data_from if data else chosen.cache_from
    if source == "option":
        return cli.tr("from --data-dir") if data else cli.tr("from --cache-dir")
    if source == "environment":
        return cli.tr("from ${env}").format(env=paths.DATA_ENV if data else paths.CACHE_ENV)
    if source == "portable":
        return cli.tr("portable mode")
    return cli.tr("the user data folder") if data else cli.tr("the user cache folder")


def version_text(chosen: paths.Paths, language: str = "en") -> str:
    """`quizapp --version`: the version, every folder with where its choice came from, and the
    language (and whether Qt's own catalogue for its standard dialogs is found)."""
    marker = chosen.portable_marker
    labels = (cli.tr("data:"), cli.tr("cache:"), cli.tr("banks:"))
    width = max(len(label) for label in labels) + 1
    data, cache, banks = (label.ljust(width) for label in labels)
    lines = [
        cli.tr("quizapp {version} (self-contained build)").format(version=__version__)
        if paths.is_frozen()
        else f"quizapp {__version__}",
        f"{data} {chosen.data_dir} ({_source(chosen, data=True)})",
        f"{cache} {chosen.cache_dir} ({_source(chosen, data=False)})",
    ]
    bundled = cli.tr("bundled")
    lines += [
        f"{banks} {d} ({bundled})" if i == 0 else f"{'':<{width}} {d}"
        for i, d in enumerate(chosen.bank_dirs)
    ]
    if marker is not None:
        lines.append(cli.tr("portable mode: on ({marker})").format(marker=marker))
    else:
        lines.append(
            cli.tr("portable mode: off (no {marker} in {folder})").format(
                marker=paths.PORTABLE_MARKER, folder=paths.app_dir()
            )
        )
    return "\n".join([*lines, _language_line(language)])


def _language_line(code: str) -> str:
    if code == "en":
        return cli.tr("language: {name} ({code})").format(name="English", code=code)
    from quizapp.ui import i18n

    name = i18n.language_name(code)
    if i18n.qt_speaks(code):
        return cli.tr("language: {name} ({code})").format(name=name, code=code)
    return cli.tr(
        "language: {name} ({code}); Qt's standard dialogs stay English: {file} is missing"
    ).format(name=name, code=code, file=i18n.qt_catalogue(code))


def unwritable_message(problem: paths.Unwritable, chosen: paths.Paths) -> str:
    """Which data folder cannot be written, why, and how to choose another."""
    if problem.in_the_way is not None:
        why = cli.tr("{file} is a file, not a folder").format(file=problem.in_the_way)
    else:
        why = words.os_words(problem.reason, problem.detail)
    text = cli.tr(
        "progress cannot be saved in {folder}: {why}. quizapp did not start, so no answers are "
        "lost. Choose a folder you can write to, on a drive that is kept, with --data-dir "
        "FOLDER (or the {env} environment variable)"
    ).format(folder=problem.folder, why=why, env=paths.DATA_ENV)
    if chosen.data_from == "portable" and chosen.portable_marker is not None:
        text += cli.tr(", or remove {marker} to keep progress in your own user folder").format(
            marker=chosen.portable_marker
        )
    elif chosen.data_from == "environment":
        text += cli.tr("; this folder came from {env}").format(env=paths.DATA_ENV)
    return text + "."


def display_problem(env: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot open here, in words, before Qt aborts with a cryptic message."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return cli.tr(
        "there is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). "
        "Run it from a desktop session; the terminal commands (validate, export, report) work "
        "anywhere."
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    early = _lang_option(argv)
    language = _speak(early)  # before the parser: its help and errors are words too
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None and rest:
        parser.error(str(argparse_words("unrecognized arguments: %s")) % " ".join(rest))
    if args.command is not None:
        given = args
        args = command_parser(args.command).parse_args([args.command, *rest])
        for key, value in vars(given).items():  # folder options given before the command
            if not hasattr(args, key):
                setattr(args, key, value)
    if args.lang != early:  # `--la de`: argparse knows abbreviations
        language = _speak(args.lang)
    if args.version:
        print(version_text(folders(args), language))
        return 0
    if args.command is None:
        problem = display_problem(os.environ, sys.platform)
        if problem:
            print(f"quizapp: {problem}", file=sys.stderr)
            return 2
        chosen = folders(args)
        unwritable = paths.check_writable(chosen.data_dir)
        if unwritable is not None:
            return _refuse_to_start(unwritable_message(unwritable, chosen), language)
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
    if language != "en":  # numbers and dates too, for the commands
        from quizapp.ui import i18n

        i18n.use_locale(i18n.locale_for(language))
    try:
        result = int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `quizapp validate | head`
        sys.stderr.close()
        return 1
    return result


def _lang_option(argv: Sequence[str]) -> str | None:
    """`--lang CODE` or `--lang=CODE`, read before the parser is built (the last one wins)."""
    found = None
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            found = argv[i + 1]
        elif arg.startswith("--lang="):
            found = arg.partition("=")[2]
    return found


def _speak(option: str | None) -> str:
    """Words from now on in `--lang`, else the system's language: the chosen code. English
    costs nothing; another language loads its catalogue only when a first word is needed (the
    app replaces it with its own at start). An option we have no catalogue for is named."""
    speak_argparse()
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
    asked = option or system
    if not asked or asked.split("_")[0].split(".")[0].lower() in ("en", "c", "posix"):
        words.install(None)
        return "en"
    from quizapp.ui import i18n

    # an option we have no catalogue for gives way to the system's language
    language = i18n.choose([option, system], i18n.shipped())
    words.install(None if language.code == "en" else i18n.terminal_translator(language.code))
    if option and language.asked:
        _no_translation(language.asked, language.code)
    return language.code


def _no_translation(asked: str, code: str) -> None:
    """Say, in the language used instead, that `--lang asked` has no catalogue."""
    from quizapp.ui import i18n  # already loaded: the language was chosen there

    print(
        cli.tr("quizapp: no translation for '{code}'; using {language}").format(
            code=asked, language=i18n.language_name(code)
        ),
        file=sys.stderr,
    )


def _refuse_to_start(text: str, language: str) -> int:
    """Say why the app will not start: on the terminal, and in a dialog unless no one can see
    one (the offscreen platform, where a dialog would wait forever)."""
    print(f"quizapp: {text}", file=sys.stderr)
    if os.environ.get("QT_QPA_PLATFORM", "") not in ("offscreen", "minimal"):
        from quizapp.ui.app import tell_before_start

        title = cli.tr("quizapp cannot keep progress")
        tell_before_start(title, text[0].upper() + text[1:], language)
    return 2
