"""Run a start-up command, and end the process the moment it prints READY.

`python exit_at_ready.py -m quizapp ARGS` or `python exit_at_ready.py SCRIPT ARGS`: used by
`bench_startup_ir.py` under valgrind, so that the count stops where the clock's benchmark stops
(the library on screen and the event loop idle), and no shutdown work is counted.
"""

from __future__ import annotations

import builtins
import os
import runpy
import sys
from typing import Any

_print = builtins.print


def _print_then_exit_at_ready(*args: Any, **kwargs: Any) -> None:
    _print(*args, **kwargs)
    if args == ("READY",):
        sys.stdout.flush()
        os._exit(0)


def main() -> None:
    builtins.print = _print_then_exit_at_ready
    if sys.argv[1] == "-m":
        module, sys.argv = sys.argv[2], [sys.argv[2], *sys.argv[3:]]
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    else:
        script, sys.argv = sys.argv[1], sys.argv[1:]
        runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
