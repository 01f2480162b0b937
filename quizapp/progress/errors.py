"""The errors the progress store reports, each with a message a learner or teacher can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Progress cannot be read or written as asked; `message` says why and what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class AlreadyRunning(StoreError):
    """Another quizapp has this data folder open; `pid` and `host` say which, when known."""

    def __init__(self, message: str, pid: int | None = None, host: str | None = None) -> None:
        super().__init__(message)
        self.pid = pid
        self.host = host
