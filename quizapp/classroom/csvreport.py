"""The class report's two tables as one CSV file a spreadsheet opens: the learners, a blank
row, then the questions. UTF-8 with a byte order mark (so spreadsheets pick the encoding), and
text a spreadsheet would run as a formula (a learner named "=HYPERLINK(...)") defused with a
leading apostrophe."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from quizapp.classroom.report import ClassReport
from quizapp.files import spreadsheet_cell

LEARNER_COLUMNS = (
    "learner",
    "preset",
    "finished attempts",
    "interrupted attempts",
    "best score %",
    "last score %",
    "time of last (s)",
    "extra time factor",
    "extra time applied",
    "machines",
)
QUESTION_COLUMNS = (
    "bank id",
    "question id",
    "prompt",
    "type",
    "bank file",
    "line",
    "attempts",
    "facility %",
    "discrimination",
    "median time (s)",
    "flags",
)


class _Defused:
    """A csv writer that defuses every text cell, so no column can be forgotten."""

    def __init__(self, out: io.StringIO) -> None:
        self._w = csv.writer(out, lineterminator="\r\n")

    def writerow(self, row: Sequence[object]) -> None:
        self._w.writerow([spreadsheet_cell(c) if isinstance(c, str) else c for c in row])


def render_csv(report: ClassReport) -> bytes:
    out = io.StringIO()
    w = _Defused(out)
    if report.merged.conflicts:
        w.writerow(["Conflicting copies (not counted)"])
        w.writerow(["attempt id", "learners", "files"])
        for c in report.merged.conflicts:
            w.writerow([c.attempt_id, "; ".join(c.learners), "; ".join(c.paths)])
        w.writerow([])
    w.writerow(["Learners"])
    w.writerow(LEARNER_COLUMNS)
    for r in report.learners:
        w.writerow(
            [
                r.name,
                r.preset.title,
                r.finished,
                r.interrupted,
                _pct(r.best_score),
                _pct(r.last_score),
                "" if r.last_time_ms is None else f"{r.last_time_ms / 1000:.1f}",
                f"{r.extra_time:g}",
                "yes" if r.extra_time_applied else "no",
                "; ".join(r.machines),
            ]
        )
    w.writerow([])
    w.writerow(["Questions"])
    w.writerow(QUESTION_COLUMNS)
    for q in report.questions:
        w.writerow(
            [
                q.bank_id,
                q.question_id,
                q.prompt,
                q.question_type,
                q.bank_file,
                q.line,
                q.attempts,
                _pct(q.facility),
                "" if q.discrimination is None else f"{q.discrimination:.3f}",
                "" if q.median_time_ms is None else f"{q.median_time_ms / 1000:.1f}",
                "; ".join(str(f) for f in q.flags),
            ]
        )
    return ("\ufeff" + out.getvalue()).encode("utf-8", "replace")


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f}"
