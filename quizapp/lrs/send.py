"""Sending attempts: results -> statements -> batches -> the LRS, with a count of what happened.

Used the same way by the background sender (results waiting in this machine's LRS outbox) and
by `quizapp lrs send RESULTS_DIR` after the fact. Whole attempts go into a batch together, so
an attempt is delivered or not as one piece; statement ids make any resend harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizapp.bank.loader import load_file
from quizapp.bank.model import Bank, Question
from quizapp.classroom.errors import ResultFileError
from quizapp.classroom.results import AttemptResult, read_result, result_files
from quizapp.lrs.client import BATCH, Client, LrsError
from quizapp.lrs.statements import Profile, Statement, attempt_statements
from quizapp.words import Notice


@dataclass(slots=True)
class Tally:
    """What a send did: attempts handled, statements stored now and already there, files that
    could not be read (each with why), and why it stopped early (None: it did not)."""

    attempts: int = 0
    sent: int = 0
    already: int = 0
    unreadable: list[str] = field(default_factory=list)
    problem: Notice | None = None  # why it stopped: an `LrsError`'s notice

    @property
    def statements(self) -> int:
        return self.sent + self.already


class BankFiles:
    """The banks that results files name, read from their files on first use - only when the
    file is still the one the attempt used (same content hash): an edited bank could give an
    answer a correct response it never had."""

    def __init__(self, banks: Iterable[Bank] = ()) -> None:
        self._by_path: dict[str, Bank | None] = {}
        self._by_id: dict[tuple[str, str], Bank] = {(b.id, b.content_hash): b for b in banks}
        self._hash: dict[str, str] = {}

    def use(self, result: AttemptResult) -> None:
        """Make `result`'s banks available to `lookup` (reads each file once)."""
        for info in result.banks:
            self._hash[info.id] = info.content_hash
            if (info.id, info.content_hash) in self._by_id or not info.path:
                continue
            if info.path not in self._by_path:
                try:
                    self._by_path[info.path] = load_file(info.path).bank
                except (OSError, RecursionError, ValueError):
                    self._by_path[info.path] = None
            bank = self._by_path[info.path]
            if bank is not None and bank.id == info.id and bank.content_hash == info.content_hash:
                self._by_id[(bank.id, bank.content_hash)] = bank

    def lookup(self, bank_id: str, question_id: str) -> Question | None:
        bank = self._by_id.get((bank_id, self._hash.get(bank_id, "")))
        return bank.question(question_id) if bank is not None else None


def statements_of(result: AttemptResult, profile: Profile, banks: BankFiles) -> list[Statement]:
    banks.use(result)
    return attempt_statements(result, profile, banks.lookup)


def batches(
    attempts: Iterable[tuple[str, Sequence[Statement]]], size: int = BATCH
) -> Iterator[tuple[list[str], list[Statement]]]:
    """Whole attempts packed into batches of about `size` statements: (names, statements).
    An attempt longer than `size` is sent alone, in pieces."""
    names: list[str] = []
    batch: list[Statement] = []
    for name, statements in attempts:
        if batch and len(batch) + len(statements) > size:
            yield names, batch
            names, batch = [], []
        if len(statements) > size:
            for start in range(0, len(statements), size):
                piece = list(statements[start : start + size])
                yield ([name] if start + size >= len(statements) else []), piece
            continue
        names.append(name)
        batch += statements
    if batch or names:
        yield names, batch


def send_folder(
    folder: Path, client: Client, profile: Profile, banks: BankFiles | None = None
) -> Tally:
    """Send every results file in `folder` (idempotent: run it as often as you like). When the
    LRS cannot take them, `problem` says why; what was sent before stays sent."""
    tally = Tally()
    banks = banks or BankFiles()
    prepared: list[tuple[str, Sequence[Statement]]] = []
    for path in result_files(folder):
        try:
            result = read_result(path)
        except ResultFileError as exc:
            tally.unreadable.append(f"{path}: {exc.message}")
            continue
        prepared.append((path.name, statements_of(result, profile, banks)))
    for names, batch in batches(prepared):
        try:
            posted = client.post(batch)
        except LrsError as exc:
            tally.problem = exc.notice
            break
        tally.attempts += len(names)
        tally.sent += posted.stored
        tally.already += posted.already
    return tally
