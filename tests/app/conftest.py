"""Fixtures for the use-case tests: the test's own data folder, a fake clock, an open store, a
small library built from the model, and the context the GUI would hand to `app/`. No Qt."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.app.context import AppContext
from quizapp.bank import Library
from quizapp.clock import FakeClock
from quizapp.progress import Learner, Store
from tests.quiz.helpers import bank, numbered


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> Iterator[AppContext]:
    folders = paths.resolve(data_dir=tmp_path / "data", cache_dir=tmp_path / "cache")
    store = Store.open(folders, clock, tz=UTC)
    library = Library((), (bank(*numbered(5), bank_id="capitals"),), ())
    yield AppContext(folders, store, clock, library)
    store.close()


@pytest.fixture
def ana(ctx: AppContext) -> Learner:
    return ctx.store.create_learner("Ana")
