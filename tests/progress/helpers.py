"""Helpers for the progress tests: answers without ceremony, and a raw look at the database."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest

from quizapp import words
from quizapp.bank.model import BankId, QuestionId
from quizapp.progress import AnswerRecord, BankUse
from quizapp.words import Notice


def said(notices: tuple[Notice, ...] | list[Notice]) -> tuple[str, ...]:
    """The store's notices in the words a person reads."""
    return tuple(words.notice(n) for n in notices)


def says(notice: Notice | None) -> str:
    """One notice in words; "" for none."""
    return "" if notice is None else words.notice(notice)


GEO = BankUse(BankId("geo"), "hash-geo-1", "Geography")
HIST = BankUse(BankId("hist"), "hash-hist-1", "History")


def answer(
    when: datetime,
    question: str = "q1",
    *,
    bank: BankUse = GEO,
    correct: bool = True,
    score: float | None = None,
    time_ms: int = 4000,
    response: object = "Paris",
    tags: tuple[str, ...] = ("europe",),
    prompt: str | None = None,
    content_hash: str | None = None,
    time_limit_ms: int | None = None,
) -> AnswerRecord:
    """A graded answer as the GUI would hand it over."""
    return AnswerRecord(
        bank_id=bank.bank_id,
        question_id=QuestionId(question),
        response_json=json.dumps(response),
        score=(1.0 if correct else 0.0) if score is None else score,
        correct=correct,
        time_ms=time_ms,
        answered_at=when,
        content_hash=content_hash or bank.content_hash,
        prompt=prompt if prompt is not None else f"Prompt of {question}",
        bank_title=bank.title,
        tags=tags,
        time_limit_ms=time_limit_ms,
    )


def raw(database: Path) -> sqlite3.Connection:
    """A separate connection, as another process would see the file."""
    return sqlite3.connect(database, isolation_level=None)


def answer_ids(database: Path) -> list[str]:
    conn = raw(database)
    try:
        return [r[0] for r in conn.execute("SELECT question_id FROM answers ORDER BY id")]
    finally:
        conn.close()


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` and its files genuinely unwritable for the duration.

    chmod is enough for a normal user. Root ignores permissions, so there the folder and its
    files are also made immutable (`chattr +i`), which the kernel enforces even for root. If
    neither works here, the test is skipped rather than passing without a real failure.
    """
    files = [p for p in folder.iterdir() if p.is_file()]
    modes = {p: p.stat().st_mode for p in [folder, *files]}
    immutable: list[Path] = []
    try:
        for p in files:
            p.chmod(0o444)
        folder.chmod(0o555)
        if _writable(folder) and shutil.which("chattr"):
            targets = [folder, *files]
            done = subprocess.run(["chattr", "+i", *map(str, targets)], capture_output=True)
            if done.returncode == 0:
                immutable = targets
        if _writable(folder):
            pytest.skip("cannot make a folder read-only on this machine")
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", *map(str, immutable)], check=True)
        for p, mode in modes.items():
            p.chmod(mode)


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        with open(probe, "w") as f:
            f.write("x")
    except OSError:
        return False
    os.unlink(probe)
    return True


@contextmanager
def small_disk(folder: Path, size: str = "2m") -> Iterator[Path]:
    """A real file system of `size` mounted at `folder` (tmpfs; needs root, else the test is
    skipped): the disk really fills up, as a USB stick or a lab quota does."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system holding `folder` to the last byte; returns the filler file."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while True:
            os.write(fd, b"x" * 512)
    except OSError as e:
        assert e.errno == 28, e
    finally:
        os.close(fd)
    return filler
