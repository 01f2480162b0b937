"""Where data and cache go: options, environment, portable mode, the user folder; the frozen
build finding what it ships; and a data folder that cannot be written refusing to start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.cli import main, unwritable_message, version_text

REPO = Path(__file__).resolve().parent.parent


def portable_app(tmp_path: Path) -> Path:
    app = tmp_path / "usb" / "quizapp"
    app.mkdir(parents=True)
    (app / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    return app


def test_portable_marker_keeps_data_and_cache_beside_the_app(tmp_path: Path) -> None:
    """With portable.txt in the app's folder, progress goes to data/ and the cache to
    data/cache/ there, and the library reads data/banks/ too."""
    app = portable_app(tmp_path)
    folders = paths.resolve(env={}, app=app)
    assert folders.data_dir == app / "data"
    assert folders.cache_dir == app / "data" / "cache"
    assert folders.database.parent == app / "data"
    assert app / "data" / "banks" in folders.bank_dirs
    assert (folders.data_from, folders.cache_from) == ("portable", "portable")
    assert folders.portable_marker == app / paths.PORTABLE_MARKER


@pytest.mark.parametrize(
    ("option", "environment", "marker", "expected", "source"),
    [
        ("cli", "env", True, "cli", "option"),
        (None, "env", True, "env", "environment"),
        (None, None, True, "usb/quizapp/data", "portable"),
        (None, None, False, "home", "user"),
    ],
)
def test_folder_order_is_option_environment_portable_user(
    tmp_path: Path, option, environment, marker, expected, source
) -> None:
    """--data-dir beats QUIZAPP_DATA_DIR, which beats portable.txt, which beats the user folder."""
    app = portable_app(tmp_path)
    if not marker:
        (app / paths.PORTABLE_MARKER).unlink()
    env = {paths.DATA_ENV: str(tmp_path / environment)} if environment else {}
    folders = paths.resolve(data_dir=option and tmp_path / option, env=env, app=app)
    assert folders.data_dir.is_relative_to(tmp_path / expected)
    assert folders.data_from == source
    assert (folders.portable_marker is not None) == marker


def test_a_folder_called_portable_txt_is_not_the_marker(tmp_path: Path) -> None:
    """Only a file turns portable mode on."""
    (tmp_path / paths.PORTABLE_MARKER).mkdir()
    assert paths.resolve(env={}, app=tmp_path).data_from == "user"


def test_a_source_checkout_looks_for_the_marker_beside_its_package() -> None:
    """Run from a checkout, the app folder is the one that holds quizapp/ and questions/."""
    assert paths.app_dir() == REPO
    assert paths.bundled_bank_dir() == REPO / "questions"
    assert (paths.resource_dir() / "schema" / "bank.schema.json").is_file()


def test_the_frozen_build_finds_its_banks_and_marker(tmp_path: Path, monkeypatch) -> None:
    """Frozen, the marker sits beside the executable and the banks come from PyInstaller's
    folder (sys._MEIPASS), not from a checkout or a Python prefix."""
    app = portable_app(tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "quizapp"))
    monkeypatch.setattr(sys, "_MEIPASS", str(app / "_internal"), raising=False)
    assert paths.app_dir() == app
    assert paths.bundled_bank_dir() == app / "_internal" / "questions"
    assert paths.resource_dir() == app / "_internal" / "resources"
    folders = paths.resolve(env={})
    assert folders.data_dir == app / "data"
    assert folders.bank_dirs[0] == app / "_internal" / "questions"


def test_version_says_where_everything_is_read_from(tmp_path: Path) -> None:
    """--version names the data, cache and bank folders, where each choice came from, and
    whether portable mode is on."""
    app = portable_app(tmp_path)
    on = version_text(paths.resolve(env={paths.CACHE_ENV: str(tmp_path / "c")}, app=app))
    assert f"data:   {app / 'data'} (portable mode)" in on
    assert f"cache:  {tmp_path / 'c'} (from ${paths.CACHE_ENV})" in on
    assert f"banks:  {paths.bundled_bank_dir()} (bundled)" in on
    assert f"portable mode: on ({app / paths.PORTABLE_MARKER})" in on
    (app / paths.PORTABLE_MARKER).unlink()
    off = version_text(paths.resolve(data_dir=tmp_path / "d", env={}, app=app))
    assert f"data:   {tmp_path / 'd'} (from --data-dir)" in off
    assert "(the user cache folder)" in off
    assert "portable mode: off" in off


def test_the_version_command_prints_and_exits_0(tmp_path: Path) -> None:
    """`quizapp --version` works without a screen and reports QUIZAPP_DATA_DIR."""
    env = {**os.environ, paths.DATA_ENV: str(tmp_path / "lab")}
    out = subprocess.run(
        [sys.executable, "-m", "quizapp", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    from quizapp import __version__

    assert out.startswith(f"quizapp {__version__}\n")
    assert f"data:   {tmp_path / 'lab'} (from ${paths.DATA_ENV})" in out
    assert not (tmp_path / "lab").exists(), "--version creates nothing"


def test_a_writable_folder_passes_and_keeps_no_probe(tmp_path: Path) -> None:
    """The check creates the data folder and leaves nothing else behind."""
    folder = tmp_path / "new" / "data"
    assert paths.check_writable(folder) is None
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_file_in_the_way_is_named(tmp_path: Path) -> None:
    """A data folder under a regular file cannot exist: the check says which file is in the way."""
    (tmp_path / "drive").write_text("not a folder", encoding="utf-8")
    problem = paths.check_writable(tmp_path / "drive" / "quizapp" / "data")
    assert problem is not None
    assert problem.folder == tmp_path / "drive" / "quizapp" / "data"
    assert (problem.reason, problem.in_the_way) == ("not_folder", tmp_path / "drive")
    text = unwritable_message(problem, paths.resolve(data_dir=problem.folder, env={}))
    assert f"{tmp_path / 'drive'} is a file, not a folder" in text


def test_the_app_refuses_to_start_where_progress_cannot_be_saved(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """Before any window: which folder, why, and how to choose another; exit 2, no window."""
    import quizapp.ui.app

    def no_window(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app started")

    monkeypatch.setattr(quizapp.ui.app, "run_app", no_window)
    (tmp_path / "drive").write_text("", encoding="utf-8")
    folder = tmp_path / "drive" / "data"
    assert main(["--data-dir", str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"progress cannot be saved in {folder}: {tmp_path / 'drive'} is a file" in err
    assert "--data-dir FOLDER" in err and paths.DATA_ENV in err


def test_portable_mode_on_a_read_only_drive_suggests_removing_the_marker(tmp_path: Path) -> None:
    """When the portable folder is the one that fails, the message says how to leave portable
    mode as well as how to pick another folder."""
    app = portable_app(tmp_path)
    folders = paths.resolve(env={}, app=app)
    text = unwritable_message(
        paths.Unwritable(folders.data_dir, "other", "Read-only file system"), folders
    )
    assert f"progress cannot be saved in {app / 'data'}: Read-only file system." in text
    assert f"remove {app / paths.PORTABLE_MARKER}" in text


def _can_mount_read_only() -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", "mount -t tmpfs -o ro tmpfs /mnt"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount_read_only(), reason="needs a private read-only mount (root)")
def test_a_read_only_drive_stops_the_start_with_the_reason(tmp_path: Path) -> None:
    """An existing data folder on a genuinely read-only file system (a tmpfs remounted
    read-only in a private mount namespace, which stops root too): exit 2 and a plain
    message, no traceback."""
    drive = tmp_path / "share"
    drive.mkdir()
    script = (
        'mount -t tmpfs tmpfs "$1" && mkdir "$1/data" && mount -o remount,ro "$1" && '
        'exec "$2" -m quizapp --data-dir "$1/data"'
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, "sh", str(drive), sys.executable],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 2, proc.stderr
    reason = "the disk or folder is read-only"
    assert f"progress cannot be saved in {drive / 'data'}: {reason}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
