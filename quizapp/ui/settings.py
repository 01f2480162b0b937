"""What the window remembers between runs, kept in `<data>/window.json` so a portable data folder
(a USB stick, a lab share) carries it: size and place, and the last learner."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path

from quizapp.files import explain_os, read_bounded, write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "window.json"
MAX_BYTES = 1024 * 1024


@dataclass
class WindowMemory:
    geometry: str = ""  # QWidget.saveGeometry(), base64
    last_learner: int | None = None

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

    def save(self, data_dir: Path) -> None:
        """Write atomically; a folder that cannot be written only loses the window's place."""
        target = data_dir / FILE_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            write_atomic(target, (json.dumps(asdict(self), indent=2) + "\n").encode("utf-8"))
        except OSError as e:
            log.warning("cannot save the window's place: %s", explain_os(e, target))
