"""Saving a draft into a library folder: never over another file, the text copied once."""

from __future__ import annotations

from pathlib import Path

from quizapp.bank import load_file
from quizapp.draft import draft_bank
from quizapp.draft.bankfile import save_into

from .conftest import BUNDLED


def test_saving_twice_keeps_both_drafts_and_one_copy_of_the_text(tmp_path: Path) -> None:
    """A second save of the same text is `-2.draft.yaml` quoting the one copy of the text; a
    different text of the same name gets the next free text name; every bank loads, each with
    its own id."""
    raw = BUNDLED.read_text(encoding="utf-8")
    draft = draft_bank(raw, questions=5)
    folder = tmp_path / "banks"
    first = save_into(folder, raw, "My Text.txt", draft)
    second = save_into(folder, raw, "My Text.txt", draft)
    other = save_into(folder, "Title\n\nIn 1815 the treaty was signed in Vienna.\n", "My Text.txt",
                      draft_bank("Title\n\nIn 1815 the treaty was signed in Vienna.\n"))  # fmt: skip
    assert [p.name for p in (first, second, other)] == [
        "my-text.draft.yaml",
        "my-text-2.draft.yaml",
        "my-text-3.draft.yaml",
    ]
    assert sorted(p.name for p in folder.glob("*.txt")) == ["my-text-2.txt", "my-text.txt"]
    ids = []
    for path in (first, second, other):
        result = load_file(path)
        assert result.bank is not None and not [p for p in result.problems if p.is_error]
        ids.append(result.bank.id)
    assert len(set(ids)) == 3
