"""The progress store: learners, attempts and answers in `<data>/progress.sqlite3`.

Open it once per app with `Store.open(paths, clock)`; it takes the data folder's lock, checks
the file (repairing it from a backup if damaged) and upgrades the schema. Every answer is
committed, with the session state after it, before `record_answer` returns. When the disk
refuses writes (full, read-only, unplugged) the quiz goes on: changes wait in memory, in order,
and are written as soon as writing works again (every later write, `autosave` and `retry` try).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
import unicodedata
from collections import deque
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime, tzinfo
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from quizapp import files
from quizapp.bank.model import QuestionRef
from quizapp.clock import Clock
from quizapp.files import FileRefused
from quizapp.paths import Paths
from quizapp.progress import opening, recovery, review, steps
from quizapp.progress.connection import (
    cause,
    checkpoint,
    explain,
    is_damaged,
    is_write_refused,
    needs_reopen,
    transaction,
)
from quizapp.progress.errors import AlreadyRunning, StoreError
from quizapp.progress.lock import DataFolderLock
from quizapp.progress.model import (
    MAX_NAME_LENGTH,
    AnswerId,
    Attempt,
    AttemptId,
    BankUse,
    CloseReport,
    JSONDict,
    Learner,
    LearnerId,
    LearnerSettings,
    Mode,
    OpenReport,
    SaveResult,
    StoredAnswer,
    StoreStatus,
    UnfinishedAttempt,
    from_db_time,
    to_db_time,
)
from quizapp.words import Notice

# The write records are imported by the methods that write: a start that only reads (up to the
# library page) never defines them (start-up is measured).
if TYPE_CHECKING:
    from quizapp.progress import writes
    from quizapp.progress.answerrecord import AnswerRecord
    from quizapp.progress.stats import LearnerStats

log = logging.getLogger(__name__)

AUTOSAVE_EVERY_S = 5.0
CHECKPOINT_AT_BYTES = 192 * 1024  # about five answers of ~43 KB of log each (schema 3)


class Store:
    """One learner-progress database. Not thread-safe: use it from the GUI thread."""

    def __init__(
        self,
        paths: Paths,
        clock: Clock,
        tz: tzinfo,
        conn: sqlite3.Connection,
        *,
        writable: bool,
        lock: DataFolderLock | None,
        report: OpenReport,
        reader_only: bool = False,
    ) -> None:
        self.paths = paths
        self.opened = report
        self._clock = clock
        self._tz = tz
        self._conn = conn
        self._writable = writable
        self._lock = lock
        self._reader_only = reader_only
        self._pending: deque[writes.Write] = deque()
        self._problem: Notice | None = report.notices[-1] if report.read_only else None
        self._attempts: dict[AttemptId, tuple[LearnerId, Mode, bool]] = {}
        self._state_saved: dict[AttemptId, float] = {}
        # Per running attempt: the state last handed to a write, and the steps since the whole.
        self._state_base: dict[AttemptId, tuple[dict[str, Any], int]] = {}
        self._next_ids: dict[str, int] = {}
        self._read_next_ids()
        self._last_backup = clock.monotonic()
        self._changed_since_backup = False
        self._closed = False
        self.notices: list[Notice] = []  # what a reopen repaired, for the app to tell

    # -- opening and closing -------------------------------------------------------------------

    @classmethod
    def open(cls, paths: Paths, clock: Clock, *, tz: tzinfo | None = None) -> Store:
        """Open the data folder's progress for this app. Raises `AlreadyRunning` if another
        quizapp has the folder, `StoreError` if there is no way to read progress at all. A
        read-only folder with an existing file opens for reading: quizzes still run and their
        answers wait in memory. `store.opened.messages` says what to tell the user."""
        zone = tz or clock.now().astimezone().tzinfo
        assert zone is not None
        folder = paths.data_dir
        lock: DataFolderLock | None = None
        refused: BaseException | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            lock = DataFolderLock.acquire(folder, started=clock.now().isoformat(" ", "seconds"))
        except AlreadyRunning:
            raise
        except FileRefused as e:  # a link or a folder named quizapp.lock: not ours to touch
            raise StoreError(Notice("data_folder_refused", {"detail": str(e)})) from e
        except OSError as e:
            log.warning("cannot lock %s: %s", folder, e)
            refused = e
        if lock is not None:
            try:
                lock.hold_database(paths.database)  # before any repair touches the file
                conn, report = opening.open_writable(paths, clock)
                try:
                    lock.hold_database(paths.database)  # a repair put a new file there
                except BaseException:
                    conn.close()
                    raise
                return cls(paths, clock, zone, conn, writable=True, lock=lock, report=report)
            except (sqlite3.Error, OSError) as e:
                lock.release()
                if isinstance(e, FileRefused) or not is_write_refused(e):
                    params = {"path": str(paths.database), "detail": str(e)}
                    raise StoreError(Notice("store_cannot_open", params)) from e
                log.warning("cannot write %s: %s", paths.database, e)
                refused = e
            except BaseException:
                lock.release()
                raise
        reason = cause(refused or OSError(), paths.database)
        why = Notice("store_cannot_write", {"reason": reason, "folder": str(folder)})
        try:
            conn = opening.open_read_only(paths, Notice("store_cannot_save", {"why": why}), why)
            notice = Notice("store_read_only", {"why": why})
        except StoreError:
            found = opening.newest_backup_to_read(paths, why)
            if found is None:
                raise
            conn, notice = found
        report = OpenReport(notices=(notice,), read_only=True)
        return cls(paths, clock, zone, conn, writable=False, lock=None, report=report)

    @classmethod
    def open_for_reading(cls, paths: Paths, clock: Clock, *, tz: tzinfo | None = None) -> Store:
        """Read progress without taking the folder (for `quizapp export`, even while the app
        runs). Never writes, repairs or upgrades; raises `StoreError` when there is nothing to
        read."""
        zone = tz or clock.now().astimezone().tzinfo
        assert zone is not None
        conn = opening.open_read_only(
            paths, Notice("no_progress_yet", {"folder": str(paths.data_dir)})
        )
        return cls(
            paths,
            clock,
            zone,
            conn,
            writable=False,
            lock=None,
            report=OpenReport(),
            reader_only=True,
        )

    def close(self) -> CloseReport:
        """Write what is pending, take a backup, and let the folder go. Safe to call twice."""
        if self._closed:
            return CloseReport()
        backup: str | None = None
        try:
            if not self._reader_only:
                self._flush()  # a last chance, reopening the file if it had gone read-only
                if self._writable and self._lock is not None:
                    backup = self._backup()
        finally:
            self._closed = True
            unsaved = self._pending_answers()
            self._conn.close()
            if self._lock is not None:
                self._lock.release()
        notice = None
        fallback: str | None = None
        if unsaved:
            fallback = self._write_fallback()
            params = {
                "count": unsaved,
                "folder": str(self.paths.data_dir),
                "why": self._problem,
                "fallback": fallback,
            }
            notice = Notice("answers_unsaved", params)
        return CloseReport(unsaved_answers=unsaved, notice=notice, backup=backup, fallback=fallback)

    def _write_fallback(self) -> str | None:
        """The writes still waiting, as JSON in the first folder that takes them: the data
        folder, then the system's temporary folder, then the home folder."""
        from quizapp.progress import writes

        stamp = self._clock.now().strftime("%Y%m%dT%H%M%S")
        data = writes.to_json(list(self._pending))
        for folder in (self.paths.data_dir, Path(tempfile.gettempdir()), Path.home()):
            path = folder / f"quizapp-unsaved-{stamp}-{os.getpid()}.json"
            try:
                files.write_atomic(path, data)
            except OSError as e:
                log.warning("cannot write %s: %s", path, e)
                continue
            return str(path)
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For the progress package's own read queries (statistics, export). Never write here."""
        return self._conn

    @property
    def status(self) -> StoreStatus:
        return StoreStatus(
            writable=self._writable and not self._pending,
            pending_writes=len(self._pending),
            pending_answers=self._pending_answers(),
            problem=self._problem,
        )

    # -- learners ------------------------------------------------------------------------------

    def learners(self, *, unless_only: str | None = None) -> list[Learner]:
        """Every learner on this machine, by name. With `unless_only`, not those whose every
        attempt's configuration has that key (the app leaves out names only ever used in a
        classroom: a class's sittings are not personal profiles)."""
        sql = (
            "SELECT id, name, created_at, extra_time_factor, font_size, language FROM learners AS l"
        )
        args: tuple[str, ...] = ()
        if unless_only is not None:
            sql += (
                " WHERE NOT EXISTS (SELECT 1 FROM attempts AS a WHERE a.learner_id = l.id)"
                " OR EXISTS (SELECT 1 FROM attempts AS a WHERE a.learner_id = l.id"
                " AND json_extract(a.config_json, '$.' || ?) IS NULL)"
            )
            args = (unless_only,)
        rows = self._conn.execute(sql + " ORDER BY name_key, id", args)
        return [_learner(row) for row in rows]

    def learner(self, learner_id: LearnerId) -> Learner:
        row = self._conn.execute(
            "SELECT id, name, created_at, extra_time_factor, font_size, language FROM learners"
            " WHERE id = ?",
            (learner_id,),
        ).fetchone()
        if row is None:
            raise StoreError(Notice("no_learner", {"id": learner_id}))
        return _learner(row)

    def find_learner(self, name: str) -> Learner | None:
        """The learner with this name (ignoring case and Unicode normal form), if any."""
        row = self._conn.execute(
            "SELECT id, name, created_at, extra_time_factor, font_size, language FROM learners"
            " WHERE name_key = ?",
            (learner_key(_clean_name(name)),),
        ).fetchone()
        return None if row is None else _learner(row)

    def create_learner(self, name: str, settings: LearnerSettings | None = None) -> Learner:
        from quizapp.progress import writes

        clean = _clean_name(name)
        self._refuse_taken(clean, None)
        learner = Learner(
            id=LearnerId(self._take_id("learners")),
            name=clean,
            created_at=self._clock.now(),
            settings=settings or LearnerSettings(),
        )
        self._write_now(
            writes.CreateLearner(
                learner.id,
                clean,
                learner_key(clean),
                to_db_time(learner.created_at),
                learner.settings,
            )
        )
        return learner

    def rename_learner(self, learner_id: LearnerId, name: str) -> Learner:
        from quizapp.progress import writes

        current = self.learner(learner_id)
        clean = _clean_name(name)
        self._refuse_taken(clean, learner_id)
        self._write_now(writes.RenameLearner(learner_id, clean, learner_key(clean)))
        return Learner(current.id, clean, current.created_at, current.settings)

    def update_settings(self, learner_id: LearnerId, settings: LearnerSettings) -> Learner:
        from quizapp.progress import writes

        current = self.learner(learner_id)
        self._write_now(writes.UpdateSettings(learner_id, settings))
        return Learner(current.id, current.name, current.created_at, settings)

    def delete_learner(self, learner_id: LearnerId) -> None:
        """Delete a learner with every attempt, answer and statistic (the GUI confirms first)."""
        from quizapp.progress import writes

        self.learner(learner_id)
        self._write_now(writes.DeleteLearner(learner_id))
        self._attempts = {k: v for k, v in self._attempts.items() if v[0] != learner_id}

    # -- attempts and answers ------------------------------------------------------------------

    def start_attempt(
        self,
        learner_id: LearnerId,
        mode: Mode,
        *,
        config: Mapping[str, Any],
        seed: int,
        banks: Sequence[BankUse],
        state: Mapping[str, Any],
    ) -> AttemptId:
        """Record the start of a quiz with the engine's configuration and first session state.
        Like every write it waits in memory if the disk refuses it (see `status`)."""
        from quizapp.progress import writes

        self._refuse_if_reader()
        self.learner(learner_id)
        attempt_id = AttemptId(self._take_id("attempts"))
        op = writes.StartAttempt(
            id=attempt_id,
            learner_id=learner_id,
            mode=Mode(mode),
            config_json=_dump(config, "config"),
            seed=int(seed),
            started_at=to_db_time(self._clock.now()),
            banks=tuple(banks),
            state_json=_dump(state, "state"),
        )
        self._attempts[attempt_id] = (learner_id, Mode(mode), False)
        self._state_saved[attempt_id] = self._clock.monotonic()
        self._state_base[attempt_id] = (json.loads(op.state_json), 0)
        self._submit(op)
        return attempt_id

    def record_answer(
        self, attempt_id: AttemptId, answer: AnswerRecord, state: Mapping[str, Any]
    ) -> SaveResult:
        """Commit one graded answer and the session state after it, together; on disk when
        `saved` is true, else held in memory and retried."""
        from quizapp.progress import writes

        learner_id, mode, _ = self._open_attempt(attempt_id)
        answer_id = self._take_id("answers")
        now = to_db_time(self._clock.now())
        op = writes.SaveAnswer(
            id=AnswerId(answer_id),
            attempt_id=attempt_id,
            learner_id=learner_id,
            moves_schedule=mode is not Mode.EXAM,  # exam answers never move the schedule
            answer=answer,
            answered_at=to_db_time(answer.answered_at),
            day=answer.answered_at.astimezone(self._tz).date().isoformat(),
            tags_json=json.dumps(sorted(set(answer.tags)), ensure_ascii=False),
            state=self._state_write(attempt_id, state, now),
        )
        self._state_saved[attempt_id] = self._clock.monotonic()
        result = self._submit(op)
        if result.saved:
            return SaveResult(True, 0, None, AnswerId(answer_id))
        return result

    def save_state(self, attempt_id: AttemptId, state: Mapping[str, Any]) -> SaveResult:
        """Save the session state of a running attempt now."""
        from quizapp.progress import writes

        self._open_attempt(attempt_id)
        self._state_saved[attempt_id] = self._clock.monotonic()
        # Only the newest state matters: replace a whole state still waiting to be written.
        last = self._pending[-1] if self._pending else None
        if isinstance(last, writes.SaveState) and last.attempt_id == attempt_id:
            self._pending.pop()
        return self._submit(self._state_write(attempt_id, state, to_db_time(self._clock.now())))

    def _state_write(
        self, attempt_id: AttemptId, state: Mapping[str, Any], now: str
    ) -> writes.SaveState | writes.SaveStep:
        """The state as a small step after the last one when that is safe and much smaller,
        else whole. Steps follow each other only while nothing waits to be written."""
        from quizapp.progress import writes

        text = _dump(state, "state")
        whole = writes.SaveState(attempt_id, text, now)
        plain: dict[str, Any] = json.loads(text)
        base = self._state_base.get(attempt_id)
        if base is not None and not self._pending and base[1] < steps.MAX_STEPS:
            patch = _dump(steps.diff(base[0], plain), "state")
            if 2 * len(patch) < len(text):
                self._state_base[attempt_id] = (plain, base[1] + 1)
                return writes.SaveStep(base[1] + 1, patch, whole)
        self._state_base[attempt_id] = (plain, 0)
        return whole

    def autosave(
        self, attempt_id: AttemptId, state: Callable[[], Mapping[str, Any]]
    ) -> SaveResult | None:
        """Call from a timer (every second is fine): saves the state if the last save of this
        attempt is `AUTOSAVE_EVERY_S` old, and retries pending writes. None if nothing was due."""
        last = self._state_saved.get(attempt_id)
        result: SaveResult | None
        if last is not None and self._clock.monotonic() - last < AUTOSAVE_EVERY_S:
            result = self.retry() if self._pending else None
        else:
            result = self.save_state(attempt_id, state())
        self._keep_log_short()
        return result

    def _keep_log_short(self, *, catching_up: bool = False) -> None:
        """Checkpoint once the log passes `CHECKPOINT_AT_BYTES` (about five answers): a deleted
        or damaged -wal then loses at most those, and the answer's own commit never waits for
        a checkpoint (it runs here, from the autosave timer)."""
        if not self._writable or self._reader_only or self._closed:
            return
        if self._pending and not catching_up:
            return
        try:
            size = os.stat(f"{self.paths.database}-wal").st_size
        except OSError:
            return
        if size >= CHECKPOINT_AT_BYTES:
            checkpoint(self._conn)

    def finish_attempt(
        self,
        attempt_id: AttemptId,
        reason: str,
        score: float | None = None,
        time_used_ms: int | None = None,
    ) -> SaveResult:
        """End an attempt (finished, time up, abandoned, ...); `score` is the fraction 0..1 and
        `time_used_ms` the quiz time the results page shows (pauses and time away excluded)."""
        from quizapp.progress import writes

        learner_id, mode, _ = self._open_attempt(attempt_id)
        end = None if time_used_ms is None else _dump({"time_used_ms": time_used_ms}, "time")
        op = writes.FinishAttempt(attempt_id, to_db_time(self._clock.now()), reason, score, end)
        self._attempts[attempt_id] = (learner_id, mode, True)
        self._state_saved.pop(attempt_id, None)
        self._state_base.pop(attempt_id, None)
        return self._submit(op)

    def retry(self) -> SaveResult:
        """Try again to write what is waiting (the GUI may call this from a timer)."""
        return self._result(self._flush())

    def backup_now(self) -> str | None:
        """Take a backup now (it also happens on close and every 30 minutes of use)."""
        if not (self._writable and self._lock is not None):
            return None
        return self._backup()

    # -- reading progress ----------------------------------------------------------------------

    def unfinished_attempts(self, learner_id: LearnerId | None = None) -> list[UnfinishedAttempt]:
        """Attempts that never ended, newest first: offer to resume them at start."""
        where = "ended_at IS NULL" + ("" if learner_id is None else " AND learner_id = ?")
        args = () if learner_id is None else (learner_id,)
        rows = self._conn.execute(
            f"SELECT id, state_json, state_saved_at FROM attempts WHERE {where}"
            " ORDER BY started_at DESC, id DESC",
            args,
        ).fetchall()
        found = []
        for attempt_id, state_json, saved_at in rows:
            if state_json is None:
                continue
            patches = self._conn.execute(
                "SELECT patch_json, saved_at FROM attempt_steps WHERE attempt_id = ?"
                " ORDER BY rowid",
                (attempt_id,),
            ).fetchall()
            state = steps.apply(json.loads(state_json), (json.loads(p) for p, _ in patches))
            found.append(
                UnfinishedAttempt(
                    attempt=self.attempt(attempt_id),
                    state=state,
                    state_saved_at=from_db_time(patches[-1][1] if patches else saved_at),
                )
            )
        return found

    def attempt(self, attempt_id: AttemptId) -> Attempt:
        found = self._attempt_rows("t.id = ?", attempt_id)
        if not found:
            raise StoreError(Notice("no_attempt", {"id": attempt_id}))
        return found[0]

    def attempts(self, learner_id: LearnerId) -> list[Attempt]:
        """Every attempt of a learner, oldest first."""
        return self._attempt_rows("t.learner_id = ?", learner_id)

    def _attempt_rows(self, where: str, value: int) -> list[Attempt]:
        banks: dict[int, list[BankUse]] = {}
        for attempt_id, *use in self._conn.execute(
            "SELECT ab.attempt_id, ab.bank_id, ab.content_hash, ab.title FROM attempt_banks AS ab"
            f" JOIN attempts AS t ON t.id = ab.attempt_id WHERE {where} ORDER BY ab.bank_id",
            (value,),
        ):
            banks.setdefault(attempt_id, []).append(BankUse(*use))
        rows = self._conn.execute(
            "SELECT t.id, t.learner_id, t.mode, t.config_json, t.seed, t.started_at, t.ended_at,"
            " t.end_reason, t.score, (SELECT count(*) FROM answers WHERE attempt_id = t.id),"
            " CASE WHEN t.ended_at IS NULL THEN NULL ELSE t.state_json END"
            f" FROM attempts AS t WHERE {where} ORDER BY t.started_at, t.id",
            (value,),
        )
        return [_attempt(row, tuple(banks.get(row[0], ()))) for row in rows]

    def answers(self, attempt_id: AttemptId) -> list[StoredAnswer]:
        """The answers of one attempt, in the order given."""
        rows = self._conn.execute(
            "SELECT a.id, a.attempt_id, a.bank_id, a.question_id, a.response_json, a.score,"
            " a.correct, a.time_ms, a.answered_at, a.content_hash, q.prompt, q.bank_title,"
            " q.tags_json FROM answers AS a"
            " LEFT JOIN questions AS q USING (bank_id, question_id, content_hash)"
            " WHERE a.attempt_id = ? ORDER BY a.id",
            (attempt_id,),
        )
        return [
            StoredAnswer(
                id=r[0],
                attempt_id=r[1],
                bank_id=r[2],
                question_id=r[3],
                response_json=r[4],
                score=r[5],
                correct=bool(r[6]),
                time_ms=r[7],
                answered_at=from_db_time(r[8]),
                content_hash=r[9],
                prompt=r[10] or "",
                bank_title=r[11] or "",
                tags=tuple(json.loads(r[12] or "[]")),
            )
            for r in rows
        ]

    def stats(self, learner_id: LearnerId, now: datetime | None = None) -> LearnerStats:
        """Every statistic for one learner, from the summary tables (fast at any size)."""
        from quizapp.progress import stats  # the progress page only

        return stats.learner_stats(self._conn, learner_id, now or self._clock.now(), self._tz)

    def due_questions(
        self,
        learner_id: LearnerId,
        *,
        banks: Collection[str] | None = None,
        limit: int | None = None,
        now: datetime | None = None,
    ) -> list[QuestionRef]:
        """Ids for a "due for review" quiz: due now, most overdue first. The caller drops ids no
        longer in their bank."""
        return review.due_questions(
            self._conn, learner_id, now or self._clock.now(), banks=banks, limit=limit
        )

    def mistakes(
        self,
        learner_id: LearnerId,
        *,
        banks: Collection[str] | None = None,
        limit: int | None = None,
    ) -> list[QuestionRef]:
        """Ids for a "mistakes" quiz: questions whose latest answer was wrong."""
        return review.mistakes(self._conn, learner_id, banks=banks, limit=limit)

    # -- internals -----------------------------------------------------------------------------

    def _submit(self, op: writes.Write) -> SaveResult:
        self._refuse_if_reader()
        self._pending.append(op)
        return self._result(self._flush())

    def _write_now(self, op: writes.Write) -> None:
        """Learner changes are not queued: they happen now or the user is told why not."""
        self._refuse_if_reader()
        self._pending.append(op)
        if not self._flush() and op in self._pending:
            self._pending.remove(op)
            raise StoreError(self._problem or Notice("store_cannot_write_now", {}))

    def _flush(self) -> bool:
        """Apply pending writes in order; False (and `_problem` set) if the disk refuses."""
        if self._pending and self._problem is not None and self._writable:
            # After a refusal: empty the log first, so the room that came back goes to the
            # answers, not to a log that only grows.
            checkpoint(self._conn)
        while self._pending:
            if not self._writable and not self._reopen():
                return False
            op = self._pending[0]
            try:
                with transaction(self._conn):
                    op.apply(self._conn)
            except (sqlite3.Error, OSError) as e:
                if is_write_refused(e) or is_damaged(e):
                    self._problem = explain(e, self.paths.database)
                    log.warning("write refused, %d pending: %s", len(self._pending), e)
                    if needs_reopen(e):
                        self._writable = False
                    return False
                self._pending.popleft()
                raise StoreError(Notice("store_save_failed", {"detail": str(e)})) from e
            self._pending.popleft()
            self._changed_since_backup = True
            from quizapp.progress import writes  # loaded: `op` is one of its records

            if isinstance(op, writes.FinishAttempt):
                checkpoint(self._conn)
            elif self._pending:  # catching up a backlog: the log must not eat the room
                self._keep_log_short(catching_up=True)
        self._problem = None
        self._maybe_backup()
        return True

    def _reopen(self) -> bool:
        """After the disk refused writes: take the folder and a writing connection again."""
        from quizapp.progress import writes

        if self._closed or self._reader_only:
            return False
        try:
            if self._lock is None:
                self._lock = DataFolderLock.acquire(self.paths.data_dir)
            # The guarded open: a file lost or damaged meanwhile is repaired, never recreated
            # empty under answers that would then look like all there is.
            conn, report = opening.open_writable(self.paths, self._clock)
            try:
                self._lock.hold_database(self.paths.database)
            except BaseException:
                conn.close()
                raise
        except AlreadyRunning as e:
            self._problem = e.notice
            return False
        except (sqlite3.Error, OSError, StoreError) as e:
            self._problem = self._problem or explain(e, self.paths.database)
            return False
        for notice in report.notices:
            log.warning("%s %s", notice.code, notice.params)
        self.notices.extend(report.notices)
        # The file may be a restored copy: what waits is written with whole states.
        self._pending = deque(writes.whole_states(op) for op in self._pending)
        self._state_base.clear()
        self._conn.close()
        self._conn = conn
        self._writable = True
        self._read_next_ids()
        log.info("writing works again in %s", self.paths.data_dir)
        return True

    def _maybe_backup(self) -> None:
        due = self._clock.monotonic() - self._last_backup >= recovery.BACKUP_EVERY_S
        if due and self._changed_since_backup and self._lock is not None:
            self._backup()

    def _backup(self) -> str | None:
        self._last_backup = self._clock.monotonic()
        try:
            path = recovery.make_backup(self._conn, self.paths.backup_dir, self._clock.now())
        except (sqlite3.Error, OSError) as e:
            log.warning("backup failed: %s", e)
            return None
        self._changed_since_backup = False
        return str(path)

    def _read_next_ids(self) -> None:
        for table in ("learners", "attempts", "answers"):
            found = self._conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()
            self._next_ids[table] = max(self._next_ids.get(table, 1), int(found[0]))

    def _take_id(self, table: str) -> int:
        # One process per data folder, so ids can be handed out here, before the row is
        # written: an answer waiting in memory already has its id.
        value = self._next_ids[table]
        self._next_ids[table] = value + 1
        return value

    def _open_attempt(self, attempt_id: AttemptId) -> tuple[LearnerId, Mode, bool]:
        self._refuse_if_reader()
        info = self._attempts.get(attempt_id)
        if info is None:
            row = self._conn.execute(
                "SELECT learner_id, mode, ended_at IS NOT NULL FROM attempts WHERE id = ?",
                (attempt_id,),
            ).fetchone()
            if row is None:
                raise StoreError(Notice("no_attempt", {"id": attempt_id}))
            info = (LearnerId(row[0]), Mode(row[1]), bool(row[2]))
            self._attempts[attempt_id] = info
        if info[2]:
            raise StoreError(Notice("attempt_ended", {"id": attempt_id}))
        return info

    def _refuse_taken(self, name: str, learner_id: LearnerId | None) -> None:
        taken = self.find_learner(name)
        if taken is not None and taken.id != learner_id:
            raise StoreError(Notice("name_taken", {"name": taken.name}))

    def _refuse_if_reader(self) -> None:
        if self._reader_only:
            raise StoreError(Notice("store_reading_only", {}))
        if self._closed:
            raise StoreError(Notice("store_closed", {}))

    def _pending_answers(self) -> int:
        if not self._pending:
            return 0
        from quizapp.progress import writes

        return sum(isinstance(op, writes.SaveAnswer) for op in self._pending)

    def _result(self, saved: bool) -> SaveResult:
        return SaveResult(saved=saved, pending=len(self._pending), problem=self._problem)


