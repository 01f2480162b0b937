"""`quizapp convert SRC DEST`: bring questions in from other formats, or take ours out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizapp.bank.problems import Problem
from quizapp.words import Context

ConvertCommand = Context("ConvertCommand")  # its words, for translators


def add_convert_command(
    sub: Any, add_folder_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    from quizapp.convert.pipeline import FORMATS

    formats = "\n".join(f"  {name:<7} {what}" for name, what in FORMATS.items())
    parser = sub.add_parser(
        "convert",
        help="convert questions to and from Moodle XML, GIFT, Aiken, CSV and Anki",
        description="Convert a question file. The formats come from the file names unless "
        "--from/--to say otherwise. Exit status: 0 when questions were written, 1 when "
        "nothing could be converted. See docs/converting.md.",
        epilog="formats:\n" + formats,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("src", metavar="SRC", help="the file to read")
    parser.add_argument("dest", metavar="DEST", help="the file to write")
    parser.add_argument(
        "--from",
        dest="src_format",
        choices=tuple(FORMATS),
        metavar="FORMAT",
        help="the format of SRC, when its name does not say (formats below)",
    )
    parser.add_argument(
        "--to",
        dest="dest_format",
        choices=tuple(FORMATS),
        metavar="FORMAT",
        help="the format of DEST, when its name does not say",
    )
    parser.add_argument(
        "--answer-key", action="store_true", help="PDF: add the answer key at the end"
    )
    parser.add_argument("--force", action="store_true", help="replace DEST if it exists")
    # no folder options: converting reads and writes only the two files named
    parser.set_defaults(run=run_convert)


_LABELS = {
    "yaml": "a quizapp bank",
    "moodle": "Moodle XML",
    "gift": "GIFT",
    "aiken": "Aiken",
    "csv": "CSV",
    "anki": "Anki notes",
    "apkg": "an Anki package",
    "pdf": "a printable exam",
}


def _say(problem: Problem) -> None:
    print(problem.format())


def run_convert(args: argparse.Namespace) -> int:
    from quizapp.convert.pipeline import FORMATS, ConvertError, convert, guess_format

    src, dest = Path(args.src), Path(args.dest)
    src_format = args.src_format or guess_format(src, reading=True)
    dest_format = args.dest_format or guess_format(dest, reading=False)
    if src_format is None:
        print(
            f"{src}:1:1: error: cannot tell the format from the name; add --from FORMAT "
            f"(one of {', '.join(FORMATS)}; a .txt is Aiken with --from aiken)",
            file=sys.stderr,
        )
        return 1
    if dest_format is None:
        print(
            f"{dest}:1:1: error: cannot tell the format from the name; add --to FORMAT "
            f"(one of {', '.join(FORMATS)})",
            file=sys.stderr,
        )
        return 1
    try:
        outcome = convert(
            src, dest, src_format, dest_format, answer_key=args.answer_key, force=args.force
        )
    except ConvertError as exc:
        _say(exc.problem)
        return 1
    except OSError as exc:
        print(f"{dest}:1:1: error: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    if outcome.encoding:
        print(f"{src}: note: read as {outcome.encoding}")
    for problem in sorted(outcome.problems, key=lambda p: (p.path, p.line)):
        _say(problem)
    for image in outcome.images:
        print(f"{dest.parent / image}: note: image extracted")
    if not outcome.written:
        print(
            ConvertCommand.tr("{file}: nothing could be converted").format(file=src),
            file=sys.stderr,
        )
        return 1
    n = outcome.written
    label = _LABELS.get(dest_format, dest_format)
    print(
        ConvertCommand.tr("{file}: %n question(s) written as {format}", None, n).format(
            file=dest, format=label
        )
    )
    return 0
