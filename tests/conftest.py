"""Every test runs in its own folders: nothing touches the real home, the real data or cache."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp import paths, words
from quizapp.clock import FakeClock
from quizapp.quiz import numbers

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, XDG folders and quizapp's own variables into this test's tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("QUIZAPP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("QUIZAPP_BANK_PATH", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # English words, whatever the machine speaks
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    return home


@pytest.fixture(autouse=True)
def english_words() -> Iterator[None]:
    """A test that switches the language (`--lang de`) leaves English behind it."""
    yield
    words.install(None)
    words.install_date_format(None)
    words.use_decimal_point(".")
    numbers.use_decimal_separator(".")


@pytest.fixture
def clock() -> FakeClock:
    """Time that moves only when a test advances it."""
    return FakeClock()


@pytest.fixture
def folders(tmp_path: Path) -> paths.Paths:
    """This test's own folders, the data folder under tmp_path."""
    return paths.resolve(data_dir=tmp_path / "data")
