"""A draft written out as a bank file that `quizapp validate` reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from quizapp.draft.drafter import Draft
from quizapp.files import write_atomic

HEADER = (
    "# A DRAFT written by `quizapp draft`. Read every question against the text: correct it or\n"
    "# delete it, then remove its `draft` tag. `quizapp validate` lists the drafts left.\n"
)


def bank_yaml(draft: Draft, *, bank_id: str, source_file: str, language: str = "en") -> str:
    """The bank file's text: the top of the file, then one block per question."""
    title = draft.title or bank_id.replace("-", " ").capitalize()
    top: dict[str, Any] = {
        "title": f"{title} (draft)",
        "id": bank_id,
        "description": "A draft to review: every question was written by `quizapp draft` "
        "from the text and is tagged `draft` until a teacher has checked it.",
        "language": language,
        "source": {"title": title, "file": source_file},
        "questions": list(draft.questions),
    }
    body = yaml.dump(top, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
    return HEADER + re.sub(r"\n(  - id: )", r"\n\n\1", body)


class _Dumper(yaml.SafeDumper):
    """Indents list items under their key, as the bank guide's examples do."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def slug(name: str) -> str:
    """A bank id made from a file name."""
    return re.sub(r"[^a-z0-9._-]+", "-", name.casefold()).strip("-.") or "draft"


def save_into(folder: Path, raw: str, text_name: str, draft: Draft) -> Path:
    """Write a draft and a copy of its text into a library folder; the bank file's path.

    Names never overwrite what is there: `<text>.draft.yaml`, then `<text>-2.draft.yaml`, ...;
    the text is copied beside it unless the same text is there already (a bank may only quote a
    file in its own folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    stem = slug(Path(text_name).stem)
    names = [f"{stem}{'' if n == 1 else f'-{n}'}" for n in range(1, 10_000)]
    bank_name = next(n for n in names if not (folder / f"{n}.draft.yaml").exists())
    # the same text already there, else the first free name
    text = next(
        folder / f"{n}.txt"
        for n in names
        if not (folder / f"{n}.txt").exists()
        or (folder / f"{n}.txt").read_bytes() == raw.encode("utf-8")
    )
    if not text.exists():
        write_atomic(text, raw.encode("utf-8"))
    bank = folder / f"{bank_name}.draft.yaml"
    body = bank_yaml(draft, bank_id=f"{bank_name}-draft", source_file=text.name)
    write_atomic(bank, body.encode("utf-8"))
    return bank
