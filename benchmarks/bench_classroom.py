"""The class report: merging and analysing 1,000 results files (20 questions each), against
only reading them with `json.load`. The report also verifies each file's checksum, checks its
fields and computes every statistic and the HTML page."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import Result, median_seconds

from quizapp.classroom import class_report, write_result
from quizapp.classroom.html import render_html
from quizapp.classroom.results import AttemptResult, BankInfo, ItemResult, PresetInfo

ATTEMPTS = 1000
QUESTIONS = 20


def write_results_folder(folder: Path) -> list[Path]:
    """`ATTEMPTS` finished attempts of `QUESTIONS` answers each, as results files."""
    folder.mkdir()
    rng = random.Random(1)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    preset = PresetInfo("week3", "Week 3 review", "/t/week3.preset.yaml", "p")
    bank = BankInfo("b", "Bank", "/t/b.yaml", "h")
    for n in range(ATTEMPTS):
        skill = rng.random()
        items = tuple(
            ItemResult(
                bank_id="b",
                question_id=f"q{i}",
                prompt=f"Question {i} " * 8,
                question_type="single",
                bank_file="/t/b.yaml",
                line=10 * i,
                points_possible=1.0,
                answered=True,
                response="x",
                response_text="x",
                score=float(rng.random() < skill),
                points_earned=0.0,
                correct=False,
                time_ms=rng.randint(1000, 60000),
            )
            for i in range(QUESTIONS)
        )
        items = tuple(replace(i, points_earned=i.score, correct=i.score == 1.0) for i in items)
        when = start + timedelta(minutes=n)
        write_result(
            folder,
            AttemptResult(
                attempt_id=f"{n:032x}",
                learner=f"Learner {n}",
                learner_key=f"learner {n}",
                machine=f"lab-{n % 20}",
                preset=preset,
                banks=(bank,),
                mode="exam",
                seed=n,
                started_at=when,
                ended_at=when + timedelta(minutes=10),
                finish_reason="completed",
                interrupted=False,
                extra_time=1.0,
                extra_time_applied=False,
                time_used_ms=600_000,
                items=items,
                written_at=when + timedelta(minutes=10),
            ),
        )
    return sorted(folder.iterdir())


def report_1000_attempts(scratch: Path) -> Result:
    folder = scratch / "results"
    files = write_results_folder(folder)

    def plain() -> None:
        for f in files:
            with f.open("rb") as stream:
                json.load(stream)

    def report() -> None:
        made = class_report(folder)
        assert len(made.merged.attempts) == ATTEMPTS
        render_html(made, datetime.now(UTC))

    return Result(value=median_seconds(report), unit="s", baseline=median_seconds(plain), goal=8.0)


BENCHMARKS = {"report_1000_attempts": report_1000_attempts}
