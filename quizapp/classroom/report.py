"""The class report: a results folder merged into per-learner and per-question numbers.

Merging: every `*.json` file under the folder (subfolders too, so copies from several sticks
can sit side by side) is read; copies of the same attempt (same `attempt_id`) count once — the
most complete copy is kept: finished over interrupted, then more answers, then written last.
That is only for copies that agree: a copy saved mid-quiz is the start of the finished one.
Copies that disagree (a different learner, different answers, two different finished
results) are a *conflict*: neither is counted, and both files are named at the top of the
report, because preferring one would let a forged file replace a real one in silence.
Files that cannot be read are listed with the reason, never fatal.

Question statistics follow Moodle's quiz statistics, over finished attempts (interrupted ones
are counted per learner but left out of the item analysis):

- facility index: the mean score on the question, 0..1 (Moodle shows it as a percentage);
- discrimination index: the Pearson correlation, over the attempts that asked the question,
  between the points earned on it and the points earned on the rest of the attempt (its total
  minus this question). None when fewer than two attempts asked it or either varies not at all.

Flags: facility above `TOO_EASY_ABOVE` (0.9), below `TOO_HARD_BELOW` (0.2), and any negative
discrimination (learners who did well elsewhere did worse here: often a wrong answer key or an
ambiguous question).
"""

from __future__ import annotations

import enum
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.files import is_temporary
from quizapp.classroom.results import AttemptResult, ItemResult, PresetInfo, read_result

TOO_EASY_ABOVE = 0.9
TOO_HARD_BELOW = 0.2
BINS = 10  # the score distribution: 0-10%, 10-20%, ..., 90-100%


class Flag(enum.StrEnum):
    TOO_EASY = "too easy"
    TOO_HARD = "too hard"
    NEGATIVE_DISCRIMINATION = "negative discrimination"


@dataclass(frozen=True, slots=True)
class UnreadableFile:
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    """Files holding the same attempt with different content; none of them is counted."""

    attempt_id: str
    learners: tuple[str, ...]
    paths: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Merged:
    """The attempts of a results folder, each once, and what could not be used."""

    folder: str
    attempts: tuple[AttemptResult, ...]
    files: int  # result files looked at (readable or not)
    duplicates: int  # copies of an attempt already counted
    unreadable: tuple[UnreadableFile, ...]
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True, slots=True)
class LearnerRow:
    """One learner at one preset. Scores are 0..1 over finished attempts; interrupted attempts
    are only counted."""

    name: str
    key: str
    preset: PresetInfo
    finished: int
    interrupted: int
    best_score: float | None
    last_score: float | None
    last_time_ms: int | None  # time used in the last finished attempt
    extra_time: float  # the largest factor given (1.0 = none)
    extra_time_applied: bool  # some attempt had extra time and a time limit
    machines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QuestionRow:
    bank_id: str
    question_id: str
    prompt: str
    question_type: str
    bank_file: str
    line: int
    attempts: int  # finished attempts that asked it
    facility: float | None  # mean score 0..1
    discrimination: float | None  # -1..1
    median_time_ms: int | None
    flags: tuple[Flag, ...]

    @property
    def ref(self) -> str:
        return f"{self.bank_id}/{self.question_id}"


@dataclass(frozen=True, slots=True)
class ClassReport:
    merged: Merged
    learners: tuple[LearnerRow, ...]
    questions: tuple[QuestionRow, ...]
    distribution: tuple[int, ...]  # finished attempts per score band, BINS bands
    finished: int
    interrupted: int
    mean_score: float | None
    median_score: float | None

    @property
    def presets(self) -> tuple[PresetInfo, ...]:
        found = {a.preset.id: a.preset for a in self.merged.attempts}
        return tuple(found[k] for k in sorted(found))

    @property
    def flagged(self) -> tuple[QuestionRow, ...]:
        return tuple(q for q in self.questions if q.flags)


def merge_results(folder: Path) -> Merged:
    """Read every results file under `folder`; see the module docstring."""
    groups: dict[str, list[tuple[str, AttemptResult]]] = defaultdict(list)
    unreadable: list[UnreadableFile] = []
    files = 0
    for path in _json_files(folder, unreadable):
        files += 1
        try:
            result = read_result(path)
        except ResultFileError as exc:
            unreadable.append(UnreadableFile(str(path), exc.message))
            continue
        except Exception as exc:
            unreadable.append(UnreadableFile(str(path), f"the file cannot be used ({exc!r:.80})"))
            continue
        groups[result.attempt_id].append((str(path), result))
    kept: list[AttemptResult] = []
    conflicts: list[Conflict] = []
    duplicates = 0
    for attempt_id, copies in groups.items():
        best = max((r for _, r in copies), key=_completeness)
        if all(_is_start_of(r, best) for _, r in copies):
            kept.append(best)
            duplicates += len(copies) - 1
        else:
            learners = tuple(sorted({r.learner for _, r in copies}))
            conflicts.append(Conflict(attempt_id, learners, tuple(sorted(p for p, _ in copies))))
    kept.sort(key=lambda r: (r.learner_key, r.started_at, r.attempt_id))
    conflicts.sort(key=lambda c: c.paths)
    return Merged(str(folder), tuple(kept), files, duplicates, tuple(unreadable), tuple(conflicts))


def _is_start_of(copy: AttemptResult, best: AttemptResult) -> bool:
    """Whether `copy` is `best` itself or an earlier save of it: same learner, quiz and
    questions, and every answer it holds given identically in `best`."""
    if copy is best:
        return True
    same = (
        copy.learner_key == best.learner_key
        and copy.learner == best.learner
        and copy.preset == best.preset
        and copy.banks == best.banks
        and copy.seed == best.seed
        and copy.started_at == best.started_at
        and {(i.bank_id, i.question_id) for i in copy.items}
        <= {(i.bank_id, i.question_id) for i in best.items}
    )
    if not same:
        return False
    if not copy.interrupted:
        return _facts(copy) == _facts(best)
    given = {(i.bank_id, i.question_id): i for i in best.answers}
    return all(given.get((i.bank_id, i.question_id)) == i for i in copy.answers)


