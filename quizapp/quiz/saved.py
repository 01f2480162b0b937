"""The saved form of a session: a plain JSON-compatible dict with a version, and its checks.

Questions are named by (bank id, question id), never by position, so an edited bank cannot shift
answers onto other questions; a question that is gone makes the session impossible to resume,
and `load` says which one. Times are float seconds (exact through JSON); answers' `time_ms`
are whole milliseconds as recorded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from quizapp.bank.model import Bank, BankId, Question
from quizapp.quiz import jsonish as js
from quizapp.quiz.config import QuestionRef, QuizConfig, ref_from_json, ref_to_json
from quizapp.quiz.errors import ResumeError, damaged
from quizapp.quiz.plan import find_question
from quizapp.quiz.records import Answer, FinishReason, State
from quizapp.quiz.responses import Response, response_from_json, response_to_json
from quizapp.words import Notice, notice

VERSION = 1


@dataclass(frozen=True, slots=True)
class SavedAnswer:
    ref: QuestionRef
    response: Response
    time_ms: int
    at: datetime
    by_clock: bool


@dataclass(frozen=True, slots=True)
class SavedState:
    """A checked saved session; the session re-grades the answers from their responses."""

    config: QuizConfig
    banks: Mapping[BankId, Bank]
    state: State
    paused_from: State | None
    reason: FinishReason | None
    order: tuple[QuestionRef, ...]
    pending: tuple[QuestionRef, ...]
    skipped: tuple[QuestionRef, ...]
    current: QuestionRef | None
    drafts: Mapping[QuestionRef, Response]  # entries not submitted yet (current, skipped)
    answers: tuple[SavedAnswer, ...]
    used: Mapping[QuestionRef, float]
    quiz_used: float
    started_at: datetime | None
    finished_at: datetime | None
    saved_at: datetime


def dump(
    *,
    config: QuizConfig,
    state: State,
    paused_from: State | None,
    finish_reason: FinishReason | None,
    order: Sequence[QuestionRef],
    pending: Sequence[QuestionRef],
    skipped: Sequence[QuestionRef],
    current: QuestionRef | None,
    drafts: Mapping[QuestionRef, Response],
    answers: Sequence[Answer],
    used: Mapping[QuestionRef, float],
    quiz_used: float,
    started_at: datetime | None,
    finished_at: datetime | None,
    saved_at: datetime,
) -> dict[str, js.JSON]:
    return {
        "version": VERSION,
        "config": config.to_json(),
        "state": state.value,
        "paused_from": None if paused_from is None else paused_from.value,
        "finish_reason": None if finish_reason is None else finish_reason.value,
        "order": [ref_to_json(r) for r in order],
        "pending": [ref_to_json(r) for r in pending],
        "skipped": [ref_to_json(r) for r in skipped],
        "current": None if current is None else ref_to_json(current),
        "drafts": [{**ref_to_json(r), "response": response_to_json(x)} for r, x in drafts.items()],
        "answers": [
            {
                **ref_to_json(a.ref),
                "response": response_to_json(a.response),
                "time_ms": a.time_ms,
                "answered_at": js.time_text(a.answered_at),
                "submitted_by_clock": a.submitted_by_clock,
            }
            for a in answers
        ],
        "used": [{**ref_to_json(r), "seconds": s} for r, s in used.items()],
        "quiz_used": quiz_used,
        "started_at": None if started_at is None else js.time_text(started_at),
        "finished_at": None if finished_at is None else js.time_text(finished_at),
        "saved_at": js.time_text(saved_at),
    }


def load(data: Mapping[str, object], banks: Mapping[BankId, Bank]) -> SavedState:
    """Check and read what `dump` wrote; `ResumeError` for anything that does not fit."""
    d = js.as_mapping(data, "the saved quiz")
    version = js.field(d, "version")
    if version != VERSION:
        params = {"found": repr(version), "known": VERSION}
        raise ResumeError(notice(Notice("resume_other_format", params)))
    config = QuizConfig.from_json(js.field(d, "config"))
    if config.seed is None:
        raise damaged("it has no seed")
    order = _refs(d, "order")
    questions = {r: find_question(banks, r) for r in order}
    answers = tuple(_answer(x, questions) for x in js.as_list(js.field(d, "answers"), "answers"))
    pending, skipped = _refs(d, "pending"), _refs(d, "skipped")
    answered = [a.ref for a in answers]
    _check(len(set(order)) == len(order), "a question appears twice")
    _check(len(set(answered)) == len(answered), "a question was answered twice")
    _check(sorted(answered + list(pending)) == sorted(order), "answers and pending don't add up")
    _check(set(skipped) <= set(pending), "a skipped question is not pending")
    current_json = js.field(d, "current")
    current = None if current_json is None else ref_from_json(current_json, "current")
    try:
        state = State(js.as_str(js.field(d, "state"), "state"))
        paused = js.field(d, "paused_from")
        paused_from = None if paused is None else State(js.as_str(paused, "paused_from"))
        why = js.field(d, "finish_reason")
        reason = None if why is None else FinishReason(js.as_str(why, "finish_reason"))
    except ValueError as e:
        raise damaged(str(e)) from None
    shown = paused_from if state is State.PAUSED else state
    _check((state is State.PAUSED) == (paused_from is not None), "paused_from without a pause")
    _check((state is State.FINISHED) == (reason is not None), "finish_reason without a finish")
    if shown is State.ASKING:
        _check(bool(pending) and current == pending[0], "the current question is not next")
    elif shown is State.FEEDBACK:
        _check(current in answered, "feedback on a question not answered")
    else:
        _check(current is None, f"a current question while {shown}")
    _check(state is not State.NOT_STARTED or not answers, "answers before the start")
    drafts = {}
    for x in js.as_list(js.field(d, "drafts"), "drafts"):
        where = ref_from_json(x, "a draft")
        _check(where in pending, f"an entry for {where}, which is not pending")
        raw = js.field(js.as_mapping(x, "a draft"), "response")
        drafts[where] = response_from_json(questions[where].type, raw)
    used_list = js.as_list(js.field(d, "used"), "used")
    used = {
        ref_from_json(u): js.as_float(js.field(js.as_mapping(u, "used"), "seconds"), "seconds")
        for u in used_list
    }
    started, finished = js.field(d, "started_at"), js.field(d, "finished_at")
    _check((started is None) == (state is State.NOT_STARTED), "started_at does not fit the state")
    _check((finished is None) != (state is State.FINISHED), "finished_at does not fit the state")
    return SavedState(
        config=config,
        banks=banks,
        state=state,
        paused_from=paused_from,
        reason=reason,
        order=order,
        pending=pending,
        skipped=skipped,
        current=current,
        drafts=drafts,
        answers=answers,
        used=used,
        quiz_used=js.as_float(js.field(d, "quiz_used"), "quiz_used"),
        started_at=None if started is None else js.as_time(started, "started_at"),
        finished_at=None if finished is None else js.as_time(finished, "finished_at"),
        saved_at=js.as_time(js.field(d, "saved_at"), "saved_at"),
    )


def _refs(d: Mapping[str, object], key: str) -> tuple[QuestionRef, ...]:
    return tuple(ref_from_json(x, key) for x in js.as_list(js.field(d, key), key))


def _answer(data: object, questions: Mapping[QuestionRef, Question]) -> SavedAnswer:
    d = js.as_mapping(data, "an answer")
    where = ref_from_json(d, "an answer")
    _check(where in questions, f"an answer to {where}, which is not in the quiz")
    return SavedAnswer(
        ref=where,
        response=response_from_json(questions[where].type, js.field(d, "response")),
        time_ms=js.as_int(js.field(d, "time_ms"), "time_ms"),
        at=js.as_time(js.field(d, "answered_at"), "answered_at"),
        by_clock=js.as_bool(js.field(d, "submitted_by_clock"), "submitted_by_clock"),
    )


def _check(ok: bool, problem: str) -> None:
    if not ok:
        raise damaged(problem)
