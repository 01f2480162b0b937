"""Step 6, progress: charts (QtCharts) of scores over time, accuracy per tag, weakest questions
and questions due, and the attempt history, where any attempt opens in review.

Statistics are read off the GUI thread (`ui.reads.progress_report`, its own SQLite connection);
the page shows a busy bar meanwhile. QtCharts is imported here only, when the page is first built.
"""

from __future__ import annotations

import re

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QProgressBar,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.app.context import AppContext
from quizapp.app.reads import ProgressReport
from quizapp.ui.pages.common import Page, button, button_row
from quizapp.ui.text import (
    chart_text,
    clock_text,
    end_words,
    keys,
    mode_words,
    percent,
    plural,
    when,
)
from quizapp.ui.theme import colour, current

_ID = Qt.ItemDataRole.UserRole


def _short(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


class ProgressPage(Page):
    open_attempt = Signal(int)
    back = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(self.tr("Progress"))
        self.ctx = ctx
        self.report: ProgressReport | None = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Reading your progress"))
        self.body.addWidget(self.busy)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Progress views"))
        self.tabs.setAccessibleDescription(
            self.tr("Charts, and the history of attempts; Ctrl+Tab switches")
        )
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 8, 0, 0)
        self.scores = self._view(
            self.tr("Scores over time"), self.tr("Your score in each finished quiz")
        )
        self.tags = self._view(
            self.tr("Accuracy per tag"), self.tr("Share of right answers per tag")
        )
        self.weakest = self._view(
            self.tr("Weakest questions"), self.tr("Questions you miss most often")
        )
        self.due = self._view(
            self.tr("Questions due"), self.tr("Questions due for review, per bank")
        )
        grid.addWidget(self.scores, 0, 0)
        grid.addWidget(self.tags, 0, 1)
        grid.addWidget(self.weakest, 1, 0)
        grid.addWidget(self.due, 1, 1)
        self.tabs.addTab(charts, self.tr("&Charts"))
        history = QWidget()
        h = QVBoxLayout(history)
        self.history = QTreeWidget()
        self.history.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Mode"),
                self.tr("Banks"),
                self.tr("Score"),
                self.tr("Answers"),
                self.tr("Time"),
                self.tr("End"),
            ]
        )
        self.history.setRootIsDecorated(False)
        self.history.setAlternatingRowColors(True)
        self.history.setAccessibleName(self.tr("Attempt history"))
        self.history.setAccessibleDescription(
            self.tr("Every quiz, newest first; Enter opens it in review")
        )
        self.history.itemActivated.connect(lambda *_: self._open())
        self.review = button(
            self.tr("Open in review ({key})").format(key=keys("Enter")),
            self.tr("Review the selected attempt question by question"),
            name=self.tr("Open in review"),
        )
        self.review.clicked.connect(self._open)
        h.addWidget(self.history, 1)
        h.addLayout(button_row(self.review))
        self.tabs.addTab(history, self.tr("&History"))
        self.body.addWidget(self.tabs, 1)

    def _view(self, title: str, description: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(220)
        view.setAccessibleName(title)
        view.setAccessibleDescription(description)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return view

    def set_loading(self) -> None:
        self.busy.show()
        self.set_title(self.tr("Progress"), self.tr("Reading your progress…"))

    def show_report(self, report: ProgressReport) -> None:
        self.report = report
        self.busy.hide()
        stats = report.stats
        name = self.ctx.learner.name if self.ctx.learner else ""
        if stats is None or not stats.answers:
            self.set_title(
                self.tr("Progress: {name}").format(name=name),
                self.tr("No answers yet. Finish a quiz to see your progress here."),
            )
        else:
            st = stats.streaks
            self.set_title(
                self.tr("Progress: {name}").format(name=name),
                self.tr(
                    "{answers}, {accuracy} right · {days} in a row (best {longest_days}) · "
                    "{due_now} due for review now"
                ).format(
                    answers=plural(stats.answers, "answer"),
                    accuracy=percent(stats.accuracy),
                    days=plural(st.current_days, "day"),
                    longest_days=st.longest_days,
                    due_now=stats.due_now,
                ),
            )
        self._draw_scores(report)
        self._draw_tags(report)
        self._draw_weakest(report)
        self._draw_due(report)
        self._draw_history(report)

    # -- charts --------------------------------------------------------------------------------

    def _reset(self, view: QChartView) -> QChart:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        dark = current().dark
        chart.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        chart.setBackgroundBrush(self.palette().base())
        chart.setTitleBrush(self.palette().text())
        title = QFont(self.font())  # charts are not styled by the window's style sheet
        title.setBold(True)
        chart.setTitleFont(title)
        chart.legend().hide()
        chart.setLocale(QLocale())  # month names and times in the learner's language
        return chart

    def _axis_colours(self, *axes: QValueAxis | QBarCategoryAxis | QDateTimeAxis) -> None:
        for axis in axes:
            axis.setLabelsBrush(self.palette().text())
            axis.setLabelsFont(self.font())
            axis.setGridLineColor(self.palette().alternateBase().color())

    def _draw_scores(self, report: ProgressReport) -> None:
        chart = self._reset(self.scores)
        points = [a for a in (report.stats.attempts if report.stats else ()) if a.score is not None]
        series = QLineSeries()
        series.setPointsVisible(True)
        series.setColor(colour("accent"))
        for a in points:
            series.append(QDateTime(a.started_at).toMSecsSinceEpoch(), (a.score or 0) * 100)
        chart.addSeries(series)
        x = QDateTimeAxis()
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(6)
        y.setLabelFormat("%d%%")
        if points:
            first = QDateTime(points[0].started_at)
            last = QDateTime(points[-1].started_at)
            days = {a.started_at.astimezone().date() for a in points}
            one_day, ticks, pad = _time_axis(first.secsTo(last), days)
            x.setFormat(time_format(QLocale()) if one_day else day_format(QLocale()))
            x.setTickCount(ticks)
            x.setRange(first.addSecs(-pad), last.addSecs(pad))
            if one_day:  # say which, once
                day = points[0].started_at.astimezone()
                x.setTitleText(
                    QLocale().toString(
                        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
                    )
                )
                x.setTitleBrush(self.palette().text())
                x.setTitleFont(self.font())
        else:
            x.setFormat(day_format(QLocale()))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self._axis_colours(x, y)
        self.scores.setAccessibleDescription(
            self.tr("Scores: {scores}").format(
                scores=", ".join(percent(a.score) for a in points[-10:])
            )
            if points
            else self.tr("No finished quizzes yet")
        )

    def _bars(
        self,
        view: QChartView,
        labels: list[str],
        values: list[float],
        top: float,
        fmt: str,
        horizontal: bool = True,
    ) -> None:
        chart = self._reset(view)
        bars = QBarSet("")
        bars.setColor(colour("accent"))
        bars.setLabelColor(self.palette().text().color())
        bars.setLabelFont(self.font())
        for v in values:
            bars.append(v)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat(fmt)
        chart.addSeries(series)
        cats = QBarCategoryAxis()
        cats.append([chart_text(label) for label in labels] or [""])
        value = QValueAxis()
        if fmt == "@value":  # counts: whole numbers, evenly spaced
            step = _count_step(top)
            top = step * max(1, -(-int(top) // step))
            value.setTickCount(int(top) // step + 1)
        else:
            value.setTickCount(6)
        value.setRange(0, top)
        value.setLabelFormat("%d")
        chart.addAxis(
            cats, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom
        )
        chart.addAxis(
            value, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
        )
        series.attachAxis(cats)
        series.attachAxis(value)
        self._axis_colours(cats, value)
        view.setAccessibleDescription(
            "; ".join(f"{label}: {v:g}" for label, v in zip(labels, values, strict=True))
            or self.tr("Nothing yet")
        )

    def _draw_tags(self, report: ProgressReport) -> None:
        tags = sorted(report.stats.per_tag if report.stats else (), key=lambda t: -t.answers)[:8]
        tags.reverse()
        self._bars(
            self.tags,
            [_short(t.title, 22) for t in tags],
            [round(t.accuracy * 100) for t in tags],
            100,
            "@value%",
        )

    def _draw_weakest(self, report: ProgressReport) -> None:
        """The questions missed most, each bar the share of its answers that were wrong (a
        right-answer bar would be empty for exactly the questions shown)."""
        weak = [w for w in (report.stats.weakest if report.stats else ()) if w.answers][:6]
        weak.reverse()
        self._bars(
            self.weakest,
            [_short(w.prompt or w.question_id) for w in weak],
            [round(100 * (w.answers - w.correct) / w.answers) for w in weak],
            100,
            self.tr("@value% missed", "a bar's label; @value is the number"),
        )

    def _draw_due(self, report: ProgressReport) -> None:
        due = sorted(report.due_per_bank.items(), key=lambda kv: kv[1])[-6:]
        titles = []
        for bank_id, _ in due:
            bank = self.ctx.bank(bank_id)
            titles.append(_short(bank.title if bank else bank_id, 26))
        top = max([n for _, n in due] + [1])
        self._bars(self.due, titles, [n for _, n in due], top, "@value")

    def _draw_history(self, report: ProgressReport) -> None:
        self.history.clear()
        for a in report.attempts:
            started = when(a.started_at)
            took = "—" if a.time_used_ms is None else clock_text(a.time_used_ms / 1000)
            item = QTreeWidgetItem(
                [
                    started,
                    mode_words(a.mode.value),
                    ", ".join(b.title for b in a.banks),
                    percent(a.score),
                    str(a.answer_count),
                    took,
                    end_words(a.end_reason),
                ]
            )
            item.setData(0, _ID, a.id)
            self.history.addTopLevelItem(item)
        for col in range(7):
            self.history.resizeColumnToContents(col)
        if self.history.topLevelItemCount():
            self.history.setCurrentItem(self.history.topLevelItem(0))
        self.review.setEnabled(self.history.topLevelItemCount() > 0)

    def _open(self) -> None:
        item = self.history.currentItem()
        if item is not None:
            self.open_attempt.emit(int(item.data(0, _ID)))

    def on_show(self) -> None:
        self.tabs.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size or palette redraws the charts, which keep their own fonts."""
        super().changeEvent(event)
        kinds = (QEvent.Type.FontChange, QEvent.Type.PaletteChange)
        if event.type() in kinds and self.report is not None:
            self.show_report(self.report)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.back.emit()
        else:
            super().keyPressEvent(event)


def _time_axis(span_s: int, days: set[object]) -> tuple[bool, int, int]:
    """Whether a time axis is labelled with times (all on one day) rather than days (never the
    same date twice), its tick count and its padding (seconds)."""
    if len(days) <= 1:
        return True, 4, max(600, span_s // 8)
    return False, min(5, len(days)), max(3600, span_s // 20)


def day_format(locale: QLocale) -> str:
    """A day and its month's short name, in `locale`'s order and words, without the weekday
    or the year: `MMM d` (US English), `d. MMM` (German), `d 'de' MMM` (Spanish)."""
    text = locale.dateFormat(QLocale.FormatType.LongFormat)
    text = re.sub(r"d{4}[\W\s]*", "", text)  # the weekday and what follows it
    # the year, with the words leading to it ("'de' yyyy") or following it ("yyyy 'г'.", "yyyy年")
    text = re.sub(r"[\s,،]*(?:'[^']*'\s*)?y+(?:\s*'[^']*'\.?|[^dMHhmsAap'\s])?", "", text)
    return text.replace("MMMM", "MMM").strip(" ,،") or "d MMM"


def time_format(locale: QLocale) -> str:
    """Hours and minutes as `locale` writes them (`h:mm AP` in US English, `HH:mm` in German)."""
    return locale.timeFormat(QLocale.FormatType.ShortFormat)


def _count_step(top: float) -> int:
    """A whole step for a count axis up to `top`, giving at most about six ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if top / step <= 6:
            return step
    return int(top // 5) or 1
