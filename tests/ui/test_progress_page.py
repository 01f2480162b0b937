"""The progress page: charts that say something, and a history in a learner's words."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QDateTimeAxis, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from pytestqt.qtbot import QtBot

from quizapp.bank import BankId
from quizapp.clock import FakeClock
from quizapp.quiz import QuizConfig, State
from quizapp.ui.pages.progress import day_format, time_format
from quizapp.ui.window import MainWindow
from tests.ui.helpers import answer_right


def ticks(axis: QValueAxis) -> list[float]:
    """The values a value axis labels (evenly spaced from min to max)."""
    n = axis.tickCount()
    return [axis.min() + i * (axis.max() - axis.min()) / (n - 1) for i in range(n)]


def date_labels(axis: QDateTimeAxis) -> list[str]:
    """The labels a date axis draws (its format at evenly spaced times)."""
    n = axis.tickCount()
    start, end = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    return [
        QDateTime.fromMSecsSinceEpoch(round(start + i * (end - start) / (n - 1))).toString(
            axis.format()
        )
        for i in range(n)
    ]


def test_charts_and_history_after_a_days_practice(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """Five quizzes on one day: the score axis does not repeat a date, the weakest questions
    show how often they were missed, counts are whole numbers, the history has no codes."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    config = QuizConfig(bank_ids=(BankId("every-type"),), count=3, shuffle_questions=False)
    for n in range(5):
        window.start_quiz(config)
        quiz = window.quiz
        if n == 4:
            quiz.end_quiz()  # ended early
        while quiz.session.state is not State.FINISHED:
            if quiz.session.state is State.ASKING:
                if n % 2:
                    answer_right(qtbot, quiz)
                quiz.submit(blank_ok=True)
            else:
                quiz.go_on()
        clock.advance(600)
    clock.advance(3600)
    window.go_progress()
    page = window.progress
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)

    (when,) = [a for a in page.scores.chart().axes() if isinstance(a, QDateTimeAxis)]
    labels = date_labels(when)
    assert len(set(labels)) == len(labels), labels
    assert when.format() == time_format(QLocale())  # one day: times, as the locale writes them
    assert page.scores.chart().locale() == QLocale()

    weakest = page.weakest.chart()
    (series,) = weakest.series()
    assert isinstance(series, QAbstractBarSeries) and series.isLabelsVisible()
    values = [series.barSets()[0].at(i) for i in range(series.barSets()[0].count())]
    assert values and all(v > 0 for v in values)

    for view in (page.due, page.weakest, page.tags):
        for axis in view.chart().axes():
            if isinstance(axis, QValueAxis):
                assert all(t == int(t) for t in ticks(axis)), ticks(axis)
    (count_axis,) = [a for a in page.due.chart().axes() if isinstance(a, QValueAxis)]
    steps = {round(b - a, 6) for a, b in itertools.pairwise(ticks(count_axis))}
    assert len(steps) == 1

    rows = [
        [page.history.topLevelItem(i).text(c) for c in range(7)]
        for i in range(page.history.topLevelItemCount())
    ]
    assert {r[1] for r in rows} == {"Practice"}
    assert [r[6] for r in rows].count("ended early") == 1
    assert not any("_" in cell or cell in ("abandoned", "completed") for r in rows for cell in r)


def test_history_time_is_the_results_pages_time_without_pauses(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """A quiz with a 10-minute pause: the history shows the time the results page showed, not
    the time from start to end (bug 10)."""
    window.choose_learner(window.ctx.store.create_learner("Ana"))
    config = QuizConfig(bank_ids=(BankId("every-type"),), count=2, shuffle_questions=False)
    window.start_quiz(config)
    quiz = window.quiz
    clock.advance(25)
    quiz.toggle_pause()
    clock.advance(600)
    quiz.toggle_pause()
    while quiz.session.state is not State.FINISHED:
        if quiz.session.state is State.ASKING:
            clock.advance(7)
            quiz.submit(blank_ok=True)
        else:
            quiz.go_on()
    summary = window.results.summary.text()
    assert "time 0:39" in summary, summary
    window.go_progress()
    page = window.progress
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.history.topLevelItem(0).text(5) == "0:39"


@pytest.mark.parametrize(
    ("name", "day", "time"),
    [
        ("de_DE", "3. Dez.", "14:05"),
        ("es_ES", "3 de dic", "14:05"),
        ("en_US", "Dec 3", "2:05\u202fPM"),
        ("en_GB", "3 Dec", "14:05"),
        ("ja_JP", "12月3日", "14:05"),
        ("ru_RU", "3 дек.", "14:05"),
    ],
)
def test_the_date_axis_writes_days_and_times_as_the_locale_does(
    name: str, day: str, time: str
) -> None:
    """A day on the score axis is the locale's day and short month, in its order, with no
    year or weekday; a time is the locale's short time (not `d MMM` / `HH:mm` for everyone)."""
    locale = QLocale(name)
    assert locale.toString(QDate(2026, 12, 3), day_format(locale)) == day
    assert (
        locale.toString(QDateTime(QDate(2026, 12, 3), QTime(14, 5)).time(), time_format(locale))
        == time
    )
