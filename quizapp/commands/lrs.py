"""`quizapp lrs send RESULTS_DIR` and `quizapp lrs check`: a results folder to a Learning Record
Store after the fact, and a test of the endpoint and credentials (docs/lrs.md)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.preset import load_preset
from quizapp.classroom.presetlrs import LrsSettings
from quizapp.classroom.results import read_result, result_files
from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.lrs import config
from quizapp.lrs.client import Client, LrsError
from quizapp.lrs.send import send_folder
from quizapp.words import Context, notice, plural

LrsCommand = Context("LrsCommand")  # its words, for translators


def add_lrs_command(sub: Any, add_folder_options: object = None) -> None:
    """Add `lrs send` and `lrs check`. They read no banks folder, so folder options are not
    offered."""
    parser = sub.add_parser(
        "lrs",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "send a results folder to a Learning Record Store (xAPI), or test the connection",
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Talk to a Learning Record Store (xAPI 1.0.3). The endpoint and credentials come "
            "from the options, else the preset's `lrs:`, else QUIZAPP_LRS_ENDPOINT, "
            "QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (prefer the variables: options show in the "
            "process list).",
        ),
    )
    actions = parser.add_subparsers(
        dest="action",
        metavar="ACTION",
        required=True,
        help=QT_TRANSLATE_NOOP("CommandHelp", "send or check"),
    )
    send = actions.add_parser(
        "send",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "send every attempt in RESULTS_DIR (again is harmless)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Send every results file in RESULTS_DIR as xAPI statements. Statements "
            "already in the LRS are not stored again, so it is safe to run as often as you like. "
            "Exit status: 0 when everything is in the LRS, 1 otherwise.",
        ),
    )
    send.add_argument(
        "results_dir",
        metavar="RESULTS_DIR",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the folder of results files"),
    )
    check = actions.add_parser(
        "check",
        help=QT_TRANSLATE_NOOP("CommandHelp", "test the endpoint and the key and secret"),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp", "Ask the LRS whether it answers and accepts the key. Exit status 0 or 1."
        ),
    )
    for action in (send, check):
        _connection_options(action)
    send.set_defaults(run=run_send)
    check.set_defaults(run=run_check)


def _connection_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--endpoint",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the LRS's xAPI endpoint root"),
    )
    parser.add_argument(
        "--key",
        metavar="K",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the LRS key (default: $QUIZAPP_LRS_KEY)"),
    )
    parser.add_argument(
        "--secret",
        metavar="S",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the LRS secret (default: $QUIZAPP_LRS_SECRET)"),
    )
    parser.add_argument(
        "--preset",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "the preset whose `lrs:` to use (default: the one the results name, if it is here)",
        ),
    )
    parser.add_argument(
        "--home-page",
        metavar="URL",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the school's web address for learners' accounts"),
    )


def run_send(args: argparse.Namespace) -> int:
    folder = Path(args.results_dir)
    if not folder.is_dir():
        if folder.exists():
            text = LrsCommand.tr(
                "{folder} is not a folder; give the folder the results were collected in."
            )
        else:
            text = LrsCommand.tr(
                "{folder} does not exist; give the folder the results were collected in."
            )
        _say(text.format(folder=folder))
        return 1
    settings = _settings(args, folder)
    try:
        client = _client(args, settings)
        profile = config.profile(
            settings, os.environ, home_page=args.home_page, fallback=client.endpoint.url
        )
    except LrsError as exc:
        _say(notice(exc.notice))
        return 1
    with client:
        tally = send_folder(folder, client, profile)
    print(
        LrsCommand.tr(
            "{attempts} sent: %n statement(s) stored, {already} already there.", None, tally.sent
        ).format(attempts=plural(tally.attempts, "attempt"), already=tally.already)
    )
    for bad in tally.unreadable:
        print("  " + LrsCommand.tr("not sent (cannot be read): {file}").format(file=bad))
    if tally.problem:
        _say(
            LrsCommand.tr("{problem} Run `quizapp lrs send` again to send the rest.").format(
                problem=notice(tally.problem)
            )
        )
        return 1
    return 0


def run_check(args: argparse.Namespace) -> int:
    settings = _settings(args, None)
    try:
        with _client(args, settings) as client:
            print(notice(client.check()))
    except LrsError as exc:
        _say(notice(exc.notice))
        return 1
    return 0


def _client(args: argparse.Namespace, settings: LrsSettings | None) -> Client:
    if (args.key is None) != (args.secret is None):
        raise LrsError("lrs_key_without_secret")
    where = config.endpoint(
        settings, os.environ, url=args.endpoint, key=args.key, secret=args.secret
    )
    return Client(where)


def _settings(args: argparse.Namespace, folder: Path | None) -> LrsSettings | None:
    """The `lrs:` of --preset, or else of the preset the first results file names."""
    path = Path(args.preset) if args.preset else _named_preset(folder)
    if path is None:
        return None
    checked = load_preset(path, look_at_folders=False)
    if checked.preset is None and args.preset:
        problems = "; ".join(p.format() for p in checked.errors)
        _say(LrsCommand.tr("the preset cannot be used ({problems})").format(problems=problems))
    return checked.preset.lrs if checked.preset else None


def _named_preset(folder: Path | None) -> Path | None:
    for path in result_files(folder) if folder else []:
        try:
            named = Path(read_result(path).preset.path)
        except ResultFileError:  # the send itself reports it
            continue
        return named if named.is_file() else None
    return None


def _say(message: str) -> None:
    print(f"quizapp lrs: {message}", file=sys.stderr)
