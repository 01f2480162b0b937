"""What every page needs: folders, the progress store, the clock, the banks and the learner.

`ui/app.py` builds one; tests build one with a `FakeClock` and a throwaway data folder.
"""

from __future__ import annotations

from quizapp.bank import Bank, Library
from quizapp.clock import Clock
from quizapp.paths import Paths
from quizapp.progress import Learner, Store


class AppContext:
    """A plain class, not a dataclass: each of those costs start-up time to define."""

    __slots__ = ("clock", "learner", "library", "paths", "store", "tick_ms")

    def __init__(
        self,
        paths: Paths,
        store: Store,
        clock: Clock,
        library: Library | None = None,
        learner: Learner | None = None,
        tick_ms: int = 150,  # how often the quiz page reads the clock
    ) -> None:
        self.paths = paths
        self.store = store
        self.clock = clock
        self.library = library if library is not None else Library((), (), ())
        self.learner = learner
        self.tick_ms = tick_ms

    def bank(self, bank_id: str) -> Bank | None:
        return self.library.bank(bank_id)
