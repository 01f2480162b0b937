"""A separate quizapp process for the tests to SIGKILL.

    python child.py write-blocked FOLDER NAME      write a result, stop inside fsync (before the
                                                   rename): print FSYNC, wait for stdin
    python child.py write-loop FOLDER              rewrite one result forever (about 1 MB, two
                                                   versions in turn), printing WROTE n
    python child.py sit DATA PRESET MACHINE NAME N START
                                                   a classroom learner: open the store, begin,
                                                   answer N questions (each saved), print
                                                   ANSWERED n after each, then wait for stdin

Time is a FakeClock starting at START (ISO), advanced 10 s per answer: nothing sleeps.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from quizapp import paths
from quizapp.bank import load_library
from quizapp.classroom import AttemptResult, Classroom, load_preset, write_result
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.quiz import expected_response
from tests.classroom.helpers import attempt, item


def big_result(version: int) -> AttemptResult:
    """About 1 MB; versions differ in size and content, so a mix of two would not parse."""
    prompt = f"v{version} " * (1200 + 300 * (version % 2))
    items = [replace(item(f"q{i}", 1.0), prompt=prompt) for i in range(1, 200)]
    return attempt("Ana", items, attempt_id="same-attempt")


def main(argv: list[str]) -> int:
    mode = argv[0]
    if mode == "write-blocked":
        folder = Path(argv[1])
        real_fsync = os.fsync

        def blocking_fsync(fd: int) -> None:
            real_fsync(fd)
            print("FSYNC", flush=True)
            sys.stdin.read()

        os.fsync = blocking_fsync
        write_result(folder, attempt(argv[2], [item("q1", 1.0)], attempt_id="blocked"))
        return 0
    if mode == "write-loop":
        folder = Path(argv[1])
        n = 0
        while True:
            write_result(folder, big_result(n))
            n += 1
            print("WROTE", n, flush=True)
    if mode == "sit":
        data, preset_path, machine, name, count, start = argv[1:7]
        clock = FakeClock(datetime.fromisoformat(start).astimezone(UTC))
        library = load_library([paths.bundled_bank_dir()])
        preset = load_preset(preset_path, library).require()
        store = Store.open(paths.resolve(data_dir=data), clock, tz=UTC)
        sitting = Classroom(preset, library, store, clock, machine=machine).begin(name)
        print("BEGUN", sitting.attempt_id, flush=True)
        for n in range(1, int(count) + 1):
            clock.advance(10)
            sitting.submit(expected_response(sitting.session.current.question))
            print("ANSWERED", n, flush=True)
        sys.stdin.read()
        return 0
    raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
