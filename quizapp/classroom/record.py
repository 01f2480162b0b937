"""Turning an attempt into an `AttemptResult`: from a live (or resumed) quiz session, or, when
the session cannot be rebuilt, from the answers the progress store kept."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from quizapp.bank.model import Bank, BankId, Question
from quizapp.classroom.preset import Preset
from quizapp.classroom.results import INTERRUPTED, AttemptResult, BankInfo, ItemResult, PresetInfo
from quizapp.progress.model import Attempt, StoredAnswer
from quizapp.quiz import QuizError, Session, State
from quizapp.quiz.responses import response_from_json, response_text, response_to_json


@dataclass(frozen=True, slots=True)
class Who:
    """Who took the attempt, where, and under which preset: the part the session doesn't know."""

    attempt_id: str
    learner: str
    learner_key: str
    machine: str
    preset: Preset


def preset_info(preset: Preset) -> PresetInfo:
    return PresetInfo(preset.id, preset.title, preset.path, preset.content_hash)


def bank_infos(bank_ids: Sequence[str], banks: Mapping[BankId, Bank]) -> tuple[BankInfo, ...]:
    out = []
    for bank_id in dict.fromkeys(bank_ids):
        bank = banks.get(BankId(bank_id))
        if bank is not None:
            out.append(BankInfo(bank.id, bank.title, _absolute(bank.path), bank.content_hash))
        else:
            out.append(BankInfo(bank_id, bank_id, "", ""))
    return tuple(out)


def from_session(
    session: Session,
    who: Who,
    banks: Mapping[BankId, Bank],
    *,
    written_at: datetime,
    interrupted: bool,
    ended_at: datetime | None = None,
) -> AttemptResult:
    """The result of a session: finished (its results), or not (a snapshot, "interrupted")."""
    answers = {a.ref: a for a in session.answers}
    items: list[ItemResult] = []
    for ref in session.questions:
        bank = banks[ref.bank_id]
        question = session.plan.questions[ref]
        base = _item_base(bank, question, session.plan.points(ref))
        answer = answers.get(ref)
        if answer is None:
            items.append(base)
            continue
        items.append(
            replace(
                base,
                answered=True,
                response=response_to_json(answer.response),
                response_text=response_text(question, answer.response),
                score=answer.score,
                points_earned=answer.grade.points_earned,
                correct=answer.correct,
                time_ms=answer.time_ms,
                timed_out=answer.timed_out,
                answered_at=answer.answered_at.isoformat(),
            )
        )
    finished = session.state is State.FINISHED
    reason = session.finish_reason.value if finished and session.finish_reason else INTERRUPTED
    start = session.results.started_at if finished else _started(session, written_at)
    end = session.results.finished_at if finished else (ended_at or written_at)
    return AttemptResult(
        attempt_id=who.attempt_id,
        learner=who.learner,
        learner_key=who.learner_key,
        machine=who.machine,
        preset=preset_info(who.preset),
        banks=bank_infos(session.config.bank_ids, banks),
        mode=session.mode.value,
        seed=session.seed,
        started_at=start,
        ended_at=end,
        finish_reason=reason,
        interrupted=interrupted or not finished,
        extra_time=session.config.extra_time,
        extra_time_applied=session.plan.has_limits and session.config.extra_time > 1.0,
        time_used_ms=round(session.quiz_used() * 1000),
        items=tuple(items),
        written_at=written_at,
        results_folder=str(who.preset.results_dir),
    )


def from_store(
    attempt: Attempt,
    answers: Sequence[StoredAnswer],
    who: Who,
    banks: Mapping[BankId, Bank],
    *,
    written_at: datetime,
    ended_at: datetime,
) -> AttemptResult:
    """An interrupted attempt whose session cannot be rebuilt (its bank changed): what the store
    kept of its answers. Questions never answered are unknown, so they are not listed."""
    items: list[ItemResult] = []
    for a in answers:
        bank = banks.get(a.bank_id)
        question = bank.question(a.question_id) if bank is not None else None
        points = bank.points_for(question) if bank is not None and question is not None else 1.0
        raw = json.loads(a.response_json)
        items.append(
            ItemResult(
                bank_id=a.bank_id,
                question_id=a.question_id,
                prompt=a.prompt or (question.prompt if question else ""),
                question_type=question.type.value if question else "",
                bank_file=_absolute(bank.path) if bank is not None else "",
                line=question.line if question else 0,
                points_possible=points,
                answered=True,
                response=raw,
                response_text=_text(question, raw),
                score=a.score,
                points_earned=a.score * points,
                correct=a.correct,
                time_ms=a.time_ms,
                timed_out=False,
                answered_at=a.answered_at.isoformat(),
            )
        )
    config = attempt.config
    extra = float(config.get("extra_time", 1.0))
    return AttemptResult(
        attempt_id=who.attempt_id,
        learner=who.learner,
        learner_key=who.learner_key,
        machine=who.machine,
        preset=preset_info(who.preset),
        banks=bank_infos([b.bank_id for b in attempt.banks], banks),
        mode=attempt.mode.value,
        seed=attempt.seed,
        started_at=attempt.started_at,
        ended_at=ended_at,
        finish_reason=INTERRUPTED,
        interrupted=True,
        extra_time=extra,
        extra_time_applied=extra > 1.0 and bool(config.get("quiz_time_limit")),
        time_used_ms=sum(a.time_ms for a in answers),
        items=tuple(items),
        written_at=written_at,
        results_folder=str(who.preset.results_dir),
    )


def _item_base(bank: Bank, question: Question, points: float) -> ItemResult:
    return ItemResult(
        bank_id=bank.id,
        question_id=question.id,
        prompt=question.prompt,
        question_type=question.type.value,
        bank_file=_absolute(bank.path),
        line=question.line,
        points_possible=points,
    )


def _started(session: Session, fallback: datetime) -> datetime:
    started = session.to_dict().get("started_at")
    return datetime.fromisoformat(started) if isinstance(started, str) else fallback


def _text(question: Question | None, raw: object) -> str:
    if question is not None:
        try:
            return response_text(question, response_from_json(question.type, raw))
        except QuizError:
            pass
    if raw is None:
        return "(no answer)"
    return raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)


def _absolute(path: str) -> str:
    return str(Path(path).absolute()) if path else ""
