"""Run quizapp's benchmarks: `python benchmarks/run.py [--only NAME ...] [--json OUT]`.

Each benchmark measures our code and a baseline *in the same run* (the machines are noisy, so
only ratios and medians mean anything), prints a table, and writes
`{name: {"value", "unit", "baseline", "ratio", "goal"}}` as JSON.
Benchmarks live in `benchmarks/bench_*.py`, each exposing `BENCHMARKS = {name: function}`;
a function takes a scratch folder and returns a `Result`.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from common import Result  # noqa: E402


def discover() -> dict[str, object]:
    found: dict[str, object] = {}
    for module_path in sorted(HERE.glob("bench_*.py")):
        module = importlib.import_module(module_path.stem)
        found.update(module.BENCHMARKS)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", default=[], help="run only this benchmark")
    parser.add_argument("--json", type=Path, help="write the results here as JSON")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = parser.parse_args(argv)
    benchmarks = discover()
    if args.list:
        print("\n".join(benchmarks))
        return 0
    unknown = [n for n in args.only if n not in benchmarks]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; known: {', '.join(benchmarks)}")
        return 2
    names = args.only or list(benchmarks)
    results: dict[str, Result] = {}
    print(f"{'benchmark':<24} {'value':>12} {'unit':<6} {'baseline':>12} {'ratio':>8} {'goal':>8}")
    for name in names:
        with tempfile.TemporaryDirectory(prefix=f"quizapp-bench-{name}-") as scratch:
            result = benchmarks[name](Path(scratch))  # type: ignore[operator]
        results[name] = result
        ok = "ok" if result.meets_goal() else "MISSED"
        print(
            f"{name:<24} {result.value:>12.3f} {result.unit:<6} {result.baseline:>12.3f} "
            f"{result.ratio:>8.3f} {result.goal_text():>8} {ok}",
            flush=True,
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps({n: r.as_json() for n, r in results.items()}, indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
