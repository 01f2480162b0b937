"""Files we read for banks and presets: regular files only, bounded, with located errors; a
bad path field or a bad file is one located problem and never hides the other banks."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quizapp.bank import load_library
from quizapp.classroom import check_preset_text, load_preset
from tests.conftest import REPO

GOOD = """title: Good
id: good
questions:
  - {id: q1, type: true_false, prompt: p, answer: true, explanation: e}
"""

WITH_SOURCE = """title: Sourced
id: sourced
source: {{title: T, file: {file}}}
questions:
  - {{id: q1, type: true_false, prompt: p, answer: true, explanation: e}}
"""


def library_with(tmp_path: Path, bad: str) -> Path:
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "a-good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "b-bad.yaml").write_text(bad, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "file",
    ['"bad\\0name.txt"', "x" * 300 + ".txt", '"' + "/".join(["y" * 200] * 30) + '"'],
    ids=["NUL", "300-character name", "6000-character path"],
)
def test_a_bad_source_path_is_a_located_error_and_the_other_banks_load(
    tmp_path: Path, file: str
) -> None:
    """`source.file` with a NUL or an over-long name: an error on that line, and the good
    bank still loads (today the whole library came up empty)."""
    folder = library_with(tmp_path, WITH_SOURCE.format(file=file))
    library = load_library([folder])
    assert "good" in [b.id for b in library.banks]
    bad = next(r for r in library.results if r.path.endswith("b-bad.yaml"))
    (error,) = bad.errors
    assert error.line == 3 and "file" in error.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_bank_a_device_link_and_a_fifo_source_never_hang(tmp_path: Path) -> None:
    """`quizapp validate` over a folder with a FIFO bank, a bank linked to /dev/zero and a
    bank whose source text is a FIFO finishes, naming each, and checks the good bank."""
    folder = library_with(tmp_path, WITH_SOURCE.format(file="pipe.txt"))
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "c-fifo.yaml")
    (folder / "d-zero.yaml").symlink_to("/dev/zero")
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert "Traceback" not in done.stderr
    out = done.stdout + done.stderr
    for name in ("b-bad.yaml:3", "c-fifo.yaml:1", "d-zero.yaml:1"):
        assert name in out, out
    assert "not a regular file" in out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_preset_is_refused_at_once(tmp_path: Path) -> None:
    """`--preset` naming a FIFO is a located error, not a wait for a writer."""
    pipe = tmp_path / "week3.preset.yaml"
    os.mkfifo(pipe)
    result = load_preset(pipe)
    (error,) = result.errors
    assert "not a regular file" in error.message


@pytest.mark.parametrize(
    "results",
    ["/", "/etc", "/usr/lib", "/proc/self", '"bad\\0folder"', "x" * 300],
)
def test_a_system_folder_or_an_impossible_name_as_results_is_refused(results: str) -> None:
    """`results:` at /, /etc or another system folder, or with a NUL or a 300-character name,
    is an error on that line (today the sitting wrote result files into /etc)."""
    text = f"title: Week 3\nbanks: [b]\nresults: {results}\n"
    result = check_preset_text(textwrap.dedent(text), str(Path("/teacher/w.preset.yaml")))
    errors = [p for p in result.errors if p.line == 3]
    assert errors and result.preset is None
