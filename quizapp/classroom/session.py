"""A classroom session on one machine: learners come one after another to the same preset.

The GUI builds one `Classroom` per preset and calls, in order:

    classroom = Classroom(preset, library, store, clock)   # ClassroomError: a bank is missing
    classroom.recover()              # once: unfinished attempts (crash, kill) -> "interrupted"
    classroom.allowance(name)        # as the name is typed: may they start?
    sitting = classroom.begin(name)  # resumes their unfinished attempt, or starts a new one
    sitting.submit(r) / skip() / next() / tick() / set_draft(r) / autosave()
    sitting.leave()                  # the learner confirmed leaving: written as interrupted
    sitting.delivery                 # once finished: where the result went, or why it waits

Every answer goes to the local progress store as usual (so the learner's profile keeps it and
a crash loses nothing); the finished attempt goes through the outbox to the results folder.
Qt-free: the GUI redraws from `sitting.session` after each call.

The results folder may be a share or a stick that hangs, so the GUI never reads it on its own
thread: it sets `deliver_at_once = False` (results are kept on this machine and delivered by a
background job), tries `resume(name)` first (this machine only), and for a learner with limited
attempts runs `earlier_attempts(name)` (the results folder only, no store) in the background and
hands its answer to `begin(name, earlier)`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from quizapp.bank.loader import Library
from quizapp.bank.model import Bank, BankId
from quizapp.classroom.errors import ClassroomError, ResultFileError
from quizapp.classroom.files import machine_name, slug
from quizapp.classroom.outbox import Delivery, Outbox, Waiting
from quizapp.classroom.preset import Feedback, Preset
from quizapp.classroom.record import Who, from_session, from_store
from quizapp.classroom.results import INTERRUPTED, AttemptResult, read_result, result_files
from quizapp.clock import Clock
from quizapp.progress import (
    AttemptId,
    BankUse,
    Learner,
    SaveResult,
    Store,
    StoreError,
    UnfinishedAttempt,
    learner_key,
)
from quizapp.progress.attempts import answer_record
from quizapp.quiz import Answer, FinishReason, QuizError, Response, Session, State, TimeEvent
from quizapp.quiz.select import bank_index
from quizapp.words import Notice, notice

META = "classroom"  # the key under which a store attempt's config names its preset


@dataclass(frozen=True, slots=True)
class Allowance:
    """How many attempts at the preset a learner may make and has made (any machine whose
    results reached the results folder, plus this machine's own). `allowed` 0: unlimited."""

    allowed: int
    used: int

    @property
    def unlimited(self) -> bool:
        return self.allowed == 0

    @property
    def remaining(self) -> int | None:
        return None if self.unlimited else max(0, self.allowed - self.used)

    @property
    def may_start(self) -> bool:
        return self.unlimited or self.used < self.allowed


class Classroom:
    """One preset on this machine, with its store, library, clock and outbox."""

    def __init__(
        self,
        preset: Preset,
        library: Library,
        store: Store,
        clock: Clock,
        *,
        machine: str | None = None,
        outbox: Outbox | None = None,
    ) -> None:
        missing = [b for b in preset.quiz.bank_ids if library.bank(b) is None]
        if missing:
            params = {"title": preset.title, "banks": tuple(missing)}
            raise ClassroomError(notice(Notice("preset_banks_missing", params)))
        self.preset = preset
        self.library = library
        self.store = store
        self.clock = clock
        self.machine = machine or machine_name()
        self.outbox = outbox or Outbox(store.paths.data_dir)
        # A finished or recovered attempt is delivered at once; the GUI sets this False and
        # delivers on a background job instead (a dead results folder must never freeze it).
        self.deliver_at_once = True
        self.banks: dict[BankId, Bank] = bank_index(library.banks)

    # -- the teacher's view ----------------------------------------------------------------------

    def recover(self) -> tuple[AttemptResult, ...]:
        """Write every unfinished attempt at this preset (a crash, a kill, a power cut) as
        interrupted, so the teacher has it even if the learner never comes back. One that can
        be resumed stays open: when its learner returns, `begin` resumes it, and the finished
        file replaces the interrupted one (same name, same attempt id). Returns what was
        written (kept on this machine; delivered too when `deliver_at_once`)."""
        written = []
        for unfinished in self._unfinished(None):
            result = self._recover_one(unfinished)
            if result is not None:
                written.append(result)
        return tuple(written)

    def deliver_pending(self) -> Delivery:
        """Retry delivering what waits in the outbox (call it from a timer, or on a click)."""
        return self.outbox.deliver_pending()

    def pending(self) -> tuple[Waiting, ...]:
        return self.outbox.pending()

    # -- a learner -------------------------------------------------------------------------------

    def allowance(self, name: str, earlier: frozenset[str] | None = None) -> Allowance:
        """The learner's attempts at this preset so far (finished or interrupted): this
        machine's, and `earlier`, what `earlier_attempts(name)` found in the results folder
        (read here and now when not given)."""
        seen = set(self.earlier_attempts(name) if earlier is None else earlier)
        seen.update(self._attempt_ids(name, self.outbox.local_results(self._prefix(name))))
        learner = self._find(name)
        if learner is not None:
            for u in self._unfinished(learner):
                seen.add(str(_meta(u).get("attempt_id")))
        return Allowance(self.preset.attempts, len(seen))

    def earlier_attempts(self, name: str) -> frozenset[str]:
        """The ids of the learner's attempts at this preset in the results folder (from any
        machine). Reads the results folder only, never the store, so it may run on a thread of
        its own: a hung share keeps it waiting as long as the share does."""
        prefix = self._prefix(name)
        found = []
        for path in result_files(self.preset.results_dir):
            if path.name.startswith(prefix):  # by file name first: only their own files are read
                try:
                    found.append(read_result(path))
                except ResultFileError:
                    continue
        return frozenset(self._attempt_ids(name, found))

    def resume(self, name: str) -> Sitting | None:
        """The learner's unfinished attempt at this preset on this machine, resumed (this
        machine's store only: quick). None when there is none to go on with."""
        learner = self._find(name)
        return None if learner is None else self._resume_newest(learner)

    def begin(self, name: str, earlier: frozenset[str] | None = None) -> Sitting:
        """The learner's sitting: their unfinished attempt at this preset, resumed, or a new one.
        With limited attempts, `earlier` is what `earlier_attempts(name)` found (read here and
        now when not given).

        Raises `ClassroomError` (with a message for the learner) when the name cannot be used,
        no attempt is left, or the quiz cannot be made."""
        resumed = self.resume(name)
        if resumed is not None:
            return resumed
        learner = self._find(name)
        allowance = self.allowance(name, earlier) if self.preset.attempts else None
        if allowance is not None and not allowance.may_start:
            n = allowance.allowed
            shown = learner.name if learner is not None else name.strip()
            params = {"name": shown, "allowed": n, "title": self.preset.title}
            raise ClassroomError(notice(Notice("attempts_used", params)))
        learner = learner or self._learner(name)  # a new profile only for a learner who starts
        config = self.preset.quiz_config(learner.settings.extra_time_factor)
        try:
            session = Session(config, self.banks.values(), self.clock)
        except QuizError as exc:
            made = Notice("quiz_cannot_be_made", {"detail": str(exc)})
            raise ClassroomError(notice(made)) from None
        session.start()
        who = Who(
            uuid.uuid4().hex, learner.name, learner_key(learner.name), self.machine, self.preset
        )
        meta = {
            "preset_id": self.preset.id,
            "preset_hash": self.preset.content_hash,
            "attempt_id": who.attempt_id,
            "learner": who.learner,
            "learner_key": who.learner_key,
            "machine": who.machine,
        }
        banks = [self.banks[b] for b in dict.fromkeys(config.bank_ids)]
        try:
            attempt = self.store.start_attempt(
                learner.id,
                config.mode,
                config={**session.config.to_json(), META: meta},
                seed=session.seed,
                banks=[BankUse(b.id, b.content_hash, b.title) for b in banks],
                state=session.to_dict(),
            )
        except StoreError as exc:
            raise ClassroomError(exc.message) from None
        return Sitting(self, session, learner, who, attempt, resumed=False)

    # -- inside ----------------------------------------------------------------------------------

    def _find(self, name: str) -> Learner | None:
        try:
            return self.store.find_learner(name)
        except StoreError:
            return None

    def _learner(self, name: str) -> Learner:
        try:
            return self.store.find_learner(name) or self.store.create_learner(name)
        except StoreError as exc:
            raise ClassroomError(exc.message) from None

    def _unfinished(self, learner: Learner | None) -> list[UnfinishedAttempt]:
        found = self.store.unfinished_attempts(None if learner is None else learner.id)
        return [u for u in found if _meta(u).get("preset_id") == self.preset.id]

    def _who(self, unfinished: UnfinishedAttempt) -> Who:
        meta = _meta(unfinished)
        return Who(
            str(meta.get("attempt_id") or uuid.uuid4().hex),
            str(meta.get("learner", "")),
            str(meta.get("learner_key", "")),
            str(meta.get("machine", self.machine)),
            self.preset,
        )

    def _rebuild(self, unfinished: UnfinishedAttempt, learner: Learner) -> Sitting | AttemptResult:
        """The attempt as a live sitting again; when its session cannot be rebuilt (a bank
        changed), it is written as interrupted and closed, and that result is returned."""
        try:
            session = Session.from_dict(unfinished.state, self.banks.values(), self.clock)
        except QuizError:
            return self._close_interrupted(unfinished)
        who = self._who(unfinished)
        sitting = Sitting(self, session, learner, who, unfinished.attempt.id, resumed=True)
        sitting.tick()  # time may have run out while the app was closed
        sitting.settle()  # feedback the preset hides, a finish not yet written
        return sitting

    def _resume_newest(self, learner: Learner) -> Sitting | None:
        """The learner's newest unfinished attempt at this preset, resumed; any older one (rare)
        is closed as interrupted."""
        resumed: Sitting | None = None
        for unfinished in self._unfinished(learner):
            if resumed is None:
                resumed = self._resume(unfinished, learner)
            else:
                self._close_interrupted(unfinished)
        return resumed

    def _resume(self, unfinished: UnfinishedAttempt, learner: Learner) -> Sitting | None:
        rebuilt = self._rebuild(unfinished, learner)
        if isinstance(rebuilt, Sitting) and not rebuilt.finished:
            return rebuilt
        return None  # interrupted and closed, or its time ran out while the app was closed

    def _recover_one(self, unfinished: UnfinishedAttempt) -> AttemptResult | None:
        try:
            learner = self.store.learner(unfinished.attempt.learner_id)
        except StoreError:
            return None
        rebuilt = self._rebuild(unfinished, learner)
        if isinstance(rebuilt, AttemptResult):
            return rebuilt
        if rebuilt.result is not None:
            return rebuilt.result
        snapshot = from_session(
            rebuilt.session,
            rebuilt.who,
            self.banks,
            written_at=self.clock.now(),
            interrupted=True,
            ended_at=unfinished.state_saved_at,
        )
        self.hand_in(snapshot)
        return snapshot

    def _close_interrupted(self, unfinished: UnfinishedAttempt) -> AttemptResult:
        """Write what the store kept of an attempt that cannot go on, and close it."""
        attempt = unfinished.attempt
        answers = self.store.answers(attempt.id)
        result = from_store(
            attempt,
            answers,
            self._who(unfinished),
            self.banks,
            written_at=self.clock.now(),
            ended_at=unfinished.state_saved_at,
        )
        self.store.finish_attempt(
            attempt.id, INTERRUPTED, score=result.score, time_used_ms=result.time_used_ms
        )
        self.hand_in(result)
        return result

    def hand_in(self, result: AttemptResult) -> Delivery:
        """Keep `result` on this machine; deliver it now unless the GUI does that in the
        background. Says what was delivered and what waits."""
        if self.deliver_at_once:
            return self.outbox.put(result)
        return self.outbox.keep(result)

    def _prefix(self, name: str) -> str:
        """How the names of the learner's result files at this preset begin."""
        return f"{slug(self.preset.id, 'preset', 40)}_{slug(name, 'learner')}_"

    def _attempt_ids(self, name: str, results: Iterable[AttemptResult]) -> set[str]:
        key = learner_key(name)
        return {
            r.attempt_id for r in results if r.preset.id == self.preset.id and r.learner_key == key
        }


class Sitting:
    """One learner's attempt at the preset. Moves go through here so the classroom rules hold:
    feedback the preset hides is skipped, every answer is saved, and the end is written."""

    def __init__(
        self,
        classroom: Classroom,
        session: Session,
        learner: Learner,
        who: Who,
        store_attempt: AttemptId,
        *,
        resumed: bool,
    ) -> None:
        self.classroom = classroom
        self.session = session
        self.learner = learner
        self.who = who
        self.store_attempt = store_attempt
        self.resumed = resumed
        self.result: AttemptResult | None = None
        self.delivery: Delivery | None = None
        self._recorded = {a.ref for a in session.answers}

    @property
    def preset(self) -> Preset:
        return self.classroom.preset

    @property
    def attempt_id(self) -> str:
        return self.who.attempt_id

    @property
    def finished(self) -> bool:
        return self.result is not None

    @property
    def shows_feedback_after_each(self) -> bool:
        return self.preset.feedback is Feedback.AFTER_EACH

    @property
    def shows_results_at_end(self) -> bool:
        """Whether the learner may see their score at the end."""
        return self.preset.feedback is not Feedback.NONE

    @property
    def shows_answers_at_end(self) -> bool:
        """Whether the learner may see their answers, and the right ones, at the end."""
        return self.preset.feedback in (Feedback.AFTER_EACH, Feedback.END)

    # -- moves -----------------------------------------------------------------------------------

    def set_draft(self, response: Response) -> None:
        self.session.set_draft(response)

    def submit(self, response: Response) -> Answer:
        answer = self.session.submit(response)
        self.settle()
        return answer

    def skip(self) -> None:
        self.session.skip()
        self.settle()

    def next(self) -> None:
        self.session.next()
        self.settle()

    def pause(self) -> None:
        """Practice only (the engine refuses to pause an exam)."""
        self.session.pause()

    def resume(self) -> None:
        self.session.resume()

    def tick(self) -> TimeEvent | None:
        """Apply time running out (the GUI calls this from its timer, as with any session)."""
        event = self.session.tick()
        if event is not None:
            self.settle()
        return event

    def autosave(self) -> SaveResult | None:
        """Call from a 1-second timer: keeps the session state at most 5 s old in the store."""
        if self.finished:
            return None
        return self.classroom.store.autosave(self.store_attempt, self.session.to_dict)

    def leave(self) -> Delivery:
        """The learner confirmed leaving: the attempt ends here, written as interrupted
        (abandoned). After the end, this only returns how the result was delivered."""
        if self.session.state is not State.FINISHED:
            self.session.abandon()
        self.save()
        assert self.delivery is not None
        return self.delivery

    def save(self) -> SaveResult | None:
        """Record new answers in the store; once the quiz has ended, write the result."""
        store = self.classroom.store
        new = [a for a in self.session.answers if a.ref not in self._recorded]
        saved: SaveResult | None = None
        if new:
            state = self.session.to_dict()
            for answer in new:
                saved = store.record_answer(
                    self.store_attempt,
                    answer_record(answer, self.session, self.classroom.banks[answer.bank_id]),
                    state,
                )
                self._recorded.add(answer.ref)
        if self.session.state is State.FINISHED and self.result is None:
            self._complete()
        return saved

    # -- inside ----------------------------------------------------------------------------------

    def settle(self) -> None:
        """Apply the classroom rules after any move: skip feedback the preset hides, save new
        answers, and write the result once the quiz has ended. (The moves here call it; call it
        yourself after driving `session` directly.)"""
        if self.session.state is State.FEEDBACK and not self.shows_feedback_after_each:
            self.session.next()
        self.save()

    def _complete(self) -> None:
        results = self.session.results
        clock = self.classroom.clock
        self.classroom.store.finish_attempt(
            self.store_attempt,
            results.reason.value,
            score=results.score,
            time_used_ms=results.time_used_ms,
        )
        self.result = from_session(
            self.session,
            self.who,
            self.classroom.banks,
            written_at=clock.now(),
            interrupted=results.reason is FinishReason.ABANDONED,
        )
        self.delivery = self.classroom.hand_in(self.result)


def _meta(unfinished: UnfinishedAttempt) -> dict[str, object]:
    meta = unfinished.attempt.config.get(META)
    return meta if isinstance(meta, dict) else {}
