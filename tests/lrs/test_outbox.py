"""Live sending through the local outbox: a classroom whose preset names an LRS keeps every
result for it, and a sender delivers in the background - the LRS being down, slow or refusing
the key loses nothing, never stops the results folder, and never makes the quiz wait."""

from __future__ import annotations

import random
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.bank import Library
from quizapp.classroom import AttemptResult, Classroom, Outbox, load_preset, read_result
from quizapp.classroom.presetlrs import LrsSettings
from quizapp.classroom.results import result_files
from quizapp.clock import FakeClock
from quizapp.lrs.client import Client, Endpoint
from quizapp.lrs.outbox import LrsOutbox, Sender, sender_for
from quizapp.lrs.statements import TERMINATED, Profile, attempt_statements, questions_in
from quizapp.progress import Store
from quizapp.quiz import State, expected_response
from quizapp.words import notice
from tests.lrs.fakelrs import KEY, SECRET, FakeLrs

PROFILE = Profile("https://school.example", pass_mark=0.5)
PRESET = """\
title: Week 3 review
banks: [azerbaijan-us-relations]
questions: 6
results: results
lrs:
  endpoint: {url}
  home_page: https://school.example
  pass_mark: 50
"""


@pytest.fixture
def lrs() -> Iterator[FakeLrs]:
    with FakeLrs() as server:
        yield server


class Lab:
    """One machine with a classroom whose outbox also keeps results for the LRS."""

    def __init__(self, root: Path, library: Library, sender: Sender, url: str) -> None:
        (root / "results").mkdir()
        path = root / "week3.preset.yaml"
        path.write_text(PRESET.format(url=url), encoding="utf-8")
        self.preset = load_preset(path, library).require()
        self.clock = FakeClock()
        self.store = Store.open(paths.resolve(data_dir=root / "lab-1"), self.clock)
        outbox = Outbox(self.store.paths.data_dir, forwarders=(sender,))
        self.room = Classroom(self.preset, library, self.store, self.clock, outbox=outbox)
        self.results = root / "results"

    def sit(self, name: str, answers: int | None = None) -> AttemptResult:
        sitting = self.room.begin(name)
        rng = random.Random(name)
        given = 0
        while sitting.session.state in (State.ASKING, State.FEEDBACK) and given != answers:
            if sitting.session.state is State.FEEDBACK:
                sitting.next()
                continue
            self.clock.advance(rng.uniform(3, 30))
            sitting.submit(expected_response(sitting.session.current.question))
            given += 1
        if not sitting.finished:
            sitting.leave()
        assert sitting.result is not None
        return sitting.result


@pytest.fixture
def lab_parts(tmp_path: Path, library: Library, lrs: FakeLrs) -> Iterator[tuple[Lab, Sender]]:
    client = Client(Endpoint(lrs.url, KEY, SECRET), wait=lambda s: None, retries=1)
    sender = Sender(LrsOutbox(tmp_path / "lab-1"), lambda: (client, PROFILE))
    lab = Lab(tmp_path, library, sender, lrs.url)
    yield lab, sender
    sender.stop()
    lab.store.close()


def expected(results: list[AttemptResult], library: Library) -> dict[str, dict[str, object]]:
    lookup = questions_in(library.banks)
    return {s["id"]: s for r in results for s in attempt_statements(r, PROFILE, lookup)}


def test_every_attempt_reaches_the_lrs_and_leaves_the_lrs_outbox(
    lab_parts: tuple[Lab, Sender], lrs: FakeLrs, library: Library
) -> None:
    """Three learners: the LRS has exactly their statements; the waiting files moved aside."""
    lab, sender = lab_parts
    results = [lab.sit(n) for n in ("Ana", "Ben", "Cai")]
    assert sender.outbox.count() == 3
    outcome = sender.send_now()
    assert outcome.problem is None and outcome.tally.attempts == 3
    assert lrs.statements == expected(results, library)
    assert sender.outbox.count() == 0 and len(result_files(sender.outbox.sent_folder)) == 3


