"""The errors the progress store reports: a reason code with its parameters (`notice`), and the
words a learner or teacher can act on, made by `quizapp.words` (`message`)."""

from __future__ import annotations

from quizapp import words
from quizapp.words import Notice


class StoreError(Exception):
    """Progress cannot be read or written as asked; `notice` says why as a code, `message` in
    words with what to do."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return words.notice(self.notice)


class AlreadyRunning(StoreError):
    """Another quizapp has this data folder open; `pid` and `host` say which, when known."""

    def __init__(self, notice: Notice, pid: int | None = None, host: str | None = None) -> None:
        super().__init__(notice)
        self.pid = pid
        self.host = host
