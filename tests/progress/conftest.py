"""Fixtures for the progress tests: a fake clock, the test's own data folder, an open store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Learner, Store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folders(tmp_path: Path) -> Paths:
    return paths.resolve(data_dir=tmp_path / "data")


@pytest.fixture
def store(folders: Paths, clock: FakeClock) -> Iterator[Store]:
    s = Store.open(folders, clock, tz=UTC)
    yield s
    s.close()


@pytest.fixture
def ana(store: Store) -> Learner:
    return store.create_learner("Ana")
