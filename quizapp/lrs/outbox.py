"""The LRS side of the local outbox: every finished (or interrupted) attempt is kept on this
machine until the LRS has all of its statements, then moved aside.

    <data>/outbox/lrs/<name>.result.json        waiting for the LRS
    <data>/outbox/lrs/sent/<name>.result.json   the LRS has every statement of it

`keep` is what the classroom's outbox calls when it keeps a result: a local atomic write and
nothing else, so the quiz never waits for the network. `Sender` delivers in a background
thread, in batches, and backs off while the LRS is down; a refused key (401/403) stops it until
the teacher fixes the credentials, with the statements kept. The results file is the source of
the statements, so a newer file for the same attempt (the finished one replacing the
"interrupted" snapshot) simply replaces the waiting one.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from quizapp.bank.model import Bank
from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.files import write_atomic
from quizapp.classroom.outbox import OUTBOX
from quizapp.classroom.presetlrs import LrsSettings
from quizapp.classroom.results import AttemptResult, read_result, result_files
from quizapp.lrs import config
from quizapp.lrs.client import Client, LrsError, LrsRefused
from quizapp.lrs.send import BankFiles, Tally, batches, statements_of
from quizapp.lrs.statements import Profile, Statement
from quizapp.words import Notice

log = logging.getLogger(__name__)

LRS = "lrs"
SENT = "sent"
FIRST_WAIT = 5.0  # seconds before trying an unreachable LRS again; doubles up to MAX_WAIT
MAX_WAIT = 300.0


@dataclass(frozen=True, slots=True)
class Round:
    """One delivery round: what went, and why anything still waits (a notice to word)."""

    tally: Tally
    waiting: int
    problem: Notice | None = None
    refused: bool = False


class LrsOutbox:
    """This machine's results waiting for the LRS, in `<data_dir>/outbox/lrs/`."""

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / OUTBOX / LRS
        self.sent_folder = self.folder / SENT
        self._lock = threading.Lock()  # held only for local file moves, never over the network
        self._in_memory: dict[str, AttemptResult] = {}

    def keep(self, result: AttemptResult) -> None:
        """Keep `result` until the LRS has it. Fast, local, never raises."""
        with self._lock:
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                write_atomic(self.folder / result.file_name, result.to_bytes())
                self._in_memory.pop(result.file_name, None)
            except OSError as exc:
                log.warning("cannot keep %s for the LRS: %s", result.file_name, exc)
                self._in_memory[result.file_name] = result

    def waiting(self) -> list[Path]:
        return result_files(self.folder)

    def count(self) -> int:
        return len(self.waiting()) + len(self._in_memory)

    def deliver(self, client: Client, profile: Profile, banks: BankFiles) -> Round:
        """Send everything waiting, in batches of whole attempts; stop at the first failure."""
        tally = Tally()
        prepared: list[tuple[str, list[Statement]]] = []
        read: dict[str, bytes | AttemptResult] = {}
        for name, result in list(self._in_memory.items()):
            prepared.append((name, statements_of(result, profile, banks)))
            read[name] = result
        for path in self.waiting():
            try:
                data = path.read_bytes()
                result = read_result(path)
            except (OSError, ResultFileError) as exc:
                tally.unreadable.append(f"{path}: {getattr(exc, 'message', exc)}")
                continue
            prepared.append((path.name, statements_of(result, profile, banks)))
            read[path.name] = data
        try:
            for names, batch in batches(prepared):
                posted = client.post(batch)
                tally.sent += posted.stored
                tally.already += posted.already
                tally.attempts += len(names)
                self._set_aside(names, read)
        except LrsError as exc:
            refused = isinstance(exc, LrsRefused)
            return Round(tally, self.count(), exc.notice, refused)
        return Round(tally, self.count())

    def _set_aside(self, names: Iterable[str], read: dict[str, bytes | AttemptResult]) -> None:
        """Move delivered files to `sent/` - unless a newer version was kept meanwhile."""
        with self._lock:
            for name in names:
                what = read[name]
                if isinstance(what, AttemptResult):
                    if self._in_memory.get(name) is what:
                        del self._in_memory[name]
                    continue
                path = self.folder / name
                try:
                    if path.read_bytes() != what:
                        continue  # replaced by a newer version of the attempt: send that next
                    self.sent_folder.mkdir(exist_ok=True)
                    os.replace(path, self.sent_folder / name)
                except OSError as exc:  # sent again next round: the LRS keeps one copy
                    log.warning("sent %s to the LRS but cannot move it aside: %s", name, exc)


