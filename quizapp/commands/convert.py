"""`quizapp convert SRC DEST`: bring questions in from other formats, or take ours out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizapp.bank.problems import Problem
from quizapp.checkwords import compiler_line
from quizapp.commands.arguments import RawDescriptionHelpFormatter, shown
from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.words import Context, error_words, translate

ConvertCommand = Context("ConvertCommand")  # its words, for translators


def add_convert_command(
    sub: Any, add_folder_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    from quizapp.convert.pipeline import FORMATS

    formats = "\n".join(f"  {name:<7} {shown(what)}" for name, what in FORMATS.items())
    parser = sub.add_parser(
        "convert",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "convert questions to and from Moodle XML, GIFT, Aiken, CSV and Anki"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Convert a question file. The formats come from the file names unless "
            "--from/--to say otherwise. Exit status: 0 when questions were written, 1 when "
            "nothing could be converted. See docs/converting.md.",
        ),
        epilog=shown(QT_TRANSLATE_NOOP("CommandHelp", "formats:")) + "\n" + formats,
        formatter_class=RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "src", metavar="SRC", help=QT_TRANSLATE_NOOP("CommandHelp", "the file to read")
    )
    parser.add_argument(
        "dest", metavar="DEST", help=QT_TRANSLATE_NOOP("CommandHelp", "the file to write")
    )
    parser.add_argument(
        "--from",
        dest="src_format",
        choices=tuple(FORMATS),
        metavar="FORMAT",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "the format of SRC, when its name does not say (formats below)"
        ),
    )
    parser.add_argument(
        "--to",
        dest="dest_format",
        choices=tuple(FORMATS),
        metavar="FORMAT",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the format of DEST, when its name does not say"),
    )
    parser.add_argument(
        "--answer-key",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "PDF: add the answer key at the end"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "replace DEST if it exists"),
    )
    # no folder options: converting reads and writes only the two files named
    parser.set_defaults(run=run_convert)


_LABELS = {  # what a written file is, in "{file}: 3 questions written as {format}"
    "yaml": QT_TRANSLATE_NOOP("ConvertCommand", "a quizapp bank"),
    "moodle": "Moodle XML",
    "gift": "GIFT",
    "aiken": "Aiken",
    "csv": "CSV",
    "anki": QT_TRANSLATE_NOOP("ConvertCommand", "Anki notes"),
    "apkg": QT_TRANSLATE_NOOP("ConvertCommand", "an Anki package"),
    "pdf": QT_TRANSLATE_NOOP("ConvertCommand", "a printable exam"),
}


def _say(problem: Problem) -> None:
    print(problem.format())


def _refuse(path: Path, why: str) -> None:
    """`path:1:1: error: why` on stderr, `error` in the language chosen."""
    print(compiler_line(f"{path}:1:1", "error", why), file=sys.stderr)


def run_convert(args: argparse.Namespace) -> int:
    from quizapp.convert.pipeline import FORMATS, ConvertError, convert, guess_format

    src, dest = Path(args.src), Path(args.dest)
    src_format = args.src_format or guess_format(src, reading=True)
    dest_format = args.dest_format or guess_format(dest, reading=False)
    if src_format is None:
        why = ConvertCommand.tr(
            "cannot tell the format from the name; add --from FORMAT (one of {formats}; a .txt "
            "is Aiken with --from aiken)"
        )
        _refuse(src, why.format(formats=", ".join(FORMATS)))
        return 1
    if dest_format is None:
        why = ConvertCommand.tr(
            "cannot tell the format from the name; add --to FORMAT (one of {formats})"
        )
        _refuse(dest, why.format(formats=", ".join(FORMATS)))
        return 1
    try:
        outcome = convert(
            src, dest, src_format, dest_format, answer_key=args.answer_key, force=args.force
        )
    except ConvertError as exc:
        _say(exc.problem)
        return 1
    except OSError as exc:
        why = ConvertCommand.tr("cannot write: {why}").format(why=error_words(exc))
        _refuse(dest, why)
        return 1
    if outcome.encoding:
        read_as = ConvertCommand.tr("read as {encoding}").format(encoding=outcome.encoding)
        print(compiler_line(src, "note", read_as))
    for problem in sorted(outcome.problems, key=lambda p: (p.path, p.line)):
        _say(problem)
    extracted = ConvertCommand.tr("image extracted")
    for image in outcome.images:
        print(compiler_line(dest.parent / image, "note", extracted))
    if not outcome.written:
        print(
            ConvertCommand.tr("{file}: nothing could be converted").format(file=src),
            file=sys.stderr,
        )
        return 1
    n = outcome.written
    label = translate("ConvertCommand", _LABELS.get(dest_format, dest_format))
    print(
        ConvertCommand.tr("{file}: %n question(s) written as {format}", None, n).format(
            file=dest, format=label
        )
    )
    return 0
