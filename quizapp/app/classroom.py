"""Opening a classroom sitting from a preset: check it against the library, build the
`Classroom`, and write what a crash left unfinished. Every refusal is a `Refused` code with the
problems located (`file:line:col: error: message`), never a traceback."""

from __future__ import annotations

from pathlib import Path

from quizapp.app.refused import Refused
from quizapp.bank import Library
from quizapp.classroom import Classroom, ClassroomError, load_preset
from quizapp.clock import Clock
from quizapp.progress import Store, StoreError


def open_classroom(
    path: str | Path, library: Library, store: Store, clock: Clock
) -> Classroom | Refused:
    """The classroom for the preset at `path`, recovered and ready, or why not."""
    checked = load_preset(path, library)
    if checked.preset is None:
        problems = "\n".join(p.format() for p in checked.errors or checked.problems)
        return Refused("preset_has_mistakes", problems, str(path))
    try:
        classroom = Classroom(checked.preset, library, store, clock)
        classroom.recover()
    except ClassroomError as e:
        return Refused("classroom_cannot_start", e.message)
    except StoreError as e:
        return Refused("classroom_cannot_start", str(e))
    return classroom
