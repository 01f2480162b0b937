"""`quizapp draft TEXT.txt`: write a first draft of a bank from a plain text, for a teacher."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.words import Context, error_words

DraftCommand = Context("DraftCommand")  # its words, for translators

LANGUAGES = ("en",)  # the word lists and patterns in quizapp.draft are English


def add_draft_command(
    sub: Any, add_folder_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    parser = sub.add_parser(
        "draft",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "write a first draft of a question bank from a plain text"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Read a UTF-8 text and write a bank of draft questions next to it, each "
            "quoting the sentence it comes from and tagged `draft` for you to check. "
            "Exit status: 0 when the draft was written, 1 when it was not.",
        ),
    )
    parser.add_argument(
        "text", metavar="TEXT.txt", help=QT_TRANSLATE_NOOP("CommandHelp", "the source text (UTF-8)")
    )
    parser.add_argument(
        "--out",
        metavar="BANK.yaml",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "where to write the bank (default: TEXT.draft.yaml next to the text); it must be "
            "in the text's folder or a folder above it",
        ),
    )
    parser.add_argument(
        "--questions",
        type=int,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandHelp", "how many questions (default: 3 a passage)"),
    )
    parser.add_argument(
        "--language",
        default="en",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the text's language (only en so far)"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=0,
        help=QT_TRANSLATE_NOOP("CommandHelp", "another number picks other distractors"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "replace an existing BANK.yaml"),
    )
    add_folder_options(parser)
    parser.set_defaults(run=run_draft)


class DraftError(Exception):
    """A reason the draft cannot be written, with the file it is about."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: error: {message}")


def run_draft(args: argparse.Namespace) -> int:
    try:
        out, count, covered, passages = _draft(args)
    except DraftError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        DraftCommand.tr(
            "{file}: wrote %n draft question(s) citing {covered} of {passages} passages. Read "
            "each against the text, then run `quizapp validate {file} --coverage`.",
            None,
            count,
        ).format(file=out, covered=covered, passages=passages)
    )
    return 0


def _draft(args: argparse.Namespace) -> tuple[Path, int, int, int]:
    from quizapp.bank.loader import load_file
    from quizapp.draft import bank_yaml, draft_bank
    from quizapp.draft.bankfile import slug
    from quizapp.draft.textfile import TextFileError, read_text
    from quizapp.files import write_atomic

    text_path = Path(args.text)
    if args.language not in LANGUAGES:
        raise DraftError(
            args.text,
            DraftCommand.tr(
                "there are no drafting rules for the language '{language}' yet; use {languages}"
            ).format(language=args.language, languages=", ".join(LANGUAGES)),
        )
    if args.questions is not None and args.questions < 1:
        raise DraftError(args.text, DraftCommand.tr("--questions must be 1 or more"))
    try:
        raw = read_text(text_path)
    except TextFileError as exc:
        raise DraftError(str(text_path), str(exc)) from exc
    out = Path(args.out) if args.out else text_path.with_name(text_path.stem + ".draft.yaml")
    source_file = _relative_source(text_path, out)
    if out.exists() and not args.force:
        raise DraftError(
            str(out), DraftCommand.tr("the file exists; pass --force to replace it, or --out")
        )
    if (out.exists() and not out.is_file()) or out.is_symlink():
        raise DraftError(
            str(out), DraftCommand.tr("this is not a regular file; choose another --out")
        )
    draft = draft_bank(raw, questions=args.questions, seed=args.seed)
    if not draft.questions:
        raise DraftError(args.text, DraftCommand.tr("found nothing to ask about in this text"))
    stem = out.name.removesuffix(".yaml").removesuffix(".yml").removesuffix(".draft")
    body = bank_yaml(
        draft, bank_id=f"{slug(stem)}-draft", source_file=source_file, language=args.language
    )
    try:
        write_atomic(out, body.encode("utf-8"))
    except OSError as exc:
        why = error_words(exc)
        raise DraftError(
            str(out), DraftCommand.tr("cannot write the bank: {why}").format(why=why)
        ) from exc
    result = load_file(out)
    errors = [p.format() for p in result.problems if p.is_error]
    if errors:  # our own mistake: say so rather than leave a bank that will not load
        said = DraftCommand.tr("the draft does not pass the checker:")
        raise DraftError(str(out), "\n".join([said, *errors]))
    return out, len(draft.questions), len(draft.covered), len(draft.passages)


def _relative_source(text: Path, out: Path) -> str:
    """The text's path as the bank names it: inside the bank's folder, with no '..'."""
    folder = out.absolute().parent
    full = text.absolute()
    if not full.is_relative_to(folder):
        raise DraftError(
            str(out),
            DraftCommand.tr(
                "a bank can only quote a text in its own folder or below; write it into "
                "{folder} or a folder above it"
            ).format(folder=full.parent),
        )
    return full.relative_to(folder).as_posix().replace(os.sep, "/")
