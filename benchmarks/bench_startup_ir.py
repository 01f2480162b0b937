"""Start-up in instructions: the main thread's instruction count (valgrind's callgrind) from
process start until READY, bundled bank, remembered learner, against the bare PySide6 window.

The clock's `startup_bundled` moves by tens of percent on a shared machine; this count moves by
well under 1% and does not depend on what else runs, so it is the one to compare changes with.
The clock's ratio has run 5-8% above this one (the app touches more memory and files). Needs
valgrind (on every machine here); ~40 s.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from bench_startup import HERE, _app, _data_folder, _env
from common import Result

EXIT_AT_READY = HERE / "exit_at_ready.py"


def _main_thread_instructions(cmd: list[str], scratch: Path) -> int:
    """Instructions the main thread ran until `cmd` printed READY."""
    out = scratch / "callgrind.out"
    env = _env()
    env["PYTHONHASHSEED"] = "0"  # the same dict layouts each run
    valgrind = ["valgrind", "--tool=callgrind", "--separate-threads=yes"]
    subprocess.run(
        [*valgrind, f"--callgrind-out-file={out}", cmd[0], str(EXIT_AT_READY), *cmd[1:]],
        env=env,
        capture_output=True,
        check=True,
    )
    lines = (scratch / "callgrind.out-01").read_text(errors="replace").splitlines()
    total = next(int(line.split()[1]) for line in lines if line.startswith(("summary:", "totals:")))
    for done in scratch.glob("callgrind.out*"):
        done.unlink()
    return total


def startup_bundled_ir(scratch: Path) -> Result:
    if shutil.which("valgrind") is None:
        raise RuntimeError("startup_bundled_ir needs valgrind")
    data = _data_folder(scratch, "data-ir")
    app = _app(data, scratch / "cache-ir", [])
    _main_thread_instructions(app, scratch)  # warm: the bank cache, the bytecode
    ours = _main_thread_instructions(app, scratch)
    bare = _main_thread_instructions([sys.executable, str(HERE / "bare_window.py")], scratch)
    return Result(ours / 1e6, "M Ir", bare / 1e6, goal=1.5)


BENCHMARKS = {"startup_bundled_ir": startup_bundled_ir}
