"""Time, behind a seam: the only module that reads the system clock.

`monotonic()` measures durations (it never jumps when the wall clock is changed);
`now()` gives the wall time only for records. Tests use `FakeClock` and never sleep.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; only differences mean anything."""
        ...

    def now(self) -> datetime:
        """The current wall time, timezone-aware (UTC)."""
        ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class FakeClock:
    """A clock that moves only when a test says so."""

    def __init__(self, start: datetime | None = None, monotonic_start: float = 1000.0) -> None:
        self._mono = monotonic_start
        self._wall = start or datetime(2026, 1, 1, 9, 0, tzinfo=UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Let `seconds` pass on both clocks."""
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def set_wall(self, when: datetime) -> None:
        """Change only the wall clock, as a user changing the system time would."""
        self._wall = when