def _dump(value: Mapping[str, Any], what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError) as e:
        raise StoreError(Notice("not_plain_json", {"what": what, "detail": str(e)})) from e


def _clean_name(name: str) -> str:
    clean = unicodedata.normalize("NFC", name).strip()
    if not clean:
        raise StoreError(Notice("name_empty", {}))
    if len(clean) > MAX_NAME_LENGTH:
        raise StoreError(Notice("name_too_long", {"max": MAX_NAME_LENGTH}))
    try:
        clean.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError(Notice("name_unsavable", {})) from None
    return clean


def learner_key(name: str) -> str:
    """Two spellings that differ only in case, spaces around or Unicode form: one learner. The
    one key for a name: the store's unique index, and the classroom's results on every machine."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).strip().casefold())


def _learner(row: tuple[Any, ...]) -> Learner:
    return Learner(
        id=LearnerId(row[0]),
        name=row[1],
        created_at=from_db_time(row[2]),
        settings=LearnerSettings.stored(row[3], row[4], row[5]),
    )


def _attempt(row: tuple[Any, ...], banks: tuple[BankUse, ...]) -> Attempt:
    config: JSONDict = json.loads(row[3])
    return Attempt(
        id=AttemptId(row[0]),
        learner_id=LearnerId(row[1]),
        mode=Mode(row[2]),
        config=config,
        seed=row[4],
        banks=banks,
        started_at=from_db_time(row[5]),
        ended_at=from_db_time(row[6]) if row[6] else None,
        end_reason=row[7],
        score=row[8],
        answer_count=row[9],
        time_used_ms=_time_used(row[10]),
    )


def _time_used(end_json: str | None) -> int | None:
    """The quiz time kept at the end (attempts ended before it was kept have none)."""
    try:
        value = json.loads(end_json)["time_used_ms"] if end_json else None
    except (ValueError, TypeError, KeyError):
        return None
    return value if isinstance(value, int) and not isinstance(value, bool) else None
