"""What the window remembers between runs, kept in `<data>/window.json` so a portable data folder
(a USB stick, a lab share) carries it: size and place, and the last learner."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from quizapp.files import explain_os, read_bounded, write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "window.json"
MAX_BYTES = 1024 * 1024


class WindowMemory:
    """A plain class, not a dataclass: each of those costs start-up time to define."""

    __slots__ = ("geometry", "last_learner")

    def __init__(self, geometry: str = "", last_learner: int | None = None) -> None:
        self.geometry = geometry  # QWidget.saveGeometry(), base64
        self.last_learner = last_learner

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WindowMemory):
            return NotImplemented
        return (self.geometry, self.last_learner) == (other.geometry, other.last_learner)

    def __repr__(self) -> str:
        return f"WindowMemory(geometry={self.geometry!r}, last_learner={self.last_learner!r})"

    @classmethod
    def load(cls, data_dir: Path) -> WindowMemory:
        """What was saved, or the defaults when there is nothing (or nothing readable)."""
        try:
            raw = json.loads(read_bounded(data_dir / FILE_NAME, MAX_BYTES))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        learner = raw.get("last_learner")
        geometry = raw.get("geometry")
        return cls(
            geometry=geometry if isinstance(geometry, str) else "",
            last_learner=learner if isinstance(learner, int) else None,
        )

    def _data(self) -> dict[str, object]:
        return {"geometry": self.geometry, "last_learner": self.last_learner}

    def save(self, data_dir: Path) -> None:
        """Write atomically; a folder that cannot be written only loses the window's place."""
        target = data_dir / FILE_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(target, (json.dumps(self._data(), indent=2) + "\n").encode("utf-8"))
        except OSError as e:
            log.warning("cannot save the window's place: %s", explain_os(e, target))
