"""Small file helpers the classroom shares: atomic writes, file-name slugs, the machine's name.

Atomic writes come from `quizapp.files`; here the temporary name also carries the machine's
name, so two machines writing to one shared folder or USB stick never write the same
temporary file. Syncing the folder after the rename is best effort there, because some file
systems (FAT, SMB mounts) refuse to fsync a directory: the rename has already happened, and
reporting it as a failure would deliver the same file forever.
"""

from __future__ import annotations

import re
import socket
import unicodedata
from pathlib import Path

from quizapp import files
from quizapp.files import TEMP_SUFFIX, sync_folder

__all__ = ["TEMP_SUFFIX", "is_temporary", "machine_name", "slug", "sync_folder", "write_atomic"]


def machine_name() -> str:
    """This computer's name, as the results files record it."""
    return socket.gethostname() or "unknown-machine"


def slug(text: str, fallback: str, limit: int = 24) -> str:
    """`text` as a short ASCII file-name part: "Ana López" -> "ana-lopez"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    return cleaned[:limit].strip("-") or fallback


def write_atomic(path: Path, data: bytes) -> None:
    """`quizapp.files.write_atomic`, with this machine's name in the temporary file's name so
    machines writing to one shared folder never collide."""
    files.write_atomic(path, data, tag=slug(machine_name(), "host"))


def is_temporary(path: Path) -> bool:
    """A file some writer left half-way (hidden, ending in .tmp): never a result."""
    return path.name.startswith(".") and path.name.endswith(TEMP_SUFFIX)
