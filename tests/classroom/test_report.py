"""The class report: merging (duplicates once, unreadable files listed), the item statistics
against a hand-computed example, the HTML (escaped, self-contained), the CSV, and the command."""

from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from quizapp.classroom import Flag, build_report, class_report, merge_results, write_result
from quizapp.classroom.csvreport import render_csv
from quizapp.classroom.html import render_html
from quizapp.classroom.report import distribution, pearson
from tests.classroom.helpers import attempt, item, scored, write_class_folder

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@pytest.fixture
def class_folder(results_dir: Path) -> Path:
    """Four finished attempts (the hand-computed example), an interrupted one, two copies, and
    an unreadable file.

                q1  q2  q3  q4  q5   total
        Ana A    1   1   0   1   0    3
        Bob B    1   0   0   1   0    2
        Cem C    1   1   1   1   0    4
        Dana D   0   0   1   1   0    2
        Ana E    0   -   -   -   -    interrupted: counted for Ana, not in the item numbers
    """
    return write_class_folder(results_dir)


def test_every_attempt_counts_once_and_bad_files_are_listed(class_folder: Path) -> None:
    """Seven readable files hold five attempts: two copies are ignored; the cut-short file is
    listed with its reason; the finished copy of Cem's attempt beats its interrupted snapshot."""
    merged = merge_results(class_folder)
    assert merged.files == 8
    assert len(merged.attempts) == 5
    assert merged.duplicates == 2
    assert [(Path(u.path).name, u.reason[:30]) for u in merged.unreadable] == [
        ("cut-short.result.json", "the file is not valid JSON (it")
    ]
    cem = next(a for a in merged.attempts if a.learner == "Cem")
    assert not cem.interrupted and len(cem.answers) == 5


def test_facility_and_discrimination_match_the_hand_computed_example(class_folder: Path) -> None:
    """The numbers of the example in `class_folder`, worked by hand:

    Facility = mean score: q1 3/4 = 0.75, q2 2/4 = 0.5, q3 2/4 = 0.5, q4 1.0, q5 0.0.

    Discrimination = correlation of x (the question's points) with r (total minus x):
      q1: x = 1 1 1 0, r = 2 1 3 2; means 0.75, 2.0; dx = .25 .25 .25 -.75, dr = 0 -1 1 0
          Sxr = 0 - .25 + .25 + 0 = 0                         -> 0.0
      q2: x = 1 0 1 0, r = 2 2 3 2; means 0.5, 2.25; dx = ±.5, dr = -.25 -.25 .75 -.25
          Sxr = -.125 + .125 + .375 + .125 = .5; Sxx = 1; Srr = .75
          -> .5 / sqrt(.75) = 0.57735
      q3: x = 0 0 1 1, r = 3 2 3 1; means 0.5, 2.25; dx = -.5 -.5 .5 .5,
          dr = .75 -.25 .75 -1.25; Sxr = -.375 + .125 + .375 - .625 = -.5; Sxx = 1;
          Srr = .5625 + .0625 + .5625 + 1.5625 = 2.75  -> -.5 / sqrt(2.75) = -0.30151
      q4 (everyone right) and q5 (everyone wrong) do not vary: undefined.
    Median time on q1: 10, 20, 30, 40 s -> 25 s.
    """
    report = class_report(class_folder)
    rows = {r.question_id: r for r in report.questions}
    assert [rows[q].facility for q in ("q1", "q2", "q3", "q4", "q5")] == [0.75, 0.5, 0.5, 1.0, 0.0]
    assert rows["q1"].discrimination == pytest.approx(0.0, abs=1e-12)
    assert rows["q2"].discrimination == pytest.approx(0.5 / math.sqrt(0.75))
    assert rows["q3"].discrimination == pytest.approx(-0.5 / math.sqrt(2.75))
    assert rows["q4"].discrimination is None and rows["q5"].discrimination is None
    assert rows["q1"].median_time_ms == 25_000 and rows["q1"].attempts == 4
    assert {q: rows[q].flags for q in rows} == {
        "q1": (),
        "q2": (),
        "q3": (Flag.NEGATIVE_DISCRIMINATION,),
        "q4": (Flag.TOO_EASY,),
        "q5": (Flag.TOO_HARD,),
    }
    assert (rows["q3"].bank_file, rows["q3"].line) == ("/teacher/b.yaml", 30)


