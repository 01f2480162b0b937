"""The build's own pieces that run without PyInstaller: the zip a teacher unpacks, its name,
and the Linux shortcut we ship."""

from __future__ import annotations

import configparser
import importlib.util
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from quizapp import __version__

REPO = Path(__file__).resolve().parent.parent


def load_build():
    spec = importlib.util.spec_from_file_location("build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_zip_unpacks_to_one_folder(tmp_path: Path) -> None:
    """Every entry sits under quizapp/, files keep their bytes, nothing else is in it."""
    build = load_build()
    app = tmp_path / "quizapp"
    (app / "_internal" / "questions").mkdir(parents=True)
    (app / "quizapp").write_bytes(b"program")
    (app / "_internal" / "questions" / "b.yaml").write_text("title: T\n", encoding="utf-8")
    archive = tmp_path / "out.zip"
    build.zip_folder(app, archive)
    with zipfile.ZipFile(archive) as z:
        assert z.read("quizapp/quizapp") == b"program"
        assert z.read("quizapp/_internal/questions/b.yaml") == b"title: T\n"
        assert all(n.startswith("quizapp/") for n in z.namelist())
    assert not archive.with_name("out.zip.part").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="PyInstaller makes no links on Windows")
def test_the_zip_keeps_links_as_links(tmp_path: Path) -> None:
    """A linked Qt library is stored once, as a link, not as a second copy of the library."""
    build = load_build()
    app = tmp_path / "quizapp"
    (app / "_internal" / "lib").mkdir(parents=True)
    (app / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"x" * 100_000)
    os.symlink("lib/libQt6Core.so.6", app / "_internal" / "libQt6Core.so.6")
    archive = tmp_path / "out.zip"
    build.zip_folder(app, archive)
    with zipfile.ZipFile(archive) as z:
        link = z.getinfo("quizapp/_internal/libQt6Core.so.6")
        assert stat.S_ISLNK(link.external_attr >> 16)
        assert z.read(link) == b"lib/libQt6Core.so.6"
    assert archive.stat().st_size < 10_000  # the 100 kB (compressible) library once


def test_the_zip_is_named_for_the_version_and_platform() -> None:
    """quizapp-VERSION-PLATFORM.zip: the version is the app's own, the platform one word."""
    build = load_build()
    assert build.version() == __version__
    system, machine = build.platform_tag().split("-", 1)
    assert system in {"linux", "windows", "macos"} or system == sys.platform
    assert machine and machine == machine.lower()


def test_the_shipped_desktop_file_starts_the_app() -> None:
    """packaging/quizapp.desktop is a valid application entry whose name matches the one the
    app gives itself (setDesktopFileName), so the window groups under it."""
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(REPO / "packaging" / "quizapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert Path(desktop["Exec"].split()[0]).name == "quizapp"
    assert Path(desktop["Exec"].split()[0]).parent == Path(desktop["Path"])
    assert desktop["Terminal"] == "false"
    assert desktop["StartupWMClass"] == "quizapp"
    assert 'setDesktopFileName("quizapp")' in (REPO / "quizapp" / "ui" / "app.py").read_text(
        encoding="utf-8"
    )
