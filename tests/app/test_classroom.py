"""Opening a classroom sitting from a preset, as the GUI and `--preset` run it. No Qt."""

from __future__ import annotations

import textwrap
from pathlib import Path

from quizapp import paths
from quizapp.app.classroom import open_classroom
from quizapp.app.context import AppContext
from quizapp.app.refused import Refused
from quizapp.bank import load_library
from quizapp.classroom import Classroom
from quizapp.words import refusal


def test_a_preset_with_mistakes_is_refused_with_each_located(
    ctx: AppContext, tmp_path: Path
) -> None:
    """Each mistake is listed as file:line:col, with the fix to try; no classroom starts."""
    bad = tmp_path / "bad.preset.yaml"
    bad.write_text("title: Bad\nbanks: [capitals]\nmode: exma\n", encoding="utf-8")
    refused = open_classroom(bad, ctx.library, ctx.store, ctx.clock)
    assert isinstance(refused, Refused)
    assert (refused.code, refused.path) == ("preset_has_mistakes", str(bad))
    title, text = refusal(refused)
    assert title == "This preset cannot be used"
    assert f"{bad}:3:7: error:" in text
    assert f"{bad}:1:1: error:" in text  # `results:` is missing
    assert "quizapp validate" in text


def test_a_good_preset_opens_a_recovered_classroom(ctx: AppContext, tmp_path: Path) -> None:
    """A preset that checks out against the library gives the classroom, ready for names."""
    (tmp_path / "results").mkdir()
    preset = tmp_path / "week3.preset.yaml"
    preset.write_text(
        textwrap.dedent(
            """\
            title: Week 3
            banks: [azerbaijan-us-relations]
            questions: 2
            mode: exam
            results: results
            """
        ),
        encoding="utf-8",
    )
    library = load_library([paths.bundled_bank_dir()])
    opened = open_classroom(preset, library, ctx.store, ctx.clock)
    assert isinstance(opened, Classroom), opened
    assert opened.preset.title == "Week 3"
