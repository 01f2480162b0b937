"""Reading the text to draft from: a regular UTF-8 file of at most 2 MB, or a plain reason."""

from __future__ import annotations

from pathlib import Path

from quizapp import words

MAX_TEXT_BYTES = 2 * 1024 * 1024


class TextFileError(Exception):
    """Why a text cannot be drafted from: `reason` is `missing`, `too_big`, `not_utf8` or
    `unreadable` (then `error` is the system's); `quizapp draft` words it."""

    def __init__(self, reason: str, error: OSError | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.error = error

    def __str__(self) -> str:  # the words, in the chosen language (the page and the command)
        return words.text_file_problem(self.reason, self.error)


def read_text(path: Path) -> str:
    try:
        if not path.is_file():
            raise TextFileError("missing")
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise TextFileError("too_big")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise TextFileError("not_utf8") from exc
    except OSError as exc:
        raise TextFileError("unreadable", exc) from exc
