"""Fixtures for the terminal commands: a fake clock and this test's own folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp import paths
from quizapp.clock import FakeClock
from quizapp.paths import Paths


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folders(tmp_path: Path) -> Paths:
    return paths.resolve(data_dir=tmp_path / "data")