def _facts(r: AttemptResult) -> tuple[object, ...]:
    return (r.items, r.score, r.interrupted, r.finish_reason, r.time_used_ms, r.extra_time)


def class_report(folder: Path) -> ClassReport:
    """Merge `folder` and compute every number of the report (the GUI shows the same)."""
    return build_report(merge_results(folder))


def build_report(merged: Merged) -> ClassReport:
    finished = [a for a in merged.attempts if not a.interrupted]
    scores = [a.score for a in finished]
    return ClassReport(
        merged=merged,
        learners=_learner_rows(merged.attempts),
        questions=question_rows(finished),
        distribution=distribution(scores),
        finished=len(finished),
        interrupted=len(merged.attempts) - len(finished),
        mean_score=statistics.fmean(scores) if scores else None,
        median_score=statistics.median(scores) if scores else None,
    )


# -- the numbers ---------------------------------------------------------------------------------


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """The correlation of two equally long samples; None for n < 2 or no variation."""
    n = len(xs)
    if n < 2 or len(ys) != n:
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    if sxx <= 1e-12 or syy <= 1e-12:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def question_rows(attempts: Iterable[AttemptResult]) -> tuple[QuestionRow, ...]:
    """Facility, discrimination and median time of every question asked in `attempts`."""
    seen: dict[str, list[tuple[ItemResult, float]]] = defaultdict(list)
    latest: dict[str, tuple[ItemResult, AttemptResult]] = {}
    for attempt in attempts:
        total = attempt.points_earned
        for item in attempt.items:
            ref = f"{item.bank_id}/{item.question_id}"
            seen[ref].append((item, total - item.points_earned))
            if ref not in latest or latest[ref][1].written_at < attempt.written_at:
                latest[ref] = (item, attempt)
    rows = []
    for ref, pairs in seen.items():
        item = latest[ref][0]
        facility = statistics.fmean(i.score for i, _ in pairs)
        discrimination = pearson([i.points_earned for i, _ in pairs], [rest for _, rest in pairs])
        times = [i.time_ms for i, _ in pairs if i.answered]
        flags = []
        if facility > TOO_EASY_ABOVE:
            flags.append(Flag.TOO_EASY)
        if facility < TOO_HARD_BELOW:
            flags.append(Flag.TOO_HARD)
        if discrimination is not None and discrimination < 0:
            flags.append(Flag.NEGATIVE_DISCRIMINATION)
        rows.append(
            QuestionRow(
                bank_id=item.bank_id,
                question_id=item.question_id,
                prompt=item.prompt,
                question_type=item.question_type,
                bank_file=item.bank_file,
                line=item.line,
                attempts=len(pairs),
                facility=facility,
                discrimination=discrimination,
                median_time_ms=round(statistics.median(times)) if times else None,
                flags=tuple(flags),
            )
        )
    rows.sort(key=lambda r: (r.bank_id, r.line, r.question_id))
    return tuple(rows)


def distribution(scores: Iterable[float]) -> tuple[int, ...]:
    """How many scores fall in each band of 10%; 100% goes in the top band."""
    counts = [0] * BINS
    for score in scores:
        counts[min(BINS - 1, max(0, int(score * BINS + 1e-9)))] += 1
    return tuple(counts)


def _learner_rows(attempts: Iterable[AttemptResult]) -> tuple[LearnerRow, ...]:
    groups: dict[tuple[str, str], list[AttemptResult]] = defaultdict(list)
    for a in attempts:
        groups[(a.preset.id, a.learner_key)].append(a)
    rows = []
    for group in groups.values():
        group.sort(key=lambda a: (a.started_at, a.attempt_id))
        done = [a for a in group if not a.interrupted]
        last = max(done, key=lambda a: a.ended_at) if done else None
        rows.append(
            LearnerRow(
                name=group[-1].learner,
                key=group[-1].learner_key,
                preset=group[-1].preset,
                finished=len(done),
                interrupted=len(group) - len(done),
                best_score=max(a.score for a in done) if done else None,
                last_score=last.score if last else None,
                last_time_ms=last.time_used_ms if last else None,
                extra_time=max(a.extra_time for a in group),
                extra_time_applied=any(a.extra_time_applied for a in group),
                machines=tuple(sorted({a.machine for a in group})),
            )
        )
    rows.sort(key=lambda r: (r.preset.title.casefold(), r.name.casefold(), r.key))
    return tuple(rows)


def _completeness(r: AttemptResult) -> tuple[bool, int, float]:
    return (not r.interrupted, len(r.answers), r.written_at.timestamp())


def _json_files(folder: Path, unreadable: list[UnreadableFile]) -> list[Path]:
    found: list[Path] = []

    def walk(where: Path) -> None:
        try:
            entries = sorted(where.iterdir())
        except OSError as exc:
            unreadable.append(
                UnreadableFile(str(where), f"the folder cannot be listed: {exc.strerror or exc}")
            )
            return
        for entry in entries:
            if entry.name.startswith(".") or is_temporary(entry):
                continue  # hidden, or a write in progress (or cut off) on some machine
            if entry.is_symlink() and entry.is_dir():
                continue  # a link could loop back; copies are merged from real folders
            if entry.is_dir():
                walk(entry)
            elif entry.suffix.lower() == ".json":
                found.append(entry)

    walk(folder)
    return found
