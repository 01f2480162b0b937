"""How the class report's numbers are written, the same in the HTML report and in the app."""

from __future__ import annotations


def percent(value: float | None) -> str:
    """0.734 -> '73%'; no value -> '—'."""
    return "—" if value is None else f"{value * 100:.0f}%"


def index(value: float | None) -> str:
    """A discrimination index with its sign: '+0.42', '-0.04'."""
    return "—" if value is None else f"{value:+.2f}"


def duration(ms: int | None) -> str:
    """Milliseconds as m:ss."""
    if ms is None:
        return "—"
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


def short(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
