"""Small file helpers the classroom shares: atomic writes, file-name slugs, the machine's name.

`write_atomic` differs from `quizapp.progress.export.write_atomic` in two ways that matter on a
shared folder or a USB stick: the temporary name carries the host as well as the pid (two
machines never write the same temporary file), and syncing the folder after the rename is best
effort, because some file systems (FAT, SMB mounts) refuse to fsync a directory — the rename has
already happened by then, and reporting it as a failure would deliver the same file forever.
"""

from __future__ import annotations

import contextlib
import os
import re
import socket
import unicodedata
from pathlib import Path

TEMP_SUFFIX = ".tmp"


def machine_name() -> str:
    """This computer's name, as the results files record it."""
    return socket.gethostname() or "unknown-machine"


def slug(text: str, fallback: str, limit: int = 24) -> str:
    """`text` as a short ASCII file-name part: "Ana López" -> "ana-lopez"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    return cleaned[:limit].strip("-") or fallback


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data`: a reader, a crash or a pulled plug leaves the old file or the
    new one under that name, never part of one. Raises `OSError` when the write fails."""
    path = path.absolute()
    partial = path.with_name(
        f".{path.name}.{slug(machine_name(), 'host')}.{os.getpid()}{TEMP_SUFFIX}"
    )
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
    """Make a rename in `folder` durable where the system allows it (best effort)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def is_temporary(path: Path) -> bool:
    """A file some writer left half-way (hidden, ending in .tmp): never a result."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)
