"""Bank loading: cold (parse and check everything) and warm (from the cache)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import yaml
from common import Result
from make_library import make_library

from quizapp.bank import load_library

REPEAT = 5


def _plain_parse(files: list[Path]) -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for f in files:
        with f.open("rb") as stream:
            yaml.load(stream, Loader=loader)


def _measure(scratch: Path) -> dict[str, float]:
    folder = scratch / "library"
    files = make_library(folder)
    plain, cold, warm = [], [], []
    for run in range(REPEAT):
        cache = scratch / f"cache-{run}"
        start = time.perf_counter()
        _plain_parse(files)
        plain.append(time.perf_counter() - start)
        start = time.perf_counter()
        library = load_library([folder], cache)
        cold.append(time.perf_counter() - start)
        assert sum(len(b.questions) for b in library.banks) == 10_000, "library did not load"
        start = time.perf_counter()
        again = load_library([folder], cache)
        warm.append(time.perf_counter() - start)
        assert again.banks == library.banks
    return {
        "plain": statistics.median(plain),
        "cold": statistics.median(cold),
        "warm": statistics.median(warm),
    }


_cache: dict[str, dict[str, float]] = {}


def _figures(scratch: Path) -> dict[str, float]:
    if "figures" not in _cache:
        _cache["figures"] = _measure(scratch)
    return _cache["figures"]


def bank_load_cold_10k(scratch: Path) -> Result:
    f = _figures(scratch)
    return Result(value=f["cold"], unit="s", baseline=f["plain"], goal=1.25)


def bank_load_warm_10k(scratch: Path) -> Result:
    f = _figures(scratch)
    return Result(value=f["warm"], unit="s", baseline=f["cold"], goal=0.1)


BENCHMARKS = {
    "bank_load_cold_10k": bank_load_cold_10k,
    "bank_load_warm_10k": bank_load_warm_10k,
}
