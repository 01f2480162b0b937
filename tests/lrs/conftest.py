"""Fixtures for the LRS tests: a class of learners who sat the bundled bank for real (through
the classroom, on a fake clock), so statements are built from genuine results files."""

from __future__ import annotations

import random
import secrets
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType

import pytest

from quizapp import paths
from quizapp.bank import Library, load_library
from quizapp.bank.model import Question, QuestionType
from quizapp.classroom import AttemptResult, Classroom, load_preset
from quizapp.clock import FakeClock
from quizapp.progress import Store
from quizapp.quiz import State, expected_response
from quizapp.quiz.responses import Response
from tests.lrs.ralph_server import Ralph, running_ralph

PRESET = """\
title: Week 3 review
banks: [azerbaijan-us-relations]
mode: practice
feedback: none
results: results
"""


@pytest.fixture(scope="session")
def library() -> Library:
    """The bundled bank (all seven question types), loaded once: the tests never change it."""
    return load_library([paths.bundled_bank_dir()])


def wrong_response(question: Question) -> Response:
    """A response a learner could give that is not (fully) right."""
    t = question.type
    if t is QuestionType.SINGLE:
        return next(c for c in question.choices if c not in question.correct_choices)
    if t is QuestionType.MULTIPLE:
        return frozenset(question.choices[:1])
    if t is QuestionType.TRUE_FALSE:
        return not question.truth
    if t is QuestionType.SHORT:
        return "no idea"
    if t is QuestionType.NUMERIC:
        return "-1"
    if t is QuestionType.ORDER:
        return tuple(reversed(question.items))
    rights = [r for _, r in question.pairs]
    return MappingProxyType({left: rights[-1] for left, _ in question.pairs})


def sit_class(
    root: Path,
    library: Library,
    learners: int,
    *,
    seed: int = 3,
    preset_text: str = PRESET,
    leave_after: dict[int, int] | None = None,
) -> list[AttemptResult]:
    """`learners` learners each sit the whole bank on one machine, answering right, wrong or
    blank at random; learner i in `leave_after` leaves after that many answers (an
    interrupted attempt). Returns the results as the classroom wrote them."""
    (root / "results").mkdir(parents=True, exist_ok=True)
    preset_path = root / "week3.preset.yaml"
    preset_path.write_text(textwrap.dedent(preset_text), encoding="utf-8")
    preset = load_preset(preset_path, library).require()
    clock = FakeClock()
    rng = random.Random(seed)
    out: list[AttemptResult] = []
    store = Store.open(paths.resolve(data_dir=root / "lab-1"), clock)
    try:
        room = Classroom(preset, library, store, clock, machine="lab-1")
        for n in range(learners):
            sitting = room.begin(f"Learner {n:03d}")
            answered = 0
            while sitting.session.state in (State.ASKING, State.FEEDBACK):
                if sitting.session.state is State.FEEDBACK:
                    sitting.next()
                    continue
                if leave_after and answered == leave_after.get(n):
                    break
                question = sitting.session.current.question
                clock.advance(rng.uniform(2, 40))
                roll = rng.random()
                if roll < 0.6:
                    sitting.submit(expected_response(question))
                elif roll < 0.9:
                    sitting.submit(wrong_response(question))
                else:
                    sitting.submit(None)
                answered += 1
            if not sitting.finished:
                sitting.leave()
            assert sitting.result is not None
            out.append(sitting.result)
    finally:
        store.close()
    return out


@pytest.fixture(autouse=True)
def repeatable_quizzes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quizzes are drawn with seeds from a seeded generator, so every run is the same."""
    monkeypatch.setattr(secrets, "randbits", random.Random(7).getrandbits)


@pytest.fixture(scope="session")
def ralph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ralph]:
    """One real Ralph LRS for the session (starting it takes seconds); each test sends attempts
    with their own ids, so tests never see each other's statements."""
    with running_ralph(tmp_path_factory.mktemp("ralph")) as server:
        yield server
