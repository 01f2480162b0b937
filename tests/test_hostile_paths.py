"""Every terminal command against hostile paths: a FIFO, a link to /dev/zero, a folder where
a file should be, a file where a folder should be, a name too long, nothing at all. Each run
ends within seconds, with a plain message and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import REPO


def fifo(tmp_path: Path) -> Path:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipe.yaml")
    return tmp_path / "pipe.yaml"


def zero(tmp_path: Path) -> Path:
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    return tmp_path / "zero.yaml"


def a_file(tmp_path: Path) -> Path:
    (tmp_path / "plain.yaml").write_text("not: a folder\n", encoding="utf-8")
    return tmp_path / "plain.yaml"


def under_a_file(tmp_path: Path) -> Path:
    return a_file(tmp_path) / "inside"


def too_long(tmp_path: Path) -> Path:
    return tmp_path / ("x" * 300)


def missing(tmp_path: Path) -> Path:
    return tmp_path / "nothing-here"


PATHS: dict[str, Callable[[Path], Path]] = {
    "fifo": fifo,
    "link to /dev/zero": zero,
    "a file": a_file,
    "under a file": under_a_file,
    "300-character name": too_long,
    "missing": missing,
}
COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "validate": lambda p: ["validate", str(p)],
    "report": lambda p: ["report", str(p), "--out", str(p.parent / "r.html")],
    "export": lambda p: ["--data-dir", str(p), "export", "--all"],
    "report --out": lambda p: ["report", str(p.parent), "--out", str(p)],
    "export --out": lambda p: [
        "--data-dir",
        str(p.parent / "d"),
        "export",
        "--all",
        "--out",
        str(p),
    ],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("kind", sorted(PATHS))
def test_a_hostile_path_is_a_plain_message(tmp_path: Path, command: str, kind: str) -> None:
    """No hang, no traceback: a success, or exit 1/2 with a message on stderr."""
    path = PATHS[kind](tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", *COMMANDS[command](path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1, 2), done.stderr
    if done.returncode:
        assert done.stderr.strip() or done.stdout.strip()
