"""`quizapp export`: learners' attempts and answers as CSV or JSON for a teacher.

Reads the progress file without taking the data folder, so it works while the app is open.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizapp.clock import SystemClock
from quizapp.commands.folders import folders
from quizapp.files import QT_TRANSLATE_NOOP, write_atomic
from quizapp.progress import export
from quizapp.progress.errors import StoreError
from quizapp.progress.store import Store
from quizapp.words import Context, os_explained

ExportCommand = Context("ExportCommand")  # its words, for translators


def add_export_command(
    sub: argparse._SubParsersAction[Any],
    add_folder_options: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "write attempts and answers for a teacher (CSV or JSON)"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Write every attempt and answer of a learner (or of every learner, with --all), with "
            "bank titles and question prompts, as CSV for a spreadsheet or as JSON.",
        ),
    )
    add_folder_options(parser)
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--learner",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the learner's name (any case)"),
    )
    who.add_argument(
        "--all",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "every learner on this machine"),
    )
    parser.add_argument(
        "--format",
        choices=export.FORMATS,
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "csv or json (default: from the --out file's extension, else csv)"
        ),
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "write to FILE, replacing it atomically (default: standard output)"
        ),
    )
    parser.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    where = folders(args)
    fmt = args.format or ("json" if args.out and args.out.suffix.lower() == ".json" else "csv")
    clock = SystemClock()
    try:
        store = Store.open_for_reading(where, clock)
    except StoreError as e:
        print(f"quizapp export: {e.message}", file=sys.stderr)
        return 1
    try:
        if args.all:
            learners = store.learners()
        else:
            found = store.find_learner(args.learner)
            if found is None:
                names = ", ".join(repr(x.name) for x in store.learners())
                names = names or ExportCommand.tr("none yet")
                print(
                    ExportCommand.tr(
                        "quizapp export: no learner called {name} in {folder}. Learners: {names}."
                    ).format(name=repr(args.learner), folder=where.data_dir, names=names),
                    file=sys.stderr,
                )
                return 2
            learners = [found]
        zone = clock.now().astimezone().tzinfo
        assert zone is not None
        if fmt == "json":
            data = export.render_json(store, learners, clock.now())
        else:
            data = export.render_csv(store, learners, zone)
    except StoreError as e:
        print(f"quizapp export: {e.message}", file=sys.stderr)
        return 1
    except (sqlite3.Error, UnicodeError, ValueError) as e:
        print(
            ExportCommand.tr(
                "quizapp export: the progress file {file} is damaged ({reason}). Start quizapp "
                "once: it repairs the file from its newest backup."
            ).format(file=where.database, reason=e),
            file=sys.stderr,
        )
        return 1
    finally:
        store.close()
    if args.out is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        write_atomic(args.out, data)
    except OSError as e:
        print(
            ExportCommand.tr("quizapp export: cannot write {problem}").format(
                problem=os_explained(e, args.out)
            ),
            file=sys.stderr,
        )
        return 1
    print(
        ExportCommand.tr("Wrote %n learner(s) to {file} ({format}).", None, len(learners)).format(
            file=args.out, format=fmt
        ),
        file=sys.stderr,
    )
    return 0
