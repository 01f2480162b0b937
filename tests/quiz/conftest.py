"""Fixtures for the engine's tests: a bank of every type (the fake clock is tests/conftest.py's)."""

from __future__ import annotations

import pytest

from quizapp.bank.model import Bank
from tests.quiz.helpers import bank


@pytest.fixture
def every_type() -> Bank:
    """One question of each of the seven types, no time limits, 1 point each."""
    return bank()