def test_an_lrs_that_is_down_loses_nothing_and_the_results_folder_still_gets_everything(
    tmp_path: Path, library: Library
) -> None:
    """Nobody listens: results still reach the folder, the LRS outbox keeps them with the
    reason for the teacher, and once the LRS is up they all go - once each."""
    with FakeLrs() as gone:
        url = gone.url
    down = Client(Endpoint(url, KEY, SECRET), wait=lambda s: None, retries=1)
    connection = [down]
    sender = Sender(LrsOutbox(tmp_path / "lab-1"), lambda: (connection[0], PROFILE))
    lab = Lab(tmp_path, library, sender, url)
    try:
        results = [lab.sit(n) for n in ("Ana", "Ben")]
        assert len(result_files(lab.results)) == 2
        outcome = sender.send_now()
        assert (
            outcome.waiting == 2
            and outcome.problem
            and "cannot be reached" in notice(outcome.problem)
        )
        delivery = lab.room.deliver_pending()
        assert any("cannot be reached" in notice(p) for p in delivery.problems)
        with FakeLrs() as lrs:
            connection[0] = Client(Endpoint(lrs.url, KEY, SECRET), wait=lambda s: None)
            sender._client = None  # the machine's next round connects afresh
            sender.send_now()
            assert lrs.statements == expected(results, library)
            assert set(lrs.writes.values()) == {1}
            assert sender.send_now().tally.statements == 0  # nothing left to send
    finally:
        sender.stop()
        down.close()
        connection[0].close()
        lab.store.close()


def test_a_refused_key_keeps_the_statements_and_tells_the_teacher(
    lab_parts: tuple[Lab, Sender], lrs: FakeLrs
) -> None:
    """A 401: nothing moves aside, the classroom's delivery names the key, nothing is lost."""
    lab, sender = lab_parts
    lab.sit("Ana")
    lrs.faults[:] = ["401"]
    outcome = sender.send_now()
    assert outcome.refused and outcome.waiting == 1
    assert any("QUIZAPP_LRS_KEY" in notice(p) for p in lab.room.deliver_pending().problems)
    assert sender.send_now().problem is None and sender.outbox.count() == 0


def test_the_finished_attempt_replaces_its_interrupted_snapshot_before_sending(
    lab_parts: tuple[Lab, Sender], lrs: FakeLrs
) -> None:
    """An attempt kept as interrupted, then finished: only the finished one is sent."""
    lab, sender = lab_parts
    result = lab.sit("Ana")
    snapshot = read_result(next(sender.outbox.folder.glob("*.result.json")))
    interrupted = AttemptResult(**{**_fields(snapshot), "interrupted": True})
    sender.keep(interrupted)
    sender.keep(result)
    sender.send_now()
    verbs = {s["verb"]["id"] for s in lrs.statements.values()}
    assert TERMINATED not in verbs and len(lrs.statements) == 6 + 2


def test_the_quiz_never_waits_for_a_slow_lrs(
    tmp_path: Path, library: Library, lrs: FakeLrs
) -> None:
    """The LRS holds every request: with the sender running in the background, learners sit
    and finish and their results reach the folder; when the LRS answers, all arrive."""
    lrs.faults[:] = ["held"] * 3
    settings = LrsSettings(lrs.url, "https://school.example", pass_mark=0.5)
    environ = {"QUIZAPP_LRS_KEY": KEY, "QUIZAPP_LRS_SECRET": SECRET}
    sender = sender_for(settings, tmp_path / "lab-1", library.banks, environ)
    lab = Lab(tmp_path, library, sender, lrs.url)
    sender.start()
    try:
        results = [lab.sit(n) for n in ("Ana", "Ben", "Cai", "Dee")]
        assert len(result_files(lab.results)) == 4
        assert lrs.statements == {}  # the LRS has not answered anything yet
        lrs.release.set()
        assert lrs.wait_for(len(expected(results, library)))
        assert lrs.statements == expected(results, library)
    finally:
        sender.stop()
        lab.store.close()


def test_closing_the_classroom_never_waits_for_a_request_the_lrs_holds(
    tmp_path: Path, library: Library, lrs: FakeLrs
) -> None:
    """The LRS holds the request: closing the classroom's outbox (what its window does on
    close) returns while the request is still open; once the LRS answers, the sender's thread
    ends by itself and nothing is lost."""
    lrs.faults[:] = ["held"]
    settings = LrsSettings(lrs.url, "https://school.example", pass_mark=0.5)
    environ = {"QUIZAPP_LRS_KEY": KEY, "QUIZAPP_LRS_SECRET": SECRET}
    sender = sender_for(settings, tmp_path / "lab-1", library.banks, environ)
    lab = Lab(tmp_path, library, sender, lrs.url)
    sender.start()
    thread = sender._thread
    assert thread is not None
    try:
        result = lab.sit("Ana")
        assert lrs.arrived.wait(30)
        began = time.monotonic()
        lab.room.outbox.close()
        # it used to wait up to 5 s for the thread; setting two events takes microseconds
        assert time.monotonic() - began < 2.5
        assert thread.is_alive()  # closed while the LRS still holds the request
        lrs.release.set()
        thread.join(30)
        assert not thread.is_alive()
        delivered = lrs.statements == expected([result], library)
        assert delivered or sender.outbox.count() == 1
    finally:
        sender.stop()
        lab.store.close()