def test_learner_rows_and_the_score_distribution(class_folder: Path) -> None:
    """Per learner: finished and interrupted counts, best and last score; scores 3/5, 2/5, 4/5,
    2/5 fall in the 60%, 40%, 80% and 40% bands."""
    report = class_report(class_folder)
    rows = {r.name: r for r in report.learners}
    assert (rows["Ana"].finished, rows["Ana"].interrupted, rows["Ana"].best_score) == (1, 1, 0.6)
    assert (rows["Bob"].last_score, rows["Bob"].last_time_ms) == (0.4, 600_000)
    assert report.distribution == (0, 0, 0, 0, 2, 0, 1, 0, 1, 0)
    assert (report.finished, report.interrupted) == (4, 1)
    assert report.mean_score == pytest.approx(0.55)


def test_pearson_and_bands_at_their_edges() -> None:
    """n < 2 and constant samples give no correlation; 100% lands in the top band."""
    assert pearson([1.0], [2.0]) is None
    assert pearson([1.0, 1.0, 1.0], [0.0, 1.0, 2.0]) is None
    assert pearson([0.0, 1.0], [0.0, 2.0]) == pytest.approx(1.0)
    assert distribution([0.0, 0.0999, 0.1, 0.95, 1.0]) == (2, 1, 0, 0, 0, 0, 0, 0, 0, 2)


def test_an_empty_folder_makes_an_empty_report(results_dir: Path) -> None:
    """No results yet: a report with zero everywhere, not an error."""
    report = class_report(results_dir)
    assert (report.finished, report.questions, report.mean_score) == (0, (), None)
    assert "No finished attempt yet." in render_html(report, NOW)


def test_untrusted_text_is_escaped_everywhere_in_the_html(results_dir: Path) -> None:
    """A learner named <script>alert(1)</script> and a prompt with markup appear as text: no
    tag of theirs reaches the page, and the page itself has no script and no outside asset."""
    evil = "<script>alert(1)</script>"
    result = attempt(
        evil,
        [
            replace(
                item("q1", 1.0),
                prompt='<img src=x onerror="alert(2)">',
                bank_file='/t/"><u class=evil>x.yaml',
            )
        ],
    )
    write_result(results_dir, result)
    page = render_html(class_report(results_dir), NOW)
    assert "<script" not in page.lower()
    assert "<img" not in page and "<u class=evil" not in page
    assert "&quot;&gt;&lt;u class=evil&gt;x.yaml" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in page
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert "<svg" in page


def test_question_rows_link_to_the_bank_file_and_line(class_folder: Path) -> None:
    """Each question links to its bank file (file://) and shows file:line."""
    page = render_html(class_report(class_folder), NOW)
    assert '<a href="file:///teacher/b.yaml" title="/teacher/b.yaml, line 30">' in page
    assert "b.yaml:30" in page


def test_the_csv_has_both_tables_and_defuses_formulas(results_dir: Path) -> None:
    """Learners then questions; a name starting with '=' cannot run as a formula."""
    write_result(results_dir, attempt('=HYPERLINK("http://x")', [item("q1", 0.5)]))
    rows = list(csv.reader(io.StringIO(render_csv(class_report(results_dir)).decode("utf-8-sig"))))
    assert rows[0] == ["Learners"] and rows[1][0] == "learner"
    assert rows[2][0] == '\'=HYPERLINK("http://x")' and rows[2][4] == "50.0"
    assert rows[3] == [] and rows[4] == ["Questions"]
    assert rows[6][:2] == ["b", "q1"] and rows[6][7] == "50.0"


def test_build_report_from_attempts_in_memory() -> None:
    """The GUI can get the same numbers from merged attempts without any file."""
    from quizapp.classroom import Merged

    merged = Merged("-", (scored("Ana", [1, 0], 0), scored("Bob", [0, 1], 1)), 2, 0, ())
    report = build_report(merged)
    assert [r.facility for r in report.questions] == [0.5, 0.5]
    assert [r.discrimination for r in report.questions] == [pytest.approx(-1.0)] * 2
