"""Writing files a teacher or a spreadsheet will read: atomically, and safe to open.

Shared by `quizapp export`, the classroom results and the class report. No Qt.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, data: bytes, *, tag: str = "") -> None:
    """Replace `path` with `data`: a reader, a crash or a pulled plug leaves the old file or the
    new one under that name, never part of one (temporary file, fsync, rename, then the folder).

    `tag` goes into the temporary name, so writers on several machines sharing one folder never
    collide. Raises `OSError` when the write fails."""
    path = path.absolute()
    middle = f"{tag}.{os.getpid()}" if tag else str(os.getpid())
    partial = path.with_name(f".{path.name}.{middle}{TEMP_SUFFIX}")
    try:
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the system allows it. Best effort: FAT sticks and
    network shares may refuse, and the file itself is already on disk."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def spreadsheet_cell(text: str) -> str:
    """Defuse text a spreadsheet would run as a formula (a learner can type "=HYPERLINK(...)")."""
    if text and text[0] in "=+-@\t\r":
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text
