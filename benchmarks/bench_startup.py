"""GUI startup: process start until the library is on screen and takes input, against a bare
PySide6 window (same run, alternating, medians of 5), and peak memory (ru_maxrss).

The app prints READY under `QUIZAPP_BENCH_READY=1` once the remembered learner's library is shown
and the event loop is idle. Each data folder holds one learner, remembered as the last one.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from common import Result
from make_library import make_library

from quizapp import paths
from quizapp.clock import SystemClock
from quizapp.progress import Store

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
REPEAT = 5


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # an installed app has its bytecode cached after the first start; some shells here set
    # PYTHONDONTWRITEBYTECODE, which would make every start recompile every module
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QUIZAPP_BENCH_READY"] = "1"
    env["PYTHONPATH"] = str(REPO)
    return env


def _run(cmd: list[str]) -> tuple[float, float]:
    """Seconds until READY, and the child's peak RSS in MiB, measured by `launch.py`."""
    out = subprocess.run(
        [sys.executable, str(HERE / "launch.py"), *cmd],
        capture_output=True,
        text=True,
        env=_env(),
        check=True,
    ).stdout
    figures = json.loads(out)
    if not figures["ready"]:
        raise RuntimeError(f"{cmd} did not print READY")
    return figures["seconds"], figures["rss_mib"]


def _data_folder(scratch: Path, name: str) -> Path:
    data = scratch / name
    with Store.open(paths.Paths(data, scratch / "cache", ()), SystemClock()) as store:
        learner = store.create_learner("Bench")
    (data / "window.json").write_text(json.dumps({"last_learner": learner.id}), encoding="utf-8")
    return data


def _app(data: Path, cache: Path, bank_dirs: list[Path]) -> list[str]:
    cmd = [sys.executable, "-m", "quizapp", "--data-dir", str(data), "--cache-dir", str(cache)]
    for d in bank_dirs:
        cmd += ["--bank-dir", str(d)]
    return cmd


def _compare(
    app: list[str], base: list[str] | None = None
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Start `app` and `base` (a bare PySide6 window) alternately: seconds and MiB of each."""
    bare = base or [sys.executable, str(HERE / "bare_window.py")]
    _run(app)  # warm: the bank cache, the OS file cache
    _run(bare)
    ours_t, base_t, ours_m, base_m = [], [], [], []
    for _ in range(REPEAT):
        t, m = _run(app)
        ours_t.append(t)
        ours_m.append(m)
        t, m = _run(bare)
        base_t.append(t)
        base_m.append(m)
    return ours_t, base_t, ours_m, base_m


_cache: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {}


def _bundled(scratch: Path) -> tuple[list[float], list[float], list[float], list[float]]:
    if "bundled" not in _cache:
        data = _data_folder(scratch, "data-bundled")
        _cache["bundled"] = _compare(_app(data, scratch / "cache-bundled", []))
    return _cache["bundled"]


def startup_bundled(scratch: Path) -> Result:
    ours, base, _, _ = _bundled(scratch)
    return Result(statistics.median(ours), "s", statistics.median(base), goal=1.5)


def startup_rss(scratch: Path) -> Result:
    _, _, ours, base = _bundled(scratch)
    return Result(statistics.median(ours), "MiB", statistics.median(base), goal=1.6)


def startup_library_10k(scratch: Path) -> Result:
    library = scratch / "library"
    make_library(library)
    data = _data_folder(scratch, "data-10k")
    ours, base, _, _ = _compare(_app(data, scratch / "cache-10k", [library]))
    return Result(statistics.median(ours), "s", statistics.median(base), goal=2.5)


BENCHMARKS = {
    "startup_bundled": startup_bundled,
    "startup_library_10k": startup_library_10k,
    "startup_rss": startup_rss,
}
