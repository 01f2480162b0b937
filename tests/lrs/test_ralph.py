"""A simulated class sent to a real LRS (Ralph, file-system backend): read back through the
xAPI `GET /statements` by registration, the statements say what each learner answered; sending
again stores nothing twice; Ralph refuses a wrong secret and `check` passes with the right one.

Ralph 5.1.0 on its file backend never matches `?verb=` or `?activity=` (`?registration=`
does), so verbs are compared on what each registration returns."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from pathlib import Path

import pytest

from quizapp.bank import Library
from quizapp.classroom import AttemptResult
from quizapp.lrs.client import Client, Endpoint
from quizapp.lrs.send import BankFiles, send_folder
from quizapp.lrs.statements import (
    ANSWERED,
    COMPLETED,
    FAILED,
    PASSED,
    TERMINATED,
    Profile,
    cmi_response,
)
from quizapp.words import notice
from tests.lrs.conftest import sit_class
from tests.lrs.ralph_server import KEY, SECRET, Ralph

PROFILE = Profile("https://school.example", pass_mark=0.6)


def stored_ids(ralph: Ralph) -> Counter[str]:
    """How many times each statement id is in Ralph's statements file."""
    lines = ralph.statements_file.read_text(encoding="utf-8").splitlines()
    return Counter(json.loads(line)["id"] for line in lines if line.strip())


def test_a_class_sent_to_ralph_reads_back_as_answered_and_again_changes_nothing(
    tmp_path: Path, library: Library, ralph: Ralph
) -> None:
    """Twelve learners (one left early): every answer and every attempt's ending is in the
    LRS under the attempt's registration, with the response, success and score given; a
    second send stores nothing and counts every statement as already there."""
    results = sit_class(tmp_path, library, 12, seed=11, leave_after={5: 7})
    with Client(Endpoint(ralph.url, KEY, SECRET)) as client:
        first = send_folder(tmp_path / "results", client, PROFILE)
        assert first.attempts == 12 and first.already == 0 and not first.unreadable
        for result in results:
            check_attempt(client, result)
        before = stored_ids(ralph)
        again = send_folder(tmp_path / "results", client, PROFILE)
    assert (again.attempts, again.sent, again.already) == (12, 0, first.sent)
    assert stored_ids(ralph) == before and set(before.values()) == {1}


def check_attempt(client: Client, result: AttemptResult) -> None:
    registration = str(uuid.UUID(result.attempt_id))
    got = client.statements(registration=registration, limit="25")  # pages through `more`
    answered = sorted((s for s in got if s["verb"]["id"] == ANSWERED), key=lambda s: s["timestamp"])
    assert len(answered) == len(result.answers)
    for statement, item in zip(answered, result.answers, strict=True):
        assert statement["object"]["id"].endswith(f"/questions/{item.question_id}")
        assert statement["result"]["success"] is item.correct
        assert float(statement["result"]["score"]["scaled"]) == pytest.approx(item.score, abs=1e-4)
        assert statement["result"].get("response") == cmi_response(
            item.question_type, item.response
        )
        assert statement["actor"]["account"]["name"] == result.learner_key
    endings = [s["verb"]["id"] for s in got if s["verb"]["id"] != ANSWERED]
    if result.interrupted:
        assert endings == [TERMINATED]
    else:
        assert sorted(endings) == sorted([COMPLETED, PASSED if result.score >= 0.6 else FAILED])


def test_ralph_refuses_a_wrong_secret_and_stores_nothing(
    tmp_path: Path, library: Library, ralph: Ralph
) -> None:
    """The LRS's own 401 stops the send with a plain reason; none of the class's statements are stored."""
    results = sit_class(tmp_path, library, 1, seed=12)
    with Client(Endpoint(ralph.url, KEY, "not-the-secret")) as wrong:
        tally = send_folder(tmp_path / "results", wrong, PROFILE)
    assert (
        tally.attempts == 0
        and tally.problem
        and "refused the key and secret (401)" in notice(tally.problem)
    )
    with Client(Endpoint(ralph.url, KEY, SECRET)) as client:
        assert client.statements(registration=str(uuid.UUID(results[0].attempt_id))) == []


def test_check_passes_against_ralph(ralph: Ralph) -> None:
    """`check` on a working endpoint with the right key says so."""
    with Client(Endpoint(ralph.url, KEY, SECRET)) as client:
        assert "accepts this key" in notice(client.check())


def test_statements_without_the_bank_at_hand_are_accepted_too(
    tmp_path: Path, library: Library, ralph: Ralph
) -> None:
    """`lrs send` on a machine without the bank files: no correct-response patterns, but the
    same ids, responses and scores, and Ralph takes them."""
    results = sit_class(tmp_path, library, 2, seed=13)
    lonely = BankFiles()
    lonely.lookup = lambda bank_id, question_id: None  # type: ignore[method-assign]
    with Client(Endpoint(ralph.url, KEY, SECRET)) as client:
        tally = send_folder(tmp_path / "results", client, PROFILE, lonely)
        assert tally.sent == sum(len(r.answers) + 2 for r in results)
        got = client.statements(registration=str(uuid.UUID(results[0].attempt_id)))
    assert all("correctResponsesPattern" not in s["object"]["definition"] for s in got)
