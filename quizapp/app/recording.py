"""Hands a running quiz to the progress store: the attempt, each answer with the session state
after it, the autosave cadence, and the end; for a learner's own quiz (`AttemptRecorder`) and
for a classroom sitting (`SittingRecorder`). Plain glue between `quiz`, `progress` and
`classroom` (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from quizapp.bank import Bank
from quizapp.progress import AttemptId, BankUse, SaveResult, Store
from quizapp.progress.attempts import answer_record
from quizapp.quiz import Session, State
from quizapp.words import notice

if TYPE_CHECKING:  # a learner's own quiz never loads the classroom package
    from quizapp.classroom import Sitting


class Recorder(Protocol):
    """What the quiz page needs to keep a quiz saved: an `AttemptRecorder` for a learner's own
    quiz, a `SittingRecorder` for a classroom preset."""

    problem: str | None
    repaired: str | None

    def record_new_answers(self) -> None: ...
    def autosave(self) -> None: ...
    def save_now(self) -> None: ...
    def finish(self) -> None: ...


class AttemptRecorder:
    """Saves one attempt. `problem` holds the store's latest word on why saving is not working."""

    def __init__(
        self,
        store: Store,
        session: Session,
        banks: dict[str, Bank],
        attempt_id: AttemptId | None = None,
    ) -> None:
        self.store = store
        self.session = session
        self.banks = banks
        self.attempt_id = attempt_id
        self.problem: str | None = None
        self.repaired: str | None = None  # what the store repaired meanwhile, to tell once
        self._recorded = len(session.answers)  # a resumed session's answers are already saved

    def start(self, learner_id: int) -> AttemptId:
        """Record the start of a new attempt (the session has been started)."""
        s = self.session
        self.attempt_id = self.store.start_attempt(
            learner_id,  # type: ignore[arg-type]
            s.mode,
            config=s.config.to_json(),
            seed=s.seed,
            banks=[BankUse(b.id, b.content_hash, b.title) for b in self._used_banks()],
            state=s.to_dict(),
        )
        return self.attempt_id

    def record_new_answers(self) -> None:
        """Save every answer given since the last call, each with the state after it."""
        answers = self.session.answers
        state = self.session.to_dict()
        for answer in answers[self._recorded :]:
            self._note(
                self.store.record_answer(
                    self._id(),
                    answer_record(answer, self.session, self.banks[answer.bank_id]),
                    state,
                )
            )
        self._recorded = len(answers)

    def autosave(self) -> None:
        """From a timer: the store saves the state when the last save is 5 seconds old."""
        if self.session.state is not State.FINISHED:
            result = self.store.autosave(self._id(), self.session.to_dict)
            if result is not None:
                self._note(result)

    def save_now(self) -> None:
        if self.session.state is not State.FINISHED:
            self._note(self.store.save_state(self._id(), self.session.to_dict()))

    def finish(self) -> None:
        """Record the end, with the score, once the session has finished."""
        self.record_new_answers()
        results = self.session.results
        self._note(
            self.store.finish_attempt(
                self._id(),
                results.reason.value,
                score=results.score,
                time_used_ms=results.time_used_ms,
            )
        )

    def _id(self) -> AttemptId:
        assert self.attempt_id is not None, "start() the attempt first"
        return self.attempt_id

    def _note(self, result: SaveResult) -> None:
        self.problem = None if result.saved or result.problem is None else notice(result.problem)
        self.repaired = repaired(self.store) or self.repaired

    def _used_banks(self) -> list[Bank]:
        ids = dict.fromkeys(r.bank_id for r in self.session.questions)
        return [self.banks[i] for i in ids if i in self.banks]


class SittingRecorder:
    """Hands the quiz page's saves to the sitting. The page drives `sitting.session` itself (as
    for any quiz), so after every move the sitting settles: feedback the preset hides is
    skipped, new answers are saved, and the result is written once the quiz has ended."""

    def __init__(self, sitting: Sitting) -> None:
        self.sitting = sitting
        self.problem: str | None = None
        self.repaired: str | None = None

    def record_new_answers(self) -> None:
        self.sitting.settle()
        self._note()

    def autosave(self) -> None:
        self.sitting.autosave()
        self._note()

    def save_now(self) -> None:
        sitting = self.sitting
        if not sitting.finished and sitting.session.state is not State.FINISHED:
            store = sitting.classroom.store
            store.save_state(sitting.store_attempt, sitting.session.to_dict())
        self._note()

    def finish(self) -> None:
        self.sitting.settle()
        self._note()

    def _note(self) -> None:
        store = self.sitting.classroom.store
        status = store.status
        self.problem = None if status.writable or status.problem is None else notice(status.problem)
        self.repaired = repaired(store) or self.repaired


def repaired(store: Store) -> str | None:
    """The store's notices of what it repaired mid-session (a damaged file restored from a
    backup when writing came back), in words, each said once."""
    if not store.notices:
        return None
    text = " ".join(notice(n) for n in store.notices)
    store.notices.clear()
    return text
