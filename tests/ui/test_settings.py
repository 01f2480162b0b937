"""The window's remembered place (`window.json`) is read bounded and written by the one atomic
writer: a FIFO there never hangs a start, and a planted link is never written through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quizapp.ui.settings import FILE_NAME, WindowMemory


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_as_window_json_gives_the_defaults_at_once(tmp_path: Path) -> None:
    """Reading a FIFO would wait for a writer forever; the defaults are used instead."""
    os.mkfifo(tmp_path / FILE_NAME)
    assert WindowMemory.load(tmp_path) == WindowMemory()


def test_saving_never_writes_through_a_link(tmp_path: Path) -> None:
    """A window.json that is a link is left alone, and so is the file it points to."""
    victim = tmp_path / "victim.txt"
    victim.write_text("keep", encoding="utf-8")
    (tmp_path / FILE_NAME).symlink_to(victim)
    WindowMemory(geometry="abc", last_learner=3).save(tmp_path)
    assert victim.read_text(encoding="utf-8") == "keep"
    assert (tmp_path / FILE_NAME).is_symlink()


def test_what_was_saved_comes_back(tmp_path: Path) -> None:
    """The ordinary round trip still works."""
    WindowMemory(geometry="abc", last_learner=3).save(tmp_path)
    assert WindowMemory.load(tmp_path) == WindowMemory(geometry="abc", last_learner=3)
