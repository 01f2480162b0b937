"""The LRS client against a local fake LRS with faults: headers and batches, resends counted as
already there, retries with backoff on a fake clock, timeouts, connections cut after the store
saved a batch, refused credentials - nothing lost, nothing stored twice, no secret shown."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.bank import Library
from quizapp.lrs.client import (
    Client,
    Endpoint,
    EndpointError,
    LrsRefused,
    LrsUnreachable,
    Posted,
)
from quizapp.lrs.statements import Profile, Statement, attempt_statements, questions_in
from quizapp.words import notice
from tests.lrs.conftest import sit_class
from tests.lrs.fakelrs import KEY, SECRET, FakeLrs

PROFILE = Profile("https://school.example")


@pytest.fixture(scope="module")
def statements(tmp_path_factory: pytest.TempPathFactory, library: Library) -> list[Statement]:
    """The statements of three learners who sat the whole bank (about 180)."""
    results = sit_class(tmp_path_factory.mktemp("class"), library, 3)
    lookup = questions_in(library.banks)
    return [s for r in results for s in attempt_statements(r, PROFILE, lookup)]


OPEN: list[Client] = []


@pytest.fixture
def lrs() -> Iterator[FakeLrs]:
    with FakeLrs() as server:
        yield server
    while OPEN:
        OPEN.pop().close()


def client(lrs: FakeLrs, waits: list[float] | None = None, **kw: float) -> Client:
    """A client of the fake LRS whose waits are recorded, not waited (closed after the test)."""
    recorded = waits if waits is not None else []
    made = Client(Endpoint(lrs.url, KEY, SECRET), wait=recorded.append, **kw)  # type: ignore[arg-type]
    OPEN.append(made)
    return made


def test_a_batch_is_stored_with_the_xapi_version_and_basic_auth(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """Every request names xAPI 1.0.3 and authenticates; the batch is stored as sent."""
    posted = client(lrs).post(statements[:100])
    assert posted == Posted(stored=100, already=0)
    assert list(lrs.statements.values()) == statements[:100]
    for _, _, headers in lrs.requests:
        assert headers["X-Experience-API-Version"] == "1.0.3"
        assert headers["Authorization"].startswith("Basic ")


def test_sending_again_stores_nothing_twice_and_counts_it_as_already_there(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """A resend, whole or overlapping, is delivered: the store keeps one copy of each."""
    c = client(lrs)
    assert c.post(statements[:60]) == Posted(60, 0)
    assert c.post(statements[:60]) == Posted(0, 60)
    assert c.post(statements[30:90]) == Posted(30, 30)
    assert set(lrs.writes.values()) == {1} and len(lrs.writes) == 90


def test_server_errors_are_retried_with_growing_waits_on_the_fake_clock(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """Two 500s, then the store answers: waited 1 s then 2 s (never really), stored once."""
    waits: list[float] = []
    lrs.faults[:] = ["500", "500"]
    assert client(lrs, waits).post(statements[:10]) == Posted(10, 0)
    assert waits == [1.0, 2.0]
    assert set(lrs.writes.values()) == {1}


def test_an_lrs_that_keeps_failing_gives_up_with_a_plain_message(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """After the retries, `LrsUnreachable` says the statements are kept; nothing was stored."""
    waits: list[float] = []
    lrs.faults[:] = ["500"] * 10
    with pytest.raises(LrsUnreachable) as caught:
        client(lrs, waits, retries=3).post(statements[:10])
    assert waits == [1.0, 2.0, 4.0]
    assert "answered 500" in notice(caught.value.notice) and "kept" in notice(caught.value.notice)
    assert lrs.statements == {}


def test_a_timeout_is_retried_and_the_batch_arrives_once(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """The first request never gets an answer: the client gives up on it and sends again."""
    lrs.faults[:] = ["hang"]
    assert client(lrs, timeout=0.3).post(statements[:20]) == Posted(20, 0)
    assert set(lrs.writes.values()) == {1} and len(lrs.writes) == 20


def test_a_connection_cut_after_the_store_saved_the_batch_stores_nothing_twice(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """The LRS saved the batch but the answer was lost: the resend finds it there."""
    lrs.faults[:] = ["cut"]
    c = client(lrs)
    assert c.post(statements[:40]) == Posted(0, 40)
    assert c.post(statements[40:80]) == Posted(40, 0)
    assert set(lrs.writes.values()) == {1} and len(lrs.writes) == 80


def test_a_connection_cut_before_the_store_saved_the_batch_loses_nothing(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """The connection breaks while the batch is on its way: it is sent again, stored once."""
    lrs.faults[:] = ["drop"]
    assert client(lrs).post(statements[:40]) == Posted(40, 0)
    assert set(lrs.writes.values()) == {1} and len(lrs.writes) == 40
    assert len(lrs.requests) == 2


def test_an_lrs_that_is_down_is_unreachable_not_a_crash(statements: list[Statement]) -> None:
    """Nobody listens on the port: `LrsUnreachable` after the retries."""
    with FakeLrs() as server:
        url = server.url
    waits: list[float] = []
    c = Client(Endpoint(url, KEY, SECRET), wait=waits.append, retries=2)
    with c, pytest.raises(LrsUnreachable, match="cannot be reached") as caught:
        c.post(statements[:5])
    assert waits == [1.0, 2.0]
    assert caught.value.notice.params["why"] == "refused"


def test_the_lrs_reasons_are_said_in_the_teachers_language(statements: list[Statement]) -> None:
    """The client reports a code; the words follow the language installed (German here), with
    the reason for no answer translated too."""
    from quizapp import words
    from quizapp.ui import i18n

    with FakeLrs() as server:
        url = server.url
    c = Client(Endpoint(url, KEY, SECRET), wait=lambda _s: None, retries=0)
    with c, pytest.raises(LrsUnreachable) as caught:
        c.post(statements[:1])
    words.install(i18n.terminal_translator("de"))
    assert notice(caught.value.notice) == (
        f"Der LRS unter {url} ist nicht erreichbar (Verbindung abgelehnt); die Statements "
        "bleiben erhalten und werden später gesendet."
    )


@pytest.mark.parametrize("status", ["401", "403"])
def test_refused_credentials_are_a_clear_message_without_retrying(
    lrs: FakeLrs, statements: list[Statement], status: str
) -> None:
    """401/403 is `LrsRefused` at once, naming where to fix the key - not a retry loop."""
    waits: list[float] = []
    lrs.faults[:] = [status]
    with pytest.raises(LrsRefused) as caught:
        client(lrs, waits).post(statements[:5])
    assert waits == [] and len(lrs.requests) == 1
    assert "QUIZAPP_LRS_KEY" in notice(caught.value.notice)
    assert SECRET not in notice(caught.value.notice)


def test_wrong_credentials_are_refused_by_the_store(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """A wrong secret: the store's 401 is `LrsRefused`, and nothing is stored."""
    with Client(Endpoint(lrs.url, KEY, "wrong")) as c, pytest.raises(LrsRefused):
        c.post(statements[:5])
    assert lrs.statements == {}