def test_missing_credentials_keep_results_and_say_which_variables_to_set(
    tmp_path: Path, library: Library, lrs: FakeLrs
) -> None:
    """A preset with an endpoint but no key anywhere: kept, and the message names the
    environment variables."""
    settings = LrsSettings(lrs.url, "https://school.example")
    sender = sender_for(settings, tmp_path / "lab-1", library.banks, environ={})
    lab = Lab(tmp_path, library, sender, lrs.url)
    try:
        lab.sit("Ana")
        outcome = sender.send_now()
        assert (
            outcome.waiting == 1
            and outcome.problem
            and "QUIZAPP_LRS_SECRET" in notice(outcome.problem)
        )
    finally:
        lab.store.close()


def test_no_file_quizapp_writes_holds_the_key_or_secret(
    tmp_path: Path, library: Library, lrs: FakeLrs
) -> None:
    """Credentials given in the preset reach neither results files, nor the outboxes, nor the
    preset's repr."""
    preset_text = PRESET.format(url=lrs.url) + f"  key: {KEY}\n  secret: {SECRET}\n"
    (tmp_path / "week3.preset.yaml").write_text(preset_text, encoding="utf-8")
    preset = load_preset(tmp_path / "week3.preset.yaml", library).require()
    assert preset.lrs is not None and preset.lrs.secret == SECRET
    assert SECRET not in repr(preset) and KEY not in repr(preset)
    sender = sender_for(preset.lrs, tmp_path / "lab-1", library.banks, environ={})
    (tmp_path / "results").mkdir()
    clock = FakeClock()
    store = Store.open(paths.resolve(data_dir=tmp_path / "lab-1"), clock)
    try:
        outbox = Outbox(store.paths.data_dir, forwarders=(sender,))
        sitting = Classroom(preset, library, store, clock, outbox=outbox).begin("Ana")
        while sitting.session.state in (State.ASKING, State.FEEDBACK):
            if sitting.session.state is State.FEEDBACK:
                sitting.next()
                continue
            sitting.submit(expected_response(sitting.session.current.question))
        assert sender.send_now().problem is None and len(lrs.statements) == 8
    finally:
        sender.stop()
        store.close()
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(".yaml")]
    assert any(p.name.endswith(".result.json") for p in written)
    for path in written:
        data = path.read_bytes()
        assert SECRET.encode() not in data and KEY.encode() not in data, path


def _fields(result: AttemptResult) -> dict[str, object]:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}


def test_preset_lrs_section_is_checked_with_located_errors(tmp_path: Path) -> None:
    """Every mistake in `lrs:` is an error at its line with a plain fix."""
    from quizapp.classroom import check_preset_text

    text = textwrap.dedent(
        """\
        title: Week 3
        banks: [b]
        results: results
        lrs:
          endpoint: lrs.school.example
          home_page: https://me:pw@school.example
          learners: pseudonym
          pass_mark: 160
          key: k
          colour: red
        """
    )
    problems = check_preset_text(text, "w.preset.yaml").problems
    shown = "\n".join(p.format() for p in problems)
    assert "w.preset.yaml:5:13: error: `endpoint` must be a web address" in shown
    assert "w.preset.yaml:6:14: error: `home_page` must not hold a user name or password" in shown
    assert "w.preset.yaml:7:13: error: `learners` must be names or pseudonyms" in shown
    assert "did you mean 'pseudonyms'" in shown
    assert "w.preset.yaml:8:14: error: `pass_mark` is a percentage" in shown
    assert "w.preset.yaml:9:3: error: `lrs` has a key but no secret" in shown
    assert "w.preset.yaml:10:3: error:" in shown and "colour" in shown
