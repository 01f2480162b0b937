"""How the class report's numbers are written, the same in the HTML report and in the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.words import decimal, duration, percent, plural

if TYPE_CHECKING:
    from quizapp.classroom.report import ClassReport

__all__ = [
    "duration",
    "index",
    "merged_counts",
    "percent",
    "short",
]  # percent and duration: quizapp.words


def index(value: float | None) -> str:
    """A discrimination index with its sign: '+0.42', '-0.04'."""
    return "—" if value is None else decimal(f"{value:+.2f}")


def short(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def merged_counts(report: ClassReport) -> dict[str, str]:
    """What a merge read, counted in words, for a sentence's `{attempts}`, `{finished}`,
    `{interrupted}`, `{files}`, `{duplicates}` and `{unreadable}` (the command and the page)."""
    m = report.merged
    return {
        "attempts": plural(len(m.attempts), "attempt"),
        "finished": str(report.finished),
        "interrupted": str(report.interrupted),
        "files": plural(m.files, "file"),
        "duplicates": plural(m.duplicates, "duplicate"),
        "unreadable": plural(len(m.unreadable), "unreadable file"),
    }
