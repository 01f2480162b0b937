"""Fixtures for the progress tests: an open store in the test's own data folder, and Ana."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC

import pytest

from quizapp.clock import FakeClock
from quizapp.paths import Paths
from quizapp.progress import Learner, Store


@pytest.fixture
def store(folders: Paths, clock: FakeClock) -> Iterator[Store]:
    s = Store.open(folders, clock, tz=UTC)
    yield s
    s.close()


@pytest.fixture
def ana(store: Store) -> Learner:
    return store.create_learner("Ana")
