"""Reading the text to draft from: a regular UTF-8 file of at most 2 MB, or a plain reason."""

from __future__ import annotations

from pathlib import Path

MAX_TEXT_BYTES = 2 * 1024 * 1024


class TextFileError(Exception):
    """Why a text cannot be drafted from, in words a teacher can act on."""


def read_text(path: Path) -> str:
    try:
        if not path.is_file():
            raise TextFileError("no such file (give a plain .txt file)")
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise TextFileError("the text is over 2 MB; split it into chapters")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TextFileError("the text is not UTF-8; save it as UTF-8 first") from exc
    except OSError as exc:
        raise TextFileError(f"cannot read the text: {exc.strerror or exc}") from exc
