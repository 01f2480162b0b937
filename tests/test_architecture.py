"""The layers from STYLE.md, checked for real: every import of every module, and a fresh
interpreter that proves the core and `app/` load no Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "quizapp"

# Lowest first. A module may import its own layer or a lower one. Names on one rank are peers:
# a peer never imports another peer (commands and ui both build on app, never on each other).
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "__init__",
        "clock",
        "paths",
        "files",
        "words",
        "checkwords",
        "convertwords",
        "noticewords",
    ),  # ground
    ("bank",),
    ("quiz",),
    ("progress",),
    ("classroom",),
    ("convert", "lrs", "draft"),  # feature packages (peers)
    ("app",),
    ("commands", "ui"),
    ("cli",),
    ("__main__",),
)
GROUND = LAYERS[0]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}
QT = ("PySide6", "shiboken6")
# Qt outside ui/: only the exam printer, which draws with Qt's own PDF writer (QtGui, no
# widgets) and imports it inside the function, so `quizapp.convert` still loads without Qt.
QT_ALLOWED = ("quizapp/convert/pdf.py", "quizapp/convert/pdfblocks.py")


def unit_of(module: str) -> str:
    """`quizapp.bank.loader` -> `bank`; the package itself (`quizapp`) is the ground."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def allowed(importer: str, imported: str) -> bool:
    a, b = RANK[importer], RANK[imported]
    if a != b:
        return b < a
    return importer == imported or importer in GROUND


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")
    )


def _is_module(name: str) -> bool:
    return not name.startswith("__") or name in RANK


def imports(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in the file: top level, inside functions and classes
    (lazy imports count), but not under `if TYPE_CHECKING:`, which never runs."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if _type_checking_only(node):
            for child in getattr(node, "orelse", []):
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if node.module is None or target == "quizapp":
                # `from . import x`, `from quizapp import bank`: the names are modules, except
                # the package's own attributes (`from quizapp import __version__`)
                found.extend(
                    (node.lineno, f"{target}.{alias.name}" if _is_module(alias.name) else target)
                    for alias in node.names
                )
            else:
                found.append((node.lineno, target))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def breaches(root: Path = PACKAGE) -> list[str]:
    """Every import that runs up the layers (or sideways to a peer), as `file:line: ...`."""
    found: list[str] = []
    for path in sorted(root.rglob("*.py")):
        here = unit_of(module_name(path, root))
        where = path.relative_to(root.parent)
        if here not in RANK:
            found.append(f"{where}:1: `quizapp.{here}` has no layer; add it to LAYERS")
            continue
        for line, target in imports(path, root):
            top = target.split(".")[0]
            if top in QT and here != "ui" and where.as_posix() not in QT_ALLOWED:
                found.append(f"{where}:{line}: imports {target}; only quizapp.ui may use Qt")
            if top != "quizapp" or target == "quizapp":
                continue
            there = unit_of(target)
            if there not in RANK:
                found.append(f"{where}:{line}: imports {target}, which has no layer")
            elif not allowed(here, there):
                found.append(
                    f"{where}:{line}: {here} imports {target}, a higher layer or a peer ({there})"
                )
    return found


def test_no_module_imports_a_higher_layer() -> None:
    """No module imports a higher layer or a peer, lazy imports inside functions included."""
    assert breaches() == []


def test_the_check_catches_a_lazy_upward_import(tmp_path: Path) -> None:
    """An import inside a function that runs up the layers is reported with its file and line;
    one under `if TYPE_CHECKING:` is not."""
    bank = tmp_path / "quizapp" / "bank"
    bank.mkdir(parents=True)
    (tmp_path / "quizapp" / "__init__.py").write_text("")
    (bank / "__init__.py").write_text("")
    (bank / "loader.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n"
        "    from quizapp.classroom import Preset\n"
        "def run():\n"
        "    from quizapp.cli import folders\n"
        "    from ..quiz import Session\n"
        "    from . import model\n"
        "    from quizapp import progress\n"
    )
    found = breaches(tmp_path / "quizapp")
    assert found == [
        "quizapp/bank/loader.py:5: bank imports quizapp.cli, a higher layer or a peer (cli)",
        "quizapp/bank/loader.py:6: bank imports quizapp.quiz, a higher layer or a peer (quiz)",
        "quizapp/bank/loader.py:8: bank imports quizapp.progress, a higher layer or a peer (progress)",
    ]


def test_an_unknown_package_fails_until_it_has_a_layer(tmp_path: Path) -> None:
    """A new top-level module nobody placed in the layers is itself a failure, as is a peer
    import (ui importing commands) and Qt outside ui."""
    root = tmp_path / "quizapp"
    (root / "ui").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "widgets.py").write_text("import os\n")
    (root / "ui" / "__init__.py").write_text("from quizapp.commands import validate\n")
    (root / "attempts.py").write_text("")
    (root / "files.py").write_text("\n\nfrom PySide6.QtCore import QTimer\n")
    found = breaches(root)
    assert found == [
        "quizapp/attempts.py:1: `quizapp.attempts` has no layer; add it to LAYERS",
        "quizapp/files.py:3: imports PySide6.QtCore; only quizapp.ui may use Qt",
        "quizapp/ui/__init__.py:1: ui imports quizapp.commands, a higher layer or a peer (commands)",
        "quizapp/widgets.py:1: `quizapp.widgets` has no layer; add it to LAYERS",
    ]


NO_QT = [
    "bank",
    "quiz",
    "progress",
    "classroom",
    "convert",
    "lrs",
    "draft",
    "clock",
    "paths",
    "files",
    "words",
    "checkwords",
    "convertwords",
    "noticewords",
    "app",
]


@pytest.mark.parametrize("unit", NO_QT)
def test_core_and_app_never_load_qt(unit: str) -> None:
    """Importing every module of a core package (or of app/) in a fresh interpreter loads no
    PySide6 module, so the core and the use cases run without a GUI."""
    module = f"quizapp.{unit}"
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


def test_every_terminal_command_lives_in_commands() -> None:
    """Each row of cli.py's COMMANDS table points into quizapp.commands (cli imports them by
    name, so the import check above cannot see these)."""
    from quizapp.cli import COMMANDS

    assert {module.rpartition(".")[0] for module, _f, _h in COMMANDS.values()} == {
        "quizapp.commands"
    }
