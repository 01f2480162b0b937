"""The class report as one self-contained HTML file: no external assets, no JavaScript.

Charts are inline SVG. Every text that came from a results file — learner names, prompts,
titles, paths — is untrusted and goes through `html.escape`, in text and in attributes alike.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path, PurePath

from quizapp.classroom import figures
from quizapp.classroom.report import (
    BINS,
    TOO_EASY_ABOVE,
    TOO_HARD_BELOW,
    ClassReport,
    LearnerRow,
    QuestionRow,
)
from quizapp.words import Context, date_time, decimal, flag, plural

HtmlReport = Context("HtmlReport")  # the report's words, for translators

_CSS = """
:root { color-scheme: light dark; --ink: #1b1f24; --muted: #5b6570; --line: #d5dae0;
  --bar: #3b6fb6; --flag: #b3261e; --ok: #2e7d32; --bg: #ffffff; --band: #f3f5f8; }
@media (prefers-color-scheme: dark) { :root { --ink: #e6e9ed; --muted: #a3acb6;
  --line: #39414b; --bar: #7aa7e8; --flag: #ff8a80; --ok: #81c784; --bg: #15191e;
  --band: #1d232a; } }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--ink); background: var(--bg);
  margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2.2rem; font-size: 1.2rem; }
.muted { color: var(--muted); } .flag { color: var(--flag); font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line);
  vertical-align: top; }
th { font-weight: 600; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr:nth-child(even) td { background: var(--band); }
.summary { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; margin: 1rem 0; }
.summary div b { display: block; font-size: 1.4rem; }
svg text { fill: var(--ink); font: 12px system-ui, sans-serif; }
svg .bar { fill: var(--bar); } svg .axis { stroke: var(--line); }
svg .limit { stroke: var(--flag); stroke-dasharray: 4 3; }
code { font-size: .9em; } a { color: var(--bar); }
"""


def e(text: object) -> str:
    """Escape for HTML text and attribute values alike."""
    return html.escape(str(text), quote=True)


def render_html(report: ClassReport, generated_at: datetime) -> str:
    one_bank = len({q.bank_id for q in report.questions}) <= 1
    titles = ", ".join(p.title for p in report.presets) or HtmlReport.tr("no results yet")
    language = HtmlReport.tr("en", "the language code of this translation, for the browser")
    title = e(HtmlReport.tr("Class report — {titles}").format(titles=titles))
    made = HtmlReport.tr("From {folder}, made {when}.").format(
        folder=f"<code>{e(report.merged.folder)}</code>",
        when=e(date_time(generated_at.astimezone())),
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{e(language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{title}</h1>",
        f'<p class="muted">{made}</p>',
        _conflicts(report),
        _summary(report),
        _problems(report),
        f"<h2>{e(HtmlReport.tr('Scores'))}</h2>",
        _histogram(report.distribution),
        f"<h2>{e(HtmlReport.tr('Questions to look at'))}</h2>",
        _flagged(report.flagged, one_bank),
        f"<h2>{e(HtmlReport.tr('Learners'))}</h2>",
        _learners(report.learners, several_presets=len(report.presets) > 1),
        f"<h2>{e(HtmlReport.tr('Questions'))}</h2>",
        _facility_chart(report.questions, one_bank),
        _questions(report.questions, one_bank),
        _glossary(),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _summary(report: ClassReport) -> str:
    m = report.merged
    cells = [
        (HtmlReport.tr("attempts"), str(len(m.attempts))),
        (HtmlReport.tr("finished"), str(report.finished)),
        (HtmlReport.tr("interrupted"), str(report.interrupted)),
        (HtmlReport.tr("learners"), str(len({(r.preset.id, r.key) for r in report.learners}))),
        (HtmlReport.tr("mean score"), figures.percent(report.mean_score)),
        (HtmlReport.tr("median score"), figures.percent(report.median_score)),
    ]
    body = "".join(f"<div><b>{e(v)}</b>{e(k)}</div>" for k, v in cells)
    note = HtmlReport.tr(
        "{files} read; {duplicates} ignored (copies of an attempt already counted)."
    ).format(files=plural(m.files, "file"), duplicates=plural(m.duplicates, "duplicate"))
    note = f'<p class="muted">{e(note)}</p>'
    return f'<div class="summary">{body}</div>{note}'


def _conflicts(report: ClassReport) -> str:
    found = report.merged.conflicts
    if not found:
        return ""
    items = "".join(
        "<li>"
        + HtmlReport.tr("attempt {id} ({learners}): {files}").format(
            id=f"<code>{e(c.attempt_id)}</code>",
            learners=e(", ".join(c.learners)),
            files=HtmlReport.tr(" and ", "between two file names").join(
                f"<code>{e(p)}</code>" for p in c.paths
            ),
        )
        + "</li>"
        for c in found
    )
    heading = HtmlReport.tr("%n attempt(s) with conflicting copies — not counted", None, len(found))
    explain = HtmlReport.tr(
        "These files hold the same attempt with different content. Neither copy is counted: "
        "find out which one is real, and remove the other."
    )
    return f'<h2 class="flag">{e(heading)}</h2><p>{e(explain)}</p><ul>{items}</ul>'


def _problems(report: ClassReport) -> str:
    bad = report.merged.unreadable
    if not bad:
        return ""
    items = "".join(f"<li><code>{e(u.path)}</code>: {e(u.reason)}</li>" for u in bad)
    return (
        f'<h2 class="flag">{e(HtmlReport.tr("%n file(s) could not be read", None, len(bad)))}</h2>'
        f"<ul>{items}</ul>"
    )


def _histogram(counts: tuple[int, ...]) -> str:
    width, height, left, bottom, top = 640, 220, 36, 28, 12
    plot_w, plot_h = width - left - 8, height - bottom - top
    peak = max(max(counts, default=0), 1)
    bar_w = plot_w / BINS
    shapes = [
        f'<line class="axis" x1="{left}" y1="{top + plot_h}" x2="{width - 8}" y2="{top + plot_h}"/>'
    ]
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        x = left + i * bar_w
        y = top + plot_h - h
        label = f"{i * 10}–{(i + 1) * 10}%"
        shapes.append(
            f'<rect class="bar" x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" '
            f'height="{h:.1f}"><title>{e(label)}: {count}</title></rect>'
        )
        if count:
            shapes.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{count}</text>'
            )
        shapes.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{height - 10}" text-anchor="middle">{i * 10}</text>'
        )
    shapes.append(f'<text x="{width - 8}" y="{height - 10}" text-anchor="end">%</text>')
    label = HtmlReport.tr("Number of finished attempts per score band of 10%")
    return _svg(width, height, label, shapes)


def _facility_chart(rows: tuple[QuestionRow, ...], one_bank: bool) -> str:
    if not rows:
        return f'<p class="muted">{e(HtmlReport.tr("No finished attempt yet."))}</p>'
    row_h, left, right, top = 18, 260, 50, 20
    width = 760
    plot_w = width - left - right
    height = top + row_h * len(rows) + 10
    shapes = []
    for limit in (TOO_HARD_BELOW, TOO_EASY_ABOVE):
        x = left + plot_w * limit
        shapes.append(
            f'<line class="limit" x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 6}"/>'
        )
        shapes.append(
            f'<text x="{x:.1f}" y="{top - 8}" text-anchor="middle">{round(limit * 100)}%</text>'
        )
    for i, row in enumerate(rows):
        y = top + i * row_h
        facility = row.facility or 0.0
        shapes.append(
            f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">'
            f"{e(figures.short(_label(row, one_bank), 38))}</text>"
        )
        shapes.append(
            f'<rect class="bar" x="{left}" y="{y + 3}" width="{plot_w * facility:.1f}" '
            f'height="{row_h - 6}"><title>{e(row.ref)}: '
            f"{e(figures.percent(row.facility))}</title></rect>"
        )
        shapes.append(
            f'<text x="{left + plot_w * facility + 4:.1f}" y="{y + 13}">'
            f"{e(figures.percent(row.facility))}</text>"
        )
    label = HtmlReport.tr("Facility index of each question (mean score)")
    return _svg(width, height, label, shapes)


def _svg(width: int, height: int, label: str, shapes: Iterable[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(label)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{e(label)}</title>{''.join(shapes)}</svg>"
    )


def _flagged(rows: tuple[QuestionRow, ...], one_bank: bool) -> str:
    if not rows:
        return f'<p class="muted">{e(HtmlReport.tr("No question is flagged."))}</p>'
    items = []
    for row in rows:
        flags = ", ".join(flag(f) for f in row.flags)
        numbers = HtmlReport.tr(
            "(facility {facility}, discrimination {discrimination}, {attempts})"
        ).format(
            facility=figures.percent(row.facility),
            discrimination=figures.index(row.discrimination),
            attempts=plural(row.attempts, "attempt"),
        )
        items.append(
            f'<li><span class="flag">{e(flags)}</span> — {_where(row, one_bank)}: '
            f"{e(figures.short(row.prompt, 140))} "
            f'<span class="muted">{e(numbers)}</span></li>'
        )
    return f"<ul>{''.join(items)}</ul>"


def _learners(rows: tuple[LearnerRow, ...], *, several_presets: bool) -> str:
    head = [(HtmlReport.tr("Learner"), False)]
    head += [(HtmlReport.tr("Preset"), False)] if several_presets else []
    head += [
        (HtmlReport.tr("Finished"), True),
        (HtmlReport.tr("Interrupted"), True),
        (HtmlReport.tr("Best"), True),
        (HtmlReport.tr("Last"), True),
        (HtmlReport.tr("Time (last)"), True),
        (HtmlReport.tr("Extra time"), False),
        (HtmlReport.tr("Machines"), False),
    ]
    lines = ["<table><thead><tr>"]
    lines += [f"<th{' class=n' if n else ''}>{e(h)}</th>" for h, n in head]
    lines.append("</tr></thead><tbody>")
    for r in rows:
        cells = [f"<td>{e(r.name)}</td>"]
        if several_presets:
            cells.append(f"<td>{e(r.preset.title)}</td>")
        interrupted = f'<span class="flag">{r.interrupted}</span>' if r.interrupted else "0"
        extra = decimal(f"× {r.extra_time:g}") if r.extra_time > 1 else "—"
        if r.extra_time > 1 and not r.extra_time_applied:
            extra += " " + HtmlReport.tr("(no time limit)")
        cells += [
            f'<td class="n">{r.finished}</td>',
            f'<td class="n">{interrupted}</td>',
            f'<td class="n">{e(figures.percent(r.best_score))}</td>',
            f'<td class="n">{e(figures.percent(r.last_score))}</td>',
            f'<td class="n">{e(figures.duration(r.last_time_ms))}</td>',
            f"<td>{e(extra)}</td>",
            f"<td>{e(', '.join(r.machines))}</td>",
        ]
        lines.append(f"<tr>{''.join(cells)}</tr>")
    lines.append("</tbody></table>")
    return "".join(lines)


def _questions(rows: tuple[QuestionRow, ...], one_bank: bool) -> str:
    if not rows:
        return ""
    head = [
        (HtmlReport.tr("Question"), False),
        (HtmlReport.tr("Prompt"), False),
        (HtmlReport.tr("Attempts"), True),
        (HtmlReport.tr("Facility"), True),
        (HtmlReport.tr("Discrimination"), True),
        (HtmlReport.tr("Median time"), True),
        (HtmlReport.tr("Flags"), False),
    ]
    lines = ["<table><thead><tr>"]
    lines += [f"<th{' class=n' if n else ''}>{e(h)}</th>" for h, n in head]
    lines.append("</tr></thead><tbody>")
    for r in rows:
        flags = ", ".join(flag(f) for f in r.flags)
        lines.append(
            "<tr>"
            f"<td>{_where(r, one_bank)}</td>"
            f"<td>{e(figures.short(r.prompt, 160))}</td>"
            f'<td class="n">{r.attempts}</td>'
            f'<td class="n">{e(figures.percent(r.facility))}</td>'
            f'<td class="n">{e(figures.index(r.discrimination))}</td>'
            f'<td class="n">{e(figures.duration(r.median_time_ms))}</td>'
            f'<td class="flag">{e(flags)}</td>'
            "</tr>"
        )
    lines.append("</tbody></table>")
    return "".join(lines)


def _glossary() -> str:
    easy, hard = round(TOO_EASY_ABOVE * 100), round(TOO_HARD_BELOW * 100)
    terms = (
        (
            HtmlReport.tr("Facility"),
            HtmlReport.tr(
                "The mean score on the question: 100% means everyone got it right. Flagged "
                "<i>too easy</i> above {easy}% and <i>too hard</i> below {hard}%."
            ).format(easy=easy, hard=hard),
        ),
        (
            HtmlReport.tr("Discrimination"),
            HtmlReport.tr(
                "How well the question separates learners who did well on the rest of the quiz "
                "from those who did not: the correlation (−1 to 1) between the score on this "
                "question and the score on all the other questions of the same attempt, as "
                "Moodle computes it. Above 0.3 is good; near 0 tells little; below 0 is flagged "
                "— check the answer key and the wording. Blank when fewer than two attempts "
                "asked it, or when everyone scored the same."
            ),
        ),
        (
            HtmlReport.tr("Few attempts"),
            HtmlReport.tr(
                "With fewer than about ten attempts at a question, its numbers can swing a lot "
                "from one learner to the next: read flags on such questions as hints, not "
                "verdicts."
            ),
        ),
        (
            HtmlReport.tr("Interrupted"),
            HtmlReport.tr(
                "Attempts that were left, or stopped by a crash or a machine turned off. They "
                "count for the learner but not in the question numbers."
            ),
        ),
    )
    body = "".join(f"<dt><b>{e(term)}</b></dt><dd>{text}</dd>" for term, text in terms)
    return f"<h2>{e(HtmlReport.tr('Reading the numbers'))}</h2><dl>{body}</dl>"


def _label(row: QuestionRow, one_bank: bool) -> str:
    """The question id alone when every question comes from one bank, else bank/question."""
    return row.question_id if one_bank else row.ref


def _where(row: QuestionRow, one_bank: bool) -> str:
    """The question's id, linked to its bank file, with the line."""
    shown = e(_label(row, one_bank))
    if not row.bank_file:
        return f"<code>{shown}</code>"
    place = f"{PurePath(row.bank_file).name}:{row.line}"
    where = HtmlReport.tr("{file}, line {line}").format(file=row.bank_file, line=row.line)
    path = Path(row.bank_file)
    if not path.is_absolute():
        return f"<code>{shown}</code> <span class=muted>{e(place)}</span>"
    return (
        f'<a href="{e(path.as_uri())}" title="{e(where)}">'
        f"<code>{shown}</code></a> <span class=muted>{e(place)}</span>"
    )