def test_a_differing_statement_under_the_same_id_counts_as_delivered(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """The store has one id in another form (409 for the batch): each statement is then PUT on
    its own; that one is already there, the others are stored."""
    changed = dict(statements[3], timestamp="2020-01-01T00:00:00+00:00")
    lrs.store([changed])
    assert client(lrs).post(statements[:10]) == Posted(stored=9, already=1)
    assert lrs.statements[statements[3]["id"]] == changed
    assert len(lrs.writes) == 10


def test_reading_statements_back_by_registration(lrs: FakeLrs, statements: list[Statement]) -> None:
    """`statements(registration=…)` returns what the store has of one attempt."""
    c = client(lrs)
    c.post(statements)
    registration = statements[0]["context"]["registration"]
    mine = [s for s in statements if s["context"]["registration"] == registration]
    assert c.statements(registration=registration) == mine


def test_credentials_never_appear_in_reprs_messages_or_tracebacks(
    lrs: FakeLrs, statements: list[Statement]
) -> None:
    """The endpoint's and client's reprs, and a refused request's traceback, hold no secret."""
    endpoint = Endpoint(lrs.url, KEY, SECRET)
    c = client(lrs)
    lrs.faults[:] = ["401"]
    try:
        c.post(statements[:2])
    except LrsRefused as exc:
        shown = "".join(traceback.format_exception(exc))
    text = repr(endpoint) + str(endpoint) + repr(c) + shown
    assert lrs.url in text
    assert SECRET not in text and KEY not in text
    assert endpoint.authorization.split()[1] not in text


@pytest.mark.parametrize(
    "url",
    ["ftp://lrs.example/xAPI/", "lrs.example/xAPI", "https://key:secret@lrs.example/xAPI/"],
)
def test_an_unusable_endpoint_address_is_refused_in_plain_words(url: str) -> None:
    """Not http(s), or credentials inside the address: `EndpointError`, secret not echoed."""
    with pytest.raises(EndpointError) as caught:
        Endpoint(url, KEY, SECRET)
    assert "secret@" not in notice(caught.value.notice)


def test_a_missing_key_or_secret_names_the_environment_variables(tmp_path: Path) -> None:
    """An endpoint without credentials says where to put them."""
    with pytest.raises(EndpointError, match="QUIZAPP_LRS_SECRET"):
        Endpoint("https://lrs.example/xAPI/", KEY, "")
