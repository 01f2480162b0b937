"""A real LRS for the tests: Ralph (ralph-malph, the `lrs` test extra) with its file-system
backend, on a free 127.0.0.1 port, stopped by PID. See `ralph_append.py` for the one
workaround (Ralph 5.1.0's file backend refuses a second batch)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import bcrypt

LAUNCHER = Path(__file__).with_name("ralph_append.py")
KEY, SECRET = "quizapp-tests", "ralph-Secret-0451"
STARTED = "Uvicorn running on"


@dataclass(frozen=True)
class Ralph:
    url: str
    statements_file: Path
    pid: int


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_ralph(folder: Path) -> Iterator[Ralph]:
    """Start Ralph in `folder` (its users file and statements file live there); wait until it
    says it is serving; stop it by PID at the end."""
    data = folder / "statements"
    data.mkdir(parents=True)
    hashed = bcrypt.hashpw(SECRET.encode(), bcrypt.gensalt(rounds=4)).decode()
    users = [
        {
            "agent": {"account": {"homePage": "https://school.example", "name": KEY}},
            "scopes": ["all"],
            "hash": hashed,
            "username": KEY,
        }
    ]
    (folder / "auth.json").write_text(json.dumps(users), encoding="utf-8")
    port = free_port()
    env = {
        **os.environ,
        "RALPH_APP_DIR": str(folder / "app"),
        "RALPH_AUTH_FILE": str(folder / "auth.json"),
        "RALPH_RUNSERVER_BACKEND": "fs",
        "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(data),
        "RALPH_SENTRY_DSN": "",
    }
    command = [sys.executable, str(LAUNCHER), "ralph.api:app", "--host", "127.0.0.1"]
    process = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    log: list[str] = []
    drain: threading.Thread | None = None
    try:
        assert process.stderr is not None
        for line in process.stderr:  # blocks until Ralph says it serves (or exits)
            log.append(line)
            if STARTED in line:
                break
        else:
            raise RuntimeError("Ralph did not start:\n" + "".join(log))
        # keep reading, or Ralph blocks on a full pipe once it has logged enough requests
        drain = threading.Thread(target=log.extend, args=(process.stderr,), daemon=True)
        drain.start()
        yield Ralph(f"http://127.0.0.1:{port}/xAPI/", data / "fs_lrs.jsonl", process.pid)
    finally:
        os.kill(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
        if drain is not None:
            drain.join()  # the pipe is at its end once Ralph has exited
        if process.stderr is not None:
            process.stderr.close()
