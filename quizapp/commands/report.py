"""`quizapp report RESULTS_DIR`: merge a results folder into a class report (HTML, CSV)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizapp import files
from quizapp.classroom.csvreport import render_csv
from quizapp.classroom.figures import merged_counts
from quizapp.classroom.files import write_atomic
from quizapp.classroom.html import render_html
from quizapp.classroom.report import class_report
from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.words import Context, os_explained

ReportCommand = Context("ReportCommand")  # its words, for translators


def add_report_command(sub: Any, add_folder_options: object = None) -> None:
    """Add `report`. It reads only RESULTS_DIR, so the folder options are not offered."""
    parser = sub.add_parser(
        "report",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "merge a classroom results folder into a report for the browser"
        ),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Merge the results files in RESULTS_DIR (and its subfolders) into one "
            "report: per learner, per question (facility, discrimination, time), flagged "
            "questions and charts. Copies of the same attempt count once; unreadable files are "
            "listed. Exit status: 0, or 1 when RESULTS_DIR is not a folder or the report cannot "
            "be written.",
        ),
    )
    parser.add_argument(
        "results_dir",
        metavar="RESULTS_DIR",
        help=QT_TRANSLATE_NOOP("CommandHelp", "the folder of results files"),
    )
    parser.add_argument(
        "--out",
        default="report.html",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "where to write the HTML report (default: report.html in the current folder)",
        ),
    )
    parser.add_argument(
        "--csv",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("CommandHelp", "also write the learner and question tables as CSV"),
    )
    parser.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    files.printable_output()  # file names from a stick may not be valid UTF-8
    folder = Path(args.results_dir)
    if not files.is_folder(folder):
        if files.lexists(folder):
            text = ReportCommand.tr(
                "quizapp report: {folder} is not a folder; give the folder the results were "
                "collected in."
            )
        else:
            text = ReportCommand.tr(
                "quizapp report: {folder} does not exist; give the folder the results were "
                "collected in."
            )
        print(text.format(folder=folder), file=sys.stderr)
        return 1
    report = class_report(folder)
    out = Path(args.out)
    written = [out]
    try:
        write_atomic(out, render_html(report, datetime.now(UTC)).encode("utf-8", "replace"))
        if args.csv:
            write_atomic(Path(args.csv), render_csv(report))
            written.append(Path(args.csv))
    except OSError as exc:
        print(
            ReportCommand.tr("quizapp report: cannot write {problem}").format(
                problem=os_explained(exc)
            ),
            file=sys.stderr,
        )
        return 1
    m = report.merged
    print(
        ReportCommand.tr(
            "{attempts} merged ({finished} finished, {interrupted} interrupted) from {files}; "
            "{duplicates} ignored; {unreadable}."
        ).format(**merged_counts(report))
    )
    for bad in m.unreadable:
        print(f"  {bad.path}: {bad.reason}")
    for c in m.conflicts:
        print(
            ReportCommand.tr("Conflict, not counted: attempt {id} differs between {files}").format(
                id=c.attempt_id,
                files=ReportCommand.tr(" and ", "between two file names").join(c.paths),
            )
        )
    flagged = len(report.flagged)
    if flagged:
        print(
            ReportCommand.tr(
                "%n question(s) flagged (too easy, too hard or negative discrimination).",
                None,
                flagged,
            )
        )
    for path in written:
        print(ReportCommand.tr("Wrote {file}").format(file=path.absolute()))
    return 0
