"""The one way every terminal command (and the app) learns its folders: the `--data-dir`,
`--cache-dir` and `--bank-dir` options, then the environment and the platform (`paths`)."""

from __future__ import annotations

import argparse

from quizapp import paths
from quizapp.files import QT_TRANSLATE_NOOP


def add_folder_options(parser: argparse.ArgumentParser) -> None:
    """The folder options, offered by the main parser and by each command that uses folders."""
    group = parser.add_argument_group(QT_TRANSLATE_NOOP("CommandHelp", "folders"))
    group.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "where progress is kept (default: $QUIZAPP_DATA_DIR, portable mode's data/, "
            "or the user data folder)",
        ),
    )
    group.add_argument(
        "--cache-dir",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "where parsed banks are cached (default: $QUIZAPP_CACHE_DIR, portable mode's "
            "data/cache/, or the user cache)",
        ),
    )
    group.add_argument(
        "--bank-dir",
        action="append",
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "also look for banks here (repeatable; also $QUIZAPP_BANK_PATH)"
        ),
    )


def folders(args: argparse.Namespace) -> paths.Paths:
    """The folders chosen by the command line, environment and platform, in that order."""
    return paths.resolve(
        data_dir=getattr(args, "data_dir", None),
        cache_dir=getattr(args, "cache_dir", None),
        bank_dirs=getattr(args, "bank_dir", None) or (),
    )
