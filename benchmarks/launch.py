"""Start a command, time it until it prints READY, and report its peak memory.

Run as a fresh process by `bench_startup.py`: Linux carries a process's peak RSS over into the
children it forks, so a child of the (large) benchmark runner would report the runner's peak.
A child of this small, freshly started launcher reports only its own.
Prints one JSON line: {"seconds": ..., "rss_mib": ..., "ready": true|false}.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(cmd: list[str]) -> None:
    start = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.stdout.close()
    _, _status, usage = os.wait4(child.pid, 0)
    rss_mib = usage.ru_maxrss / 1024  # kB on Linux
    print(json.dumps({"seconds": elapsed, "rss_mib": rss_mib, "ready": line.strip() == b"READY"}))


if __name__ == "__main__":
    main(sys.argv[1:])
