"""Opening a classroom sitting from a preset: check it against the library, build the
`Classroom`, and write what a crash left unfinished. Every refusal is a `Refused` code with the
problems located (`file:line:col: error: message`), never a traceback."""

from __future__ import annotations

from pathlib import Path

from quizapp.app.refused import Refused
from quizapp.bank import Library
from quizapp.classroom import Classroom, ClassroomError, Outbox, load_preset
from quizapp.clock import Clock
from quizapp.progress import Store, StoreError


def open_classroom(
    path: str | Path, library: Library, store: Store, clock: Clock
) -> Classroom | Refused:
    """The classroom for the preset at `path`, recovered and ready, or why not. What recovery
    writes is only kept on this machine (the results folder may hang): the GUI delivers it, and
    every later result, with `deliver_pending` on a background job."""
    # Not whether the results folder is there: a hung share would stall the caller (the GUI's
    # delivery job finds out and says so).
    checked = load_preset(path, library, look_at_folders=False)
    if checked.preset is None:
        problems = "\n".join(p.format() for p in checked.errors or checked.problems)
        return Refused("preset_has_mistakes", problems, str(path))
    outbox = None
    if checked.preset.lrs is not None:  # attempts also go to a Learning Record Store
        from quizapp.lrs.outbox import sender_for

        sender = sender_for(checked.preset.lrs, store.paths.data_dir, library.banks)
        sender.start()  # a daemon thread: what it has not sent waits for the next start
        outbox = Outbox(store.paths.data_dir, forwarders=(sender,))
    try:
        classroom = Classroom(checked.preset, library, store, clock, outbox=outbox)
        classroom.deliver_at_once = False
        classroom.recover()
    except ClassroomError as e:
        return Refused("classroom_cannot_start", e.message)
    except StoreError as e:
        return Refused("classroom_cannot_start", str(e))
    return classroom
