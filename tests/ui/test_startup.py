"""What a start builds before the remembered learner's library is on screen (start-up is
measured against a bare PySide6 window: `benchmarks/bench_startup.py`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import ForwardRef

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.progress import Store

REPO = Path(__file__).resolve().parents[2]

# Runs the app; when it says READY (the library is shown and the event loop idle), it first
# prints which of the things the first pages do without were built or imported anyway.
PROBE = """
import builtins, sys
real_print = builtins.print

def probe(*args, **kwargs):
    if args == ("READY",):
        import PySide6.QtGui as gui, PySide6.QtWidgets as widgets
        types = [n for n in ("QMessageBox", "QScrollBar") if n in vars(widgets)]
        types += [n for n in ("QAction", "QClipboard") if n in vars(gui)]
        unneeded = (
            "html",
            "_strptime",
            "quizapp.progress.stats",
            "quizapp.quiz.config",
            "quizapp.noticewords",
            "quizapp.progress.writes",
            "quizapp.progress.answerrecord",
        )
        modules = [m for m in unneeded if m in sys.modules]
        hooked = ["__feature_import__"] if builtins.__import__ is not builtins.__orig_import__ else []
        window = next(w for w in widgets.QApplication.topLevelWidgets() if hasattr(w, "learners"))
        parts = {
            "learners.resume_card": window.learners.resume_card,
            "library.unfinished_card": window.library.unfinished_card,
            "library.problems": window.library.problems,
        }
        built = [name for name, part in parts.items() if part is not None]
        real_print(types + modules + hooked + built, flush=True)
    real_print(*args, **kwargs)

builtins.print = probe
from quizapp.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_start_builds_only_what_the_library_page_needs(tmp_path: Path) -> None:
    """Up to the remembered learner's library, no message box, scroll bar, action or clipboard
    type is built (PySide makes a Qt class's Python type, enums and all, on first touch), nor the
    parts of the first pages that are hidden without an unfinished quiz or a bank's problems, and
    neither the HTML entity table, the strptime parser, the statistics, the quiz configuration (the store
    needs only `Mode`) nor the store's write records and answer type (no write happens) are
    imported. Imports no longer pass through PySide's hook for `from __feature__ import`, which
    read the source of every module imported after PySide."""
    data, cache = tmp_path / "data", tmp_path / "cache"
    with Store.open(paths.Paths(data, cache, ()), FakeClock()) as store:
        learner = store.create_learner("Ana")
    (data / "window.json").write_text(json.dumps({"last_learner": learner.id}), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
    env.update(QT_QPA_PLATFORM="offscreen", QUIZAPP_BENCH_READY="1")
    args = ["--data-dir", str(data), "--cache-dir", str(cache)]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=True,
    ).stdout.splitlines()
    assert out == ["[]", "READY"]


def test_the_main_thread_leaves_the_hashes_to_the_bank_loading() -> None:
    """The modules a start imports on the main thread do not load OpenSSL's hashes (`_hashlib`,
    a shared library): the banks' cache imports them when it checks an entry, on the worker
    thread that loads the banks."""
    code = (
        "import sys, quizapp.cli, quizapp.app.context, quizapp.ui.app, quizapp.ui.window, "
        "quizapp.ui.pages.library; print('_hashlib' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIZAPP_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO, check=True
    )
    assert out.stdout.split() == ["False"]


def test_quizapp_uses_no_pyside_feature_switches() -> None:
    """The app gives `import` back its own function (`ui.app.plain_imports`), which switches off
    `from __feature__ import snake_case, true_property`: no module may rely on them."""
    sources = [p for p in (REPO / "quizapp").rglob("*.py") if "__feature__" in p.read_text("utf-8")]
    assert [p.name for p in sources] == ["app.py"]  # only where the hook is explained


def test_the_core_named_tuples_every_start_defines_are_not_compiled_from_text() -> None:
    """The model modules a start imports keep evaluated annotations: under `from __future__
    import annotations`, typing.NamedTuple compiles every field's annotation text into a
    ForwardRef (a `compile()` per field; ~8 M instructions at start for these modules)."""
    from quizapp.app import refused
    from quizapp.bank import model, problems
    from quizapp.progress import model as progress_model
    from quizapp.progress import recovery, schema, summaries

    modules = (paths, refused, model, problems, progress_model, recovery, schema, summaries)
    tuples = [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")
        if value.__module__ == module.__name__
    ]
    compiled = [
        t.__qualname__
        for t in tuples
        if any(isinstance(a, ForwardRef) for a in t.__annotations__.values())
    ]
    assert len(tuples) >= 20 and compiled == []
