"""Fixtures for the engine's tests: a fake clock (time never waits) and a bank of every type."""

from __future__ import annotations

import pytest

from quizapp.bank.model import Bank
from quizapp.clock import FakeClock
from tests.quiz.helpers import bank


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def every_type() -> Bank:
    """One question of each of the seven types, no time limits, 1 point each."""
    return bank()
