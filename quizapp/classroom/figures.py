"""How the class report's numbers are written, the same in the HTML report and in the app."""

from __future__ import annotations

from quizapp.words import decimal, duration, percent

__all__ = ["duration", "index", "percent", "short"]  # percent and duration: quizapp.words


def index(value: float | None) -> str:
    """A discrimination index with its sign: '+0.42', '-0.04'."""
    return "—" if value is None else decimal(f"{value:+.2f}")


def short(text: str, limit: int = 120) -> str:
    """One line of at most `limit` characters, cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
