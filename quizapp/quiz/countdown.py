"""A countdown computed from the clock, never from counted ticks.

A UI timer may fire late or not at all while its thread is busy; counting its ticks would drift.
`Countdown` instead remembers when it last started and how much it had used before, and reads
the clock's monotonic seconds whenever asked, so a late tick only shows a late, correct value.
The wall clock is never read: changing the system time gives or takes nothing.
"""

from __future__ import annotations

from quizapp.clock import Clock


class Countdown:
    """Seconds used and left of an optional limit; stopped until `start()`.

    `limit` is the effective limit (extra time already applied); None means no limit, and then
    the countdown only measures time used.
    """

    def __init__(self, clock: Clock, limit: float | None = None, used: float = 0.0) -> None:
        self._clock = clock
        self.limit = limit
        self._used_before = used
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        """Start counting (again); does nothing if already running."""
        if self._since is None:
            self._since = self._clock.monotonic()

    def stop(self) -> None:
        """Stop counting, keeping the time used so far; does nothing if already stopped."""
        if self._since is not None:
            self._used_before = self.used()
            self._since = None

    def used(self) -> float:
        """Seconds counted so far, read from the clock now."""
        if self._since is None:
            return self._used_before
        return self._used_before + max(0.0, self._clock.monotonic() - self._since)

    def add(self, seconds: float) -> None:
        """Count `seconds` more, as time spent while the app was not running (classroom mode)."""
        self._used_before += max(0.0, seconds)

    def remaining(self) -> float | None:
        """Seconds left (never below 0), or None without a limit."""
        if self.limit is None:
            return None
        return max(0.0, self.limit - self.used())

    def expired(self) -> bool:
        return self.limit is not None and self.used() >= self.limit

    def overrun(self) -> float:
        """Seconds counted past the limit (the time between expiry and noticing it)."""
        return 0.0 if self.limit is None else max(0.0, self.used() - self.limit)
