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
    titles = ", ".join(p.title for p in report.presets) or "no results yet"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Class report — {e(titles)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Class report — {e(titles)}</h1>",
        f'<p class="muted">From <code>{e(report.merged.folder)}</code>, made '
        f"{e(generated_at.astimezone().strftime('%Y-%m-%d %H:%M'))}.</p>",
        _conflicts(report),
        _summary(report),
        _problems(report),
        "<h2>Scores</h2>",
        _histogram(report.distribution),
        "<h2>Questions to look at</h2>",
        _flagged(report.flagged, one_bank),
        "<h2>Learners</h2>",
        _learners(report.learners, several_presets=len(report.presets) > 1),
        "<h2>Questions</h2>",
        _facility_chart(report.questions, one_bank),
        _questions(report.questions, one_bank),
        _glossary(),
        "</body></html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def _summary(report: ClassReport) -> str:
    m = report.merged
    cells = [
        ("attempts", str(len(m.attempts))),
        ("finished", str(report.finished)),
        ("interrupted", str(report.interrupted)),
        ("learners", str(len({(r.preset.id, r.key) for r in report.learners}))),
        ("mean score", figures.percent(report.mean_score)),
        ("median score", figures.percent(report.median_score)),
    ]
    body = "".join(f"<div><b>{e(v)}</b>{e(k)}</div>" for k, v in cells)
    note = (
        f'<p class="muted">{m.files} file{"s" if m.files != 1 else ""} read; '
        f"{m.duplicates} duplicate{'s' if m.duplicates != 1 else ''} ignored "
        "(copies of an attempt already counted).</p>"
    )
    return f'<div class="summary">{body}</div>{note}'


def _conflicts(report: ClassReport) -> str:
    found = report.merged.conflicts
    if not found:
        return ""
    items = "".join(
        f"<li>attempt <code>{e(c.attempt_id)}</code> ({e(', '.join(c.learners))}): "
        + " and ".join(f"<code>{e(p)}</code>" for p in c.paths)
        + "</li>"
        for c in found
    )
    return (
        f'<h2 class="flag">{len(found)} attempt{"s" if len(found) != 1 else ""} with '
        "conflicting copies — not counted</h2>"
        "<p>These files hold the same attempt with different content. Neither copy is counted: "
        "find out which one is real, and remove the other.</p>"
        f"<ul>{items}</ul>"
    )


def _problems(report: ClassReport) -> str:
    bad = report.merged.unreadable
    if not bad:
        return ""
    items = "".join(f"<li><code>{e(u.path)}</code>: {e(u.reason)}</li>" for u in bad)
    return (
        f'<h2 class="flag">{len(bad)} file{"s" if len(bad) != 1 else ""} could not be read</h2>'
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
    return _svg(width, height, "Number of finished attempts per score band of 10%", shapes)


def _facility_chart(rows: tuple[QuestionRow, ...], one_bank: bool) -> str:
    if not rows:
        return '<p class="muted">No finished attempt yet.</p>'
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
    return _svg(width, height, "Facility index of each question (mean score)", shapes)


def _svg(width: int, height: int, label: str, shapes: Iterable[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{e(label)}" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f"<title>{e(label)}</title>{''.join(shapes)}</svg>"
    )


def _flagged(rows: tuple[QuestionRow, ...], one_bank: bool) -> str:
    if not rows:
        return '<p class="muted">No question is flagged.</p>'
    items = []
    for row in rows:
        flags = ", ".join(str(f) for f in row.flags)
        items.append(
            f'<li><span class="flag">{e(flags)}</span> — {_where(row, one_bank)}: '
            f"{e(figures.short(row.prompt, 140))} "
            f'<span class="muted">(facility {e(figures.percent(row.facility))}, discrimination '
            f"{e(figures.index(row.discrimination))}, {row.attempts} attempts)</span></li>"
        )
    return f"<ul>{''.join(items)}</ul>"


def _learners(rows: tuple[LearnerRow, ...], *, several_presets: bool) -> str:
    head = ["Learner"] + (["Preset"] if several_presets else [])
    head += ["Finished", "Interrupted", "Best", "Last", "Time (last)", "Extra time", "Machines"]
    numeric = {"Finished", "Interrupted", "Best", "Last", "Time (last)"}
    lines = ["<table><thead><tr>"]
    lines += [f"<th{' class=n' if h in numeric else ''}>{e(h)}</th>" for h in head]
    lines.append("</tr></thead><tbody>")
    for r in rows:
        cells = [f"<td>{e(r.name)}</td>"]
        if several_presets:
            cells.append(f"<td>{e(r.preset.title)}</td>")
        interrupted = f'<span class="flag">{r.interrupted}</span>' if r.interrupted else "0"
        extra = f"× {r.extra_time:g}" if r.extra_time > 1 else "—"
        if r.extra_time > 1 and not r.extra_time_applied:
            extra += " (no time limit)"
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
    head = ["Question", "Prompt", "Attempts", "Facility", "Discrimination", "Median time", "Flags"]
    numeric = {"Attempts", "Facility", "Discrimination", "Median time"}
    lines = ["<table><thead><tr>"]
    lines += [f"<th{' class=n' if h in numeric else ''}>{e(h)}</th>" for h in head]
    lines.append("</tr></thead><tbody>")
    for r in rows:
        flags = ", ".join(str(f) for f in r.flags)
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
    return (
        "<h2>Reading the numbers</h2><dl>"
        "<dt><b>Facility</b></dt><dd>The mean score on the question: 100% means everyone got "
        f"it right. Flagged <i>too easy</i> above {round(TOO_EASY_ABOVE * 100)}% and <i>too "
        f"hard</i> below {round(TOO_HARD_BELOW * 100)}%.</dd>"
        "<dt><b>Discrimination</b></dt><dd>How well the question separates learners who did "
        "well on the rest of the quiz from those who did not: the correlation (−1 to 1) between "
        "the score on this question and the score on all the other questions of the same "
        "attempt, as Moodle computes it. Above 0.3 is good; near 0 tells little; below 0 is "
        "flagged — check the answer key and the wording. Blank when fewer than two attempts "
        "asked it, or when everyone scored the same.</dd>"
        "<dt><b>Few attempts</b></dt><dd>With fewer than about ten attempts at a question, "
        "its numbers can swing a lot from one learner to the next: read flags on such questions "
        "as hints, not verdicts.</dd>"
        "<dt><b>Interrupted</b></dt><dd>Attempts that were left, or stopped by a crash or a "
        "machine turned off. They count for the learner but not in the question numbers.</dd>"
        "</dl>"
    )


def _label(row: QuestionRow, one_bank: bool) -> str:
    """The question id alone when every question comes from one bank, else bank/question."""
    return row.question_id if one_bank else row.ref


def _where(row: QuestionRow, one_bank: bool) -> str:
    """The question's id, linked to its bank file, with the line."""
    shown = e(_label(row, one_bank))
    if not row.bank_file:
        return f"<code>{shown}</code>"
    place = f"{PurePath(row.bank_file).name}:{row.line}"
    path = Path(row.bank_file)
    if not path.is_absolute():
        return f"<code>{shown}</code> <span class=muted>{e(place)}</span>"
    return (
        f'<a href="{e(path.as_uri())}" title="{e(row.bank_file)}, line {row.line}">'
        f"<code>{shown}</code></a> <span class=muted>{e(place)}</span>"
    )
