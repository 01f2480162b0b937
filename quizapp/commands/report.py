"""`quizapp report RESULTS_DIR`: merge a results folder into a class report (HTML, CSV)."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizapp import files
from quizapp.classroom.csvreport import render_csv
from quizapp.classroom.files import write_atomic
from quizapp.classroom.html import render_html
from quizapp.classroom.report import class_report
from quizapp.words import plural


def add_report_command(sub: Any, add_folder_options: object = None) -> None:
    """Add `report`. It reads only RESULTS_DIR, so the folder options are not offered."""
    parser = sub.add_parser(
        "report",
        help="merge a classroom results folder into a report for the browser",
        description="Merge the results files in RESULTS_DIR (and its subfolders) into one "
        "report: per learner, per question (facility, discrimination, time), flagged questions "
        "and charts. Copies of the same attempt count once; unreadable files are listed. "
        "Exit status: 0, or 1 when RESULTS_DIR is not a folder or the report cannot be written.",
    )
    parser.add_argument("results_dir", metavar="RESULTS_DIR", help="the folder of results files")
    parser.add_argument(
        "--out",
        default="report.html",
        metavar="FILE",
        help="where to write the HTML report (default: report.html in the current folder)",
    )
    parser.add_argument(
        "--csv", metavar="FILE", help="also write the learner and question tables as CSV"
    )
    parser.set_defaults(run=run_report)


def run_report(args: argparse.Namespace) -> int:
    files.printable_output()  # file names from a stick may not be valid UTF-8
    folder = Path(args.results_dir)
    if not files.is_folder(folder):
        what = "is not a folder" if files.lexists(folder) else "does not exist"
        print(
            f"quizapp report: {folder} {what}; give the folder the results were collected in.",
            file=sys.stderr,
        )
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
        print(f"quizapp report: cannot write {files.explain_os(exc)}", file=sys.stderr)
        return 1
    m = report.merged
    print(
        f"{plural(len(m.attempts), 'attempt')} merged ({report.finished} finished, "
        f"{report.interrupted} interrupted) from {plural(m.files, 'file')}; "
        f"{plural(m.duplicates, 'duplicate')} ignored; "
        f"{plural(len(m.unreadable), 'unreadable file')}."
    )
    for bad in m.unreadable:
        print(f"  {bad.path}: {bad.reason}")
    for c in m.conflicts:
        print(
            f"Conflict, not counted: attempt {c.attempt_id} differs between "
            + " and ".join(c.paths)
        )
    flagged = len(report.flagged)
    if flagged:
        why = "too easy, too hard or negative discrimination"
        print(f"{plural(flagged, 'question')} flagged ({why}).")
    for path in written:
        print(f"Wrote {path.absolute()}")
    return 0
