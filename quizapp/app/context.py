"""What every page needs: folders, the progress store, the clock, the banks and the learner.

`ui/app.py` builds one; tests build one with a `FakeClock` and a throwaway data folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizapp.bank import Bank, Library
from quizapp.clock import Clock
from quizapp.paths import Paths
from quizapp.progress import Learner, Store


@dataclass
class AppContext:
    paths: Paths
    store: Store
    clock: Clock
    library: Library = field(default_factory=lambda: Library((), (), ()))
    learner: Learner | None = None
    tick_ms: int = 150  # how often the quiz page reads the clock

    def bank(self, bank_id: str) -> Bank | None:
        return self.library.bank(bank_id)
