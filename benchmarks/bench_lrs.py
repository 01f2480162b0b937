"""Sending to an LRS: 1,000 results files (20 answers each) pushed with `quizapp lrs send`'s
code - read and verify each file, build its 21 xAPI statements, batch, POST - against posting
the same statements, already built, with a plain `http.client` loop. Both go to a fresh local
LRS (the test suite's fake LRS: stores by id, answers like a conformant LRS) each run."""

from __future__ import annotations

import http.client
import json
from pathlib import Path
from urllib.parse import urlsplit

from bench_classroom import ATTEMPTS, write_results_folder
from common import Result, median_seconds

from quizapp.classroom.results import read_result, result_files
from quizapp.lrs.client import Client, Endpoint
from quizapp.lrs.send import BankFiles, batches, send_folder, statements_of
from quizapp.lrs.statements import Profile
from tests.lrs.fakelrs import KEY, SECRET, FakeLrs

PROFILE = Profile("https://school.example", pass_mark=0.6)


def lrs_send_1000_attempts(scratch: Path) -> Result:
    folder = scratch / "results"
    write_results_folder(folder)
    banks = BankFiles()
    prepared = [
        (p.name, statements_of(read_result(p), PROFILE, banks)) for p in result_files(folder)
    ]
    same_batches = [batch for _, batch in batches(prepared)]
    total = sum(len(b) for b in same_batches)

    def ours() -> None:
        with FakeLrs() as lrs, Client(Endpoint(lrs.url, KEY, SECRET)) as client:
            tally = send_folder(folder, client, PROFILE)
            assert tally.attempts == ATTEMPTS and tally.sent == total, tally

    def plain() -> None:
        with FakeLrs() as lrs:
            url = urlsplit(lrs.url)
            connection = http.client.HTTPConnection(url.hostname or "", url.port)
            headers = {
                "Authorization": Endpoint(lrs.url, KEY, SECRET).authorization,
                "X-Experience-API-Version": "1.0.3",
                "Content-Type": "application/json",
            }
            for batch in same_batches:
                connection.request("POST", url.path + "statements", json.dumps(batch), headers)
                response = connection.getresponse()
                response.read()
                assert response.status == 200
            connection.close()
            assert len(lrs.statements) == total

    return Result(
        value=median_seconds(ours, repeat=3),
        unit="s",
        baseline=median_seconds(plain, repeat=3),
        goal=1.5,
    )


BENCHMARKS = {"lrs_send_1000_attempts": lrs_send_1000_attempts}
