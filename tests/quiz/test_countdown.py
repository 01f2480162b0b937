"""Countdown: time left is read from the monotonic clock, never counted and never from the wall."""

from __future__ import annotations

from datetime import UTC, datetime

from quizapp.clock import FakeClock
from quizapp.quiz.countdown import Countdown


def test_counts_only_while_running(clock: FakeClock) -> None:
    """Time passes for a countdown only between start and stop."""
    c = Countdown(clock, limit=60)
    clock.advance(5)
    assert (c.used(), c.remaining(), c.running) == (0.0, 60.0, False)
    c.start()
    assert c.running
    clock.advance(20)
    c.stop()
    clock.advance(100)
    assert (c.used(), c.remaining()) == (20.0, 40.0)
    c.start()
    clock.advance(1.5)
    assert c.remaining() == 38.5


def test_expires_at_the_limit_and_never_goes_below_zero(clock: FakeClock) -> None:
    """At the limit the countdown is expired; remaining stays at 0 and overrun grows."""
    c = Countdown(clock, limit=10)
    c.start()
    clock.advance(9.999)
    assert not c.expired()
    clock.advance(0.001)
    assert c.expired()
    clock.advance(3)
    assert (c.remaining(), c.overrun()) == (0.0, 3.0)


def test_no_limit_only_measures(clock: FakeClock) -> None:
    """Without a limit nothing expires, remaining is None, and time used is still measured."""
    c = Countdown(clock)
    c.start()
    clock.advance(1000)
    assert (c.remaining(), c.expired(), c.used(), c.overrun()) == (None, False, 1000.0, 0.0)


def test_starts_from_time_already_used(clock: FakeClock) -> None:
    """A countdown rebuilt with time already used continues from there."""
    c = Countdown(clock, limit=30, used=12.5)
    c.start()
    clock.advance(2.5)
    assert c.remaining() == 15.0


def test_start_and_stop_twice_change_nothing(clock: FakeClock) -> None:
    """A second start does not restart the count; a second stop does not lose time."""
    c = Countdown(clock, limit=30)
    c.start()
    clock.advance(4)
    c.start()
    clock.advance(4)
    c.stop()
    c.stop()
    assert c.used() == 8.0


def test_changing_the_wall_clock_gives_and_takes_nothing(clock: FakeClock) -> None:
    """Setting the system time back or forward does not change the time left."""
    c = Countdown(clock, limit=60)
    c.start()
    clock.advance(10)
    clock.set_wall(datetime(2020, 1, 1, tzinfo=UTC))
    assert c.remaining() == 50.0
    clock.set_wall(datetime(2031, 1, 1, tzinfo=UTC))
    assert c.remaining() == 50.0


def test_add_counts_time_but_never_gives_any(clock: FakeClock) -> None:
    """add() counts extra seconds; a negative amount (a clock set back) is ignored."""
    c = Countdown(clock, limit=60)
    c.add(15)
    c.add(-30)
    assert c.remaining() == 45.0