Connect = Callable[[], tuple[Client, Profile]]


class Sender:
    """Delivers an `LrsOutbox` in a background thread. `keep` (for the classroom's outbox)
    only writes locally and wakes the thread; `problems()` says why statements wait."""

    def __init__(
        self,
        outbox: LrsOutbox,
        connect: Connect,
        banks: Iterable[Bank] = (),
        *,
        first_wait: float = FIRST_WAIT,
        max_wait: float = MAX_WAIT,
    ) -> None:
        self.outbox = outbox
        self._connect = connect
        self._banks = BankFiles(banks)
        self._client: Client | None = None
        self._profile: Profile | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._problem: Notice | None = None
        self._first_wait, self._max_wait = first_wait, max_wait
        self.rounds = 0

    # -- for the classroom -----------------------------------------------------------------------

    def keep(self, result: AttemptResult) -> None:
        self.outbox.keep(result)
        self._wake.set()

    def problems(self) -> tuple[Notice, ...]:
        return (Notice("lrs_waits", {"problem": self._problem}),) if self._problem else ()

    def close(self) -> None:
        """Ask the thread to stop, without waiting: a request the LRS holds must not freeze the
        window that closes. The request ends by itself (what it did not send stays kept and goes
        next time; the LRS keeps one copy of a statement sent twice)."""
        self._stop.set()
        self._wake.set()
        if self._thread is None and self._client is not None:
            self._client.close()  # never started (tests): nobody else will close it

    # -- the thread ------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="quizapp-lrs", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the current request and wait up to `timeout` seconds for the thread
        (statements not sent stay in the outbox)."""
        self.close()
        if self._thread is not None:
            self._thread.join(timeout)

    def send_now(self) -> Round:
        """One delivery round, in the calling thread (the thread's loop; tests call it)."""
        self.rounds += 1
        try:
            if self._client is None or self._profile is None:
                self._client, self._profile = self._connect()
                self._client.wait = self._stop.wait  # a backoff ends early when we stop
        except LrsError as exc:
            self._problem = exc.notice
            return Round(Tally(), self.outbox.count(), exc.notice, refused=True)
        outcome = self.outbox.deliver(self._client, self._profile, self._banks)
        self._problem = outcome.problem
        return outcome

    def _run(self) -> None:
        try:
            self._deliver_until_stopped()
        finally:
            if self._client is not None:
                self._client.close()

    def _deliver_until_stopped(self) -> None:
        wait = self._first_wait
        while not self._stop.is_set():
            self._wake.clear()
            try:
                outcome = self.send_now()
            except Exception:  # a bug must not end delivery for the day: log, back off
                log.exception("sending to the LRS failed")
                outcome = Round(Tally(), self.outbox.count(), Notice("lrs_failed", {}))
            if outcome.problem is None or outcome.refused:
                wait = self._first_wait
                self._wake.wait()  # until a new result is kept (or we stop)
            else:
                self._wake.wait(wait)  # the LRS is away: try again later, or on a new result
                wait = min(wait * 2, self._max_wait)


def sender_for(
    settings: LrsSettings,
    data_dir: Path,
    banks: Iterable[Bank] = (),
    environ: Mapping[str, str] | None = None,
) -> Sender:
    """The background sender for a preset's `lrs:` on this machine (not started). Missing
    credentials are not an error here: results are kept and `problems()` says what to set."""
    env = os.environ if environ is None else environ

    def connect() -> tuple[Client, Profile]:
        where = config.endpoint(settings, env)
        return Client(where), config.profile(settings, env, fallback=where.url)

    return Sender(LrsOutbox(data_dir), connect, banks)
