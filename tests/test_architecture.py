"""The dependency rules from STYLE.md, checked for real in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "quizapp.bank",
    "quizapp.quiz",
    "quizapp.progress",
    "quizapp.classroom",
    "quizapp.draft",
    "quizapp.clock",
    "quizapp.paths",
    "quizapp.attempts",
    "quizapp.files",
]


@pytest.mark.parametrize("module", CORE)
def test_core_never_imports_qt(module: str) -> None:
    """Importing a core package loads no PySide6 module, so the core runs without a GUI."""
    code = (
        f"import sys, importlib, pkgutil; m = importlib.import_module({module!r});\n"
        "for info in pkgutil.walk_packages(getattr(m, '__path__', []), m.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
