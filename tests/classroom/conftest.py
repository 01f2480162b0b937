"""Fixtures for the classroom tests: a fake clock, the bundled library, presets from inline
YAML, and one data folder (a "machine") per store."""

from __future__ import annotations

import random
import secrets
import textwrap
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.bank import Library, load_library
from quizapp.classroom import Preset, load_preset
from quizapp.clock import FakeClock
from quizapp.progress import Store


@pytest.fixture(autouse=True)
def repeatable_quizzes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each quiz is drawn with a fresh seed from `secrets`; in these tests the seeds come from a
    seeded generator, so every run draws the same quizzes (killed child processes excepted)."""
    monkeypatch.setattr(secrets, "randbits", random.Random(7).getrandbits)


@pytest.fixture(scope="session")
def library() -> Library:
    """The bundled bank, loaded once: the tests never change it."""
    return load_library([paths.bundled_bank_dir()])


@pytest.fixture
def results_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "results"
    folder.mkdir()
    return folder


@pytest.fixture
def make_preset(tmp_path: Path, library: Library, results_dir: Path) -> Callable[..., Preset]:
    """Write a dedented preset next to the `results` folder and load it (it must be valid)."""

    def make(yaml_text: str, name: str = "week3.preset.yaml") -> Preset:
        path = tmp_path / name
        path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
        result = load_preset(path, library)
        assert result.errors == (), [p.format() for p in result.errors]
        return result.require()

    return make


@pytest.fixture
def open_store(tmp_path: Path, clock: FakeClock) -> Iterator[Callable[[str], Store]]:
    """Open the progress store of machine `name` (its own data folder); closed at the end."""
    opened: list[Store] = []

    def open_(name: str) -> Store:
        store = Store.open(paths.resolve(data_dir=tmp_path / name), clock, tz=UTC)
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.close()
