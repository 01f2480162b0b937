"""The self-contained build (`make dist`, packaging/build.py), built afresh into the scratch
folder: its size unpacked and zipped (goals on the value, in MiB), and its start until the
library is on screen against the same version started from the venv (alternating, medians of
5, like `startup_bundled`).
"""

from __future__ import annotations

import atexit
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench_startup import _compare, _data_folder
from common import Result

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "packaging"))

import build  # noqa: E402  (packaging/build.py)

MIB = 1024 * 1024
_built: dict[str, tuple[Path, Path]] = {}


def _dist() -> tuple[Path, Path]:
    """The built folder and zip, made once per benchmark run (about a minute) in a folder of
    its own: each benchmark's scratch folder is removed when it ends."""
    if "dist" not in _built:
        where = Path(tempfile.mkdtemp(prefix="quizapp-bench-dist-"))
        atexit.register(shutil.rmtree, where, ignore_errors=True)
        _built["dist"] = build.build(where / "dist", where / "work")
    return _built["dist"]


def _installed_qt() -> int:
    """What the venv's PySide6 and shiboken6 take: the Qt we would ship if we took it all."""
    import PySide6
    import shiboken6

    return sum(build.folder_size(Path(m.__file__).parent) for m in (PySide6, shiboken6))


def dist_size_mib(scratch: Path) -> Result:
    """The unpacked folder, against the venv's whole PySide6 (goal: <= 120 MiB)."""
    app, _ = _dist()
    return Result(
        build.folder_size(app) / MIB, "MiB", _installed_qt() / MIB, goal=120, goal_on_value=True
    )


def dist_zip_mib(scratch: Path) -> Result:
    """The zip a teacher downloads, against the unpacked folder (goal: <= 50 MiB)."""
    app, archive = _dist()
    return Result(
        archive.stat().st_size / MIB,
        "MiB",
        build.folder_size(app) / MIB,
        goal=50,
        goal_on_value=True,
    )


def startup_frozen(scratch: Path) -> Result:
    """The frozen app's start against `python -m quizapp` from the venv, same data (x<=1.2)."""
    app, _ = _dist()
    program = app / ("quizapp.exe" if sys.platform == "win32" else "quizapp")
    data = _data_folder(scratch, "data-frozen")
    folders = ["--data-dir", str(data), "--cache-dir", str(scratch / "cache-frozen")]
    frozen, venv, _, _ = _compare(
        [str(program), *folders], [sys.executable, "-m", "quizapp", *folders]
    )
    return Result(statistics.median(frozen), "s", statistics.median(venv), goal=1.2)


BENCHMARKS = {
    "dist_size_mib": dist_size_mib,
    "dist_zip_mib": dist_zip_mib,
    "startup_frozen": startup_frozen,
}
