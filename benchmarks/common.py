"""Shared pieces of the benchmarks: the result record and a median timer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """value and baseline in `unit`; ratio = value / baseline; the goal is on the ratio unless
    `goal_on_value` (then the goal is a bound on the value itself, e.g. milliseconds)."""

    value: float
    unit: str
    baseline: float
    goal: float
    goal_on_value: bool = False

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else float("inf")

    def meets_goal(self) -> bool:
        return (self.value if self.goal_on_value else self.ratio) <= self.goal

    def goal_text(self) -> str:
        return f"{'' if self.goal_on_value else 'x'}<={self.goal:g}"

    def as_json(self) -> dict[str, float | str]:
        return {
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "goal": self.goal,
            "goal_on": "value" if self.goal_on_value else "ratio",
        }


def median_seconds(fn: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `fn` over `repeat` runs: medians resist a noisy machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)
