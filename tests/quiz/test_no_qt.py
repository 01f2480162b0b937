"""The core never loads Qt: proven in a fresh interpreter, where nothing else imported it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import quizapp.quiz, quizapp.bank, quizapp.clock
from quizapp.quiz import Session  # the whole engine, not just the package's __init__
print(json.dumps({
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "engine": sorted(m for m in sys.modules if m.startswith("quizapp.quiz.")),
}))
"""


def test_importing_the_engine_loads_no_pyside6() -> None:
    """quizapp.quiz, quizapp.bank and quizapp.clock import without any PySide6 module."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, cwd=REPO
    )
    loaded = json.loads(done.stdout)
    assert "quizapp.quiz.session" in loaded["engine"]  # the probe really imported the engine
    assert loaded["qt"] == []
