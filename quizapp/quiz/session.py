"""The quiz session: a state machine the GUI drives, then redraws from.

    NOT_STARTED --start--> ASKING --submit--> FEEDBACK --next--> ASKING ... --> FINISHED
    exam: ASKING --submit/skip--> ASKING (the next question; feedback comes with the results)
    practice, mistakes, review: ASKING/FEEDBACK --pause--> PAUSED --resume--> where it was
    any started state --abandon--> FINISHED(abandoned); time running out --> see `tick`

A move the current state or mode does not allow raises `IllegalMoveError`. Time is read from a
`Clock` on demand (see `Countdown`); the GUI calls `tick()` from its timer to apply expiry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import suppress
from datetime import datetime
from typing import Self

from quizapp.bank.model import Bank, BankId, Question
from quizapp.clock import Clock
from quizapp.quiz import saved
from quizapp.quiz.config import Mode, QuestionRef, QuizConfig
from quizapp.quiz.countdown import Countdown
from quizapp.quiz.errors import IllegalMoveError, QuizError
from quizapp.quiz.jsonish import JSON
from quizapp.quiz.plan import QuizPlan
from quizapp.quiz.records import (
    Answer,
    FinishReason,
    QuestionView,
    Results,
    State,
    TimeEvent,
)
from quizapp.quiz.responses import Response, check_response
from quizapp.quiz.scoring import Grade, grade
from quizapp.quiz.select import bank_index, select_questions


class Session:
    """One attempt at a quiz. Build it from a configuration, or resume it with `from_dict`."""

    def __init__(self, config: QuizConfig, banks: Iterable[Bank], clock: Clock) -> None:
        config = config.with_seed()
        index = bank_index(banks)
        self._setup(config, index, clock, select_questions(config, index))

    def _setup(
        self,
        config: QuizConfig,
        banks: Mapping[BankId, Bank],
        clock: Clock,
        order: tuple[QuestionRef, ...],
    ) -> None:
        self.plan = QuizPlan.build(config, banks, order)
        self.config = config
        self._clock = clock
        self._questions = self.plan.questions
        self._state = State.NOT_STARTED
        self._paused_from: State | None = None
        self._finish_reason: FinishReason | None = None
        self._pending: list[QuestionRef] = list(order)  # unanswered, in asking order
        self._skipped: list[QuestionRef] = []
        self._answers: dict[QuestionRef, Answer] = {}  # in the order answered
        self._used: dict[QuestionRef, float] = {}  # seconds, for questions not on screen
        self._current: QuestionRef | None = None  # asked, or shown with its feedback
        self._drafts: dict[QuestionRef, Response] = {}  # entered, not submitted (kept on skip)
        self._quiz_clock = Countdown(clock, self.plan.quiz_time_limit)
        self._question_clock = Countdown(clock)
        self._started_at: datetime | None = None
        self._finished_at: datetime | None = None

    # --- what the GUI reads -------------------------------------------------------------------

    @property
    def state(self) -> State:
        return self._state

    @property
    def mode(self) -> Mode:
        return self.config.mode

    @property
    def seed(self) -> int:
        return self.plan.seed

    @property
    def finish_reason(self) -> FinishReason | None:
        return self._finish_reason

    @property
    def paused_from(self) -> State | None:
        return self._paused_from

    @property
    def questions(self) -> tuple[QuestionRef, ...]:
        """Every question of the quiz, in its order."""
        return self.plan.order

    @property
    def pending(self) -> tuple[QuestionRef, ...]:
        """Questions not answered yet, in the order they will be asked."""
        return tuple(self._pending)

    @property
    def skipped(self) -> tuple[QuestionRef, ...]:
        """Exam: questions skipped and not answered yet, oldest first."""
        return tuple(self._skipped)

    @property
    def answers(self) -> tuple[Answer, ...]:
        """Every answer so far, in the order given (the newest last, for the progress store)."""
        return tuple(self._answers.values())

    @property
    def draft(self) -> Response:
        """What the learner has entered for the current question, submitted if time runs out."""
        return None if self._current is None else self._drafts.get(self._current)

    @property
    def current(self) -> QuestionView:
        """The question on screen: being asked, or shown with its feedback (also when paused)."""
        if self._current is None:
            raise QuizError(f"There is no question on screen while the quiz is {self._state}.")
        return self.plan.view(self._current, self._current in self._skipped)

    @property
    def feedback(self) -> Answer:
        """The answer just given, with its grade (practice, mistakes and review modes)."""
        shown = self._paused_from if self._state is State.PAUSED else self._state
        if shown is not State.FEEDBACK or self._current is None:
            raise IllegalMoveError("There is no feedback to show now.")
        return self._answers[self._current]

    def quiz_remaining(self) -> float | None:
        """Seconds left for the whole quiz (extra time included), or None without a limit."""
        return self._quiz_clock.remaining()

    def question_remaining(self) -> float | None:
        """Seconds left for the question being asked, or None without a per-question limit."""
        if self._state is State.FEEDBACK or self._paused_from is State.FEEDBACK:
            return None
        return self._question_clock.remaining() if self._current is not None else None

    def quiz_used(self) -> float:
        """Seconds spent on the quiz so far (pauses excluded)."""
        return self._quiz_clock.used()

    @property
    def results(self) -> Results:
        if self._state is not State.FINISHED:
            raise IllegalMoveError("The results come when the quiz has finished.")
        assert self._finish_reason and self._started_at and self._finished_at
        return Results(
            reason=self._finish_reason,
            mode=self.mode,
            seed=self.seed,
            answers=tuple(self._answers[r] for r in self.questions if r in self._answers),
            unanswered=tuple(r for r in self.questions if r not in self._answers),
            points_earned=sum(a.grade.points_earned for a in self._answers.values()),
            points_possible=sum(self.plan.points(r) for r in self.questions),
            extra_time=self.config.extra_time,
            extra_time_applied=self.plan.has_limits and self.config.extra_time > 1.0,
            time_used_ms=round(self._quiz_clock.used() * 1000),
            started_at=self._started_at,
            finished_at=self._finished_at,
        )

    # --- moves --------------------------------------------------------------------------------

    def start(self) -> None:
        self._require({State.NOT_STARTED}, "start")
        self._started_at = self._clock.now()
        self._quiz_clock.start()
        self._ask_next()

    def set_draft(self, response: Response) -> None:
        """Remember what the learner has entered so far (it is submitted if time runs out)."""
        self._require({State.ASKING}, "enter an answer")
        self._keep_draft(check_response(self._on_screen(), response))

    def submit(self, response: Response) -> Answer:
        """Grade `response` to the current question and move on (to feedback, or the next one).

        If the clock says time ran out before this call, the expiry rule applies first, with
        `response` as what the learner had entered; the answer recorded is returned either way.
        """
        self._require({State.ASKING}, "submit an answer")
        where = self._current
        self._keep_draft(check_response(self._on_screen(), response))
        if self.tick() is None:
            self._record(self._on_screen_ref(), self.draft, by_clock=False)
            self._after_answer()
        assert where is not None
        return self._answers[where]

    def skip(self) -> None:
        """Exam: leave the current question for later and ask the next unanswered one."""
        if not self.mode.may_skip:
            raise IllegalMoveError("Only an exam lets you skip a question and come back to it.")
        self._require({State.ASKING}, "skip a question")
        if len(self._pending) < 2:
            raise IllegalMoveError("This is the only question left, so it cannot be skipped.")
        where = self._on_screen_ref()
        self._leave_question(where)
        self._pending.remove(where)
        self._pending.append(where)
        if where not in self._skipped:
            self._skipped.append(where)
        self._ask_next()

    def next(self) -> None:
        """From feedback to the next question, or to the results after the last one."""
        self._require({State.FEEDBACK}, "go to the next question")
        self._ask_next()

    def pause(self) -> None:
        if not self.mode.may_pause:
            raise IllegalMoveError("An exam cannot be paused.")
        self._require({State.ASKING, State.FEEDBACK}, "pause")
        self._paused_from = self._state
        self._quiz_clock.stop()
        self._question_clock.stop()
        self._state = State.PAUSED

    def resume(self) -> None:
        self._require({State.PAUSED}, "resume")
        assert self._paused_from is not None
        self._state, self._paused_from = self._paused_from, None
        self._quiz_clock.start()
        if self._state is State.ASKING:
            self._question_clock.start()

    def abandon(self) -> None:
        """Stop here: answers so far count, the rest are left unanswered."""
        self._require({State.ASKING, State.FEEDBACK, State.PAUSED}, "abandon")
        if self._state is State.ASKING or self._paused_from is State.ASKING:
            self._leave_question(self._on_screen_ref())
        self._finish(FinishReason.ABANDONED)

    def tick(self) -> TimeEvent | None:
        """Apply the expiry rules by the clock; the GUI calls this from its timer.

        - The quiz's time is up: the current entry is submitted as it stands, every other
          unanswered question is recorded as timed out, and the quiz finishes ("time up").
        - The question's time is up: its entry is submitted as it stands (blank = timed out)
          and the quiz moves on as after any answer.
        Returns what happened, or None. Never raises: calling it in any state is fine.
        """
        if self._state not in (State.ASKING, State.FEEDBACK):
            return None
        if self._quiz_clock.expired():
            self._time_up()
            return TimeEvent.QUIZ_TIME_UP
        if self._state is State.ASKING and self._question_clock.expired():
            self._record(self._on_screen_ref(), self.draft, by_clock=True)
            self._after_answer()
            return TimeEvent.QUESTION_TIME_UP
        return None

    check_time = tick

    # --- saved state --------------------------------------------------------------------------

    def to_dict(self) -> dict[str, JSON]:
        """The whole state as plain JSON-compatible data (see docs/quiz-engine.md)."""
        used = dict(self._used)
        if self._current is not None and self._current not in self._answers:
            used[self._current] = self._question_clock.used()
        return saved.dump(
            config=self.config,
            state=self._state,
            paused_from=self._paused_from,
            finish_reason=self._finish_reason,
            order=self.questions,
            pending=self._pending,
            skipped=self._skipped,
            current=self._current,
            drafts=self._drafts,
            answers=list(self._answers.values()),
            used=used,
            quiz_used=self._quiz_clock.used(),
            started_at=self._started_at,
            finished_at=self._finished_at,
            saved_at=self._clock.now(),
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, object], banks: Iterable[Bank], clock: Clock) -> Self:
        """Rebuild a session saved by `to_dict`; it continues exactly where it stopped.

        Time while the app was not running does not count, unless the configuration says the
        clock keeps running. Raises `ResumeError` if the data is damaged, from another format
        version, or names a bank or question that is not available any more.
        """
        state = saved.load(data, bank_index(banks))
        session = cls.__new__(cls)
        session._setup(state.config, state.banks, clock, state.order)
        session._restore(state)
        return session

    def _restore(self, s: saved.SavedState) -> None:
        self._state, self._paused_from, self._finish_reason = s.state, s.paused_from, s.reason
        self._pending, self._skipped = list(s.pending), list(s.skipped)
        self._used = dict(s.used)
        self._started_at, self._finished_at = s.started_at, s.finished_at
        for a in s.answers:
            g = self._grade(a.ref, a.response, by_clock=a.by_clock)
            self._answers[a.ref] = Answer(a.ref, a.response, g, a.time_ms, a.at, a.by_clock)
        self._quiz_clock.add(s.quiz_used)
        self._current = s.current
        if s.current is not None and s.current not in self._answers:
            self._question_clock = self._countdown_for(s.current)
        for where, draft in s.drafts.items():
            with suppress(QuizError):  # the bank changed under an entry never submitted: drop it
                self._keep_draft(check_response(self._questions[where], draft), where)
        if self._state in (State.ASKING, State.FEEDBACK):
            gap = 0.0
            if self.config.clock_keeps_running:  # the one use of wall time, and never negative
                gap = max(0.0, (self._clock.now() - s.saved_at).total_seconds())
            self._quiz_clock.add(gap)
            self._quiz_clock.start()
            if self._state is State.ASKING:
                self._question_clock.add(gap)
                self._question_clock.start()

    # --- inside -------------------------------------------------------------------------------

    def _require(self, states: set[State], move: str) -> None:
        if self._state not in states:
            why = f" ({self._finish_reason})" if self._finish_reason else ""
            raise IllegalMoveError(f"Cannot {move} while the quiz is {self._state}{why}.")

    def _on_screen_ref(self) -> QuestionRef:
        assert self._current is not None
        return self._current

    def _on_screen(self) -> Question:
        return self._questions[self._on_screen_ref()]

    def _countdown_for(self, where: QuestionRef) -> Countdown:
        return Countdown(self._clock, self.plan.time_limit(where), self._used.get(where, 0.0))

    def _ask_next(self) -> None:
        if not self._pending:
            self._finish(FinishReason.COMPLETED)
            return
        self._current = self._pending[0]
        self._question_clock = self._countdown_for(self._current)
        self._question_clock.start()
        self._state = State.ASKING

    def _leave_question(self, where: QuestionRef) -> None:
        self._question_clock.stop()
        self._used[where] = self._question_clock.used()

    def _record(
        self, where: QuestionRef, response: Response, *, by_clock: bool, overrun: float = 0.0
    ) -> None:
        """Grade and keep the answer to the question on screen; it is charged the time used up
        to its limit, less `overrun` (time counted after the quiz's own limit had passed)."""
        self._question_clock.stop()
        used = max(0.0, self._question_clock.used() - overrun)
        limit = self._question_clock.limit
        used = used if limit is None else min(used, limit)
        self._used[where] = used
        g = self._grade(where, response, by_clock=by_clock)
        self._answers[where] = Answer(
            where, response, g, round(used * 1000), self._clock.now(), by_clock
        )
        self._pending.remove(where)
        self._drafts.pop(where, None)
        if where in self._skipped:
            self._skipped.remove(where)

    def _grade(self, where: QuestionRef, response: Response, *, by_clock: bool) -> Grade:
        plan = self.plan
        language = plan.language(where)
        return grade(
            plan.questions[where],
            response,
            plan.points(where),
            timed_out=by_clock,
            language=language,
        )

    def _keep_draft(self, response: Response, where: QuestionRef | None = None) -> None:
        where = where or self._on_screen_ref()
        if response is None:
            self._drafts.pop(where, None)
        else:
            self._drafts[where] = response

    def _after_answer(self) -> None:
        if self.mode.immediate_feedback:
            self._state = State.FEEDBACK
        else:
            self._ask_next()

    def _time_up(self) -> None:
        if self._state is State.ASKING:
            overrun = self._quiz_clock.overrun()
            self._record(self._on_screen_ref(), self.draft, by_clock=True, overrun=overrun)
        for where in list(self._pending):
            self._current = where
            self._question_clock = self._countdown_for(where)
            self._record(where, self._drafts.get(where), by_clock=True)
        self._finish(FinishReason.TIME_UP)

    def _finish(self, reason: FinishReason) -> None:
        if reason is FinishReason.TIME_UP and self._quiz_clock.limit is not None:
            self._quiz_clock = Countdown(
                self._clock, self._quiz_clock.limit, self._quiz_clock.limit
            )
        self._quiz_clock.stop()
        self._question_clock.stop()
        self._state, self._paused_from = State.FINISHED, None
        self._finish_reason = reason
        self._finished_at = self._clock.now()
        self._current = None
        self._drafts.clear()
