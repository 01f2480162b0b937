"""`quizapp lrs send RESULTS_DIR` and `quizapp lrs check` as a teacher runs them: counts of what
was sent and already there, credentials from options or environment variables, plain messages
(never a traceback, never the secret) when something is wrong."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quizapp.bank import Library
from quizapp.cli import main
from tests.lrs.conftest import sit_class
from tests.lrs.fakelrs import KEY, SECRET, FakeLrs
from tests.lrs.ralph_server import KEY as RALPH_KEY
from tests.lrs.ralph_server import SECRET as RALPH_SECRET
from tests.lrs.ralph_server import Ralph


@pytest.fixture
def lrs() -> Iterator[FakeLrs]:
    with FakeLrs() as server:
        yield server


def set_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUIZAPP_LRS_KEY", KEY)
    monkeypatch.setenv("QUIZAPP_LRS_SECRET", SECRET)


@pytest.fixture(autouse=True)
def no_lrs_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests' own environment decides; a developer's variables never leak in."""
    for name in ("ENDPOINT", "KEY", "SECRET", "HOME_PAGE", "PSEUDONYM_KEY"):
        monkeypatch.delenv(f"QUIZAPP_LRS_{name}", raising=False)


def test_send_twice_to_ralph_prints_what_was_sent_then_that_it_was_already_there(
    tmp_path: Path, library: Library, ralph: Ralph, capsys: pytest.CaptureFixture[str]
) -> None:
    """First run: 3 attempts, every statement stored; second run: all already there."""
    results = sit_class(tmp_path, library, 3, seed=21)
    total = sum(len(r.answers) + 1 for r in results)
    args = ["lrs", "send", str(tmp_path / "results"), "--endpoint", ralph.url]
    auth = ["--key", RALPH_KEY, "--secret", RALPH_SECRET]
    assert main([*args, *auth, "--home-page", "https://school.example"]) == 0
    assert (
        capsys.readouterr().out == f"3 attempts sent: {total} statements stored, 0 already there.\n"
    )
    assert main([*args, *auth, "--home-page", "https://school.example"]) == 0
    assert (
        capsys.readouterr().out == f"3 attempts sent: 0 statements stored, {total} already there.\n"
    )


def test_credentials_and_endpoint_from_environment_variables(
    tmp_path: Path,
    library: Library,
    lrs: FakeLrs,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With QUIZAPP_LRS_ENDPOINT/KEY/SECRET set, `lrs send DIR` needs no options; the
    school's home page defaults to the endpoint's origin."""
    sit_class(tmp_path, library, 2, seed=22)
    monkeypatch.setenv("QUIZAPP_LRS_ENDPOINT", lrs.url)
    set_credentials(monkeypatch)
    assert main(["lrs", "send", str(tmp_path / "results")]) == 0
    assert capsys.readouterr().out.startswith("2 attempts sent:")
    homes = {s["actor"]["account"]["homePage"] for s in lrs.statements.values()}
    assert homes == {lrs.url.split("/xAPI")[0]}


def test_the_preset_the_results_name_gives_pass_mark_and_pseudonyms(
    tmp_path: Path,
    library: Library,
    lrs: FakeLrs,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Results name their preset: its `lrs:` (pass mark, pseudonyms, home page) is used, so
    `lrs send` after the fact sends what live sending would have sent."""
    preset = f"""\
title: Week 3 review
banks: [azerbaijan-us-relations]
questions: 5
feedback: none
results: results
lrs:
  endpoint: {lrs.url}
  home_page: https://school.example
  learners: pseudonyms
  pass_mark: 50
"""
    sit_class(tmp_path, library, 2, seed=23, preset_text=preset)
    set_credentials(monkeypatch)
    assert main(["lrs", "send", str(tmp_path / "results")]) == 1
    assert "QUIZAPP_LRS_PSEUDONYM_KEY is not set" in capsys.readouterr().err
    assert lrs.statements == {}
    monkeypatch.setenv("QUIZAPP_LRS_PSEUDONYM_KEY", "school-secret")
    assert main(["lrs", "send", str(tmp_path / "results")]) == 0
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in lrs.statements.values()]
    assert verbs.count("completed") == 2 and verbs.count("passed") + verbs.count("failed") == 2
    names = {s["actor"]["account"]["name"] for s in lrs.statements.values()}
    assert all(n.startswith("p-") for n in names) and len(names) == 2


def test_an_lrs_that_is_down_is_a_plain_message_and_exit_1(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nobody listens: one line saying so and to run it again; no traceback."""
    sit_class(tmp_path, library, 1, seed=24)
    with FakeLrs() as gone:
        url = gone.url
    args = ["lrs", "send", str(tmp_path / "results"), "--endpoint", url]
    code = main([*args, "--key", KEY, "--secret", SECRET])
    out, err = capsys.readouterr()
    assert code == 1 and out.startswith("0 attempts sent")
    assert "cannot be reached" in err and "again" in err and "Traceback" not in err


def test_check_says_whether_the_key_is_accepted_without_showing_it(
    lrs: FakeLrs, capsys: pytest.CaptureFixture[str]
) -> None:
    """Right key: accepted (exit 0). Wrong secret: refused (exit 1), the secret never printed."""
    assert main(["lrs", "check", "--endpoint", lrs.url, "--key", KEY, "--secret", SECRET]) == 0
    assert "accepts this key" in capsys.readouterr().out
    wrong = "Wr0ng-s3cret"
    assert main(["lrs", "check", "--endpoint", lrs.url, "--key", KEY, "--secret", wrong]) == 1
    out, err = capsys.readouterr()
    assert "refused the key and secret (401)" in err
    assert wrong not in out + err and KEY not in out + err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["lrs", "check"], "No LRS is named"),
        (["lrs", "check", "--endpoint", "https://lrs.example/xAPI/"], "QUIZAPP_LRS_KEY"),
        (["lrs", "check", "--endpoint", "https://lrs.example/", "--key", "k"], "together"),
        (
            [
                "lrs",
                "check",
                "--endpoint",
                "https://k:s@lrs.example/",
                "--key",
                "k",
                "--secret",
                "s",
            ],
            "never in the address",
        ),
        (["lrs", "send", "no-such-folder", "--endpoint", "https://lrs.example/"], "does not exist"),
    ],
)
def test_mistakes_are_one_plain_line(
    args: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Missing endpoint or credentials, credentials in the address, a missing folder."""
    monkeypatch.chdir(tmp_path)
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith("quizapp lrs: ") and message in err and "Traceback" not in err
