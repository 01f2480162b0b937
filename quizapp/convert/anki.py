"""Anki: notes as text (`.txt` with Anki's `#separator`/`#html`/`#tags column` headers) both
ways, and packages (`.apkg`): read from their SQLite collection, written through genanki.

A basic Anki note is a flashcard: the front becomes the prompt and the back the accepted answer
of a `short` question. Cloze notes have no counterpart (several gaps) and are skipped.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
import sqlite3
import tempfile
import zipfile
import zlib
from pathlib import Path

from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.bank.problems import Problem, Severity
from quizapp.convert.builder import BankBuilder, Imported
from quizapp.convert.exporting import (
    Loss,
    common_losses,
    dropped,
    general_feedback,
    number_text,
)
from quizapp.convert.textio import html_to_text, normalise_newlines, text_to_html

_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|",
               "colon": ":"}  # fmt: skip
_SOUND = re.compile(r"\[sound:[^\]]*\]")
_CLOZE = re.compile(r"\{\{c\d+::")
MAX_COLLECTION = 256 * 1024 * 1024  # an .apkg's collection unpacked; more is not a deck of cards


class _Notes:
    """Turns Anki notes (a list of field texts) into our questions."""

    def __init__(self, b: BankBuilder, is_html: bool) -> None:
        self.b = b
        self.is_html = is_html

    def text(self, raw: str, line: int, side: str) -> str:
        """A field's plain text; `side` is front or back, for the warnings."""
        if _SOUND.search(raw):
            self.b.warn(line, "sound_dropped", side=side)
            raw = _SOUND.sub("", raw)
        if not self.is_html:
            return raw.strip()
        text, images = html_to_text(raw)
        if images:
            names = tuple(src for src, _ in images)
            self.b.warn(line, "card_image_dropped", side=side, names=names)
        return text

    def add(self, line: int, fields: list[str], tags: list[str], cloze: bool) -> None:
        if cloze or any(_CLOZE.search(f) for f in fields[:1]):
            self.b.skip(line, "cloze_note", "cloze_card")
            return
        if len(fields) < 2:
            self.b.skip(line, "note", "one_field")
            return
        front = self.text(fields[0], line, "front")
        back_html, _, after = fields[1].partition("<hr") if self.is_html else (fields[1], "", "")
        back = self.text(back_html, line, "back")
        explanation = self.text("<hr" + after, line, "back") if after else None
        if len(fields) > 2 and any(f.strip() for f in fields[2:]):
            self.b.warn(line, "fields_dropped", count=len(fields) - 2)
        if len(back) > 80 or "\n" in back:
            self.b.warn(line, "long_back")
        self.b.add(
            line,
            None,
            "short",
            front,
            answer=[back] if back else [],
            tags=tags,
            explanation=explanation,
        )


def _header_value(line: str) -> tuple[str, str]:
    key, _, value = line[1:].partition(":")
    return key.strip().lower(), value.strip()


def read_anki_text(text: str, path: str, title: str) -> Imported:
    """Our bank from Anki's "Notes in Plain Text" export; problems are located in `path`."""
    b = BankBuilder(path, title)
    lines = normalise_newlines(text.lstrip("\ufeff")).split("\n")
    separator, is_html, columns = "\t", False, {"tags": 0, "guid": 0, "notetype": 0, "deck": 0}
    notetype = ""
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        key, value = _header_value(lines[first])
        if key == "separator":
            separator = _SEPARATORS.get(value.lower(), value[:1] or "\t")
        elif key == "html":
            is_html = value.lower() == "true"
        elif key.endswith(" column") and key[:-7] in columns:
            columns[key[:-7]] = int(value) if value.isdigit() else 0
        elif key == "notetype":
            notetype = value
        first += 1
    notes = _Notes(b, is_html)
    body = "\n".join(lines[first:])
    rows = csv.reader(io.StringIO(body, newline=""), delimiter=separator)
    line = first
    try:
        for row in rows:
            start, line = line + 1, first + rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            skip = {n - 1 for n in columns.values() if n}
            tags = row[columns["tags"] - 1].split() if 0 < columns["tags"] <= len(row) else []
            if 0 < columns["deck"] <= len(row):
                tags.append(row[columns["deck"] - 1])
            kind = row[columns["notetype"] - 1] if 0 < columns["notetype"] <= len(row) else ""
            fields = [cell for i, cell in enumerate(row) if i not in skip]
            notes.add(start, fields, tags, "cloze" in (kind or notetype).lower())
    except csv.Error as exc:
        b.error(line + 1, "anki_line_unreadable", detail=str(exc))
    return b.result()


def read_apkg(data: bytes, path: str, title: str) -> Imported:
    """Our bank from an Anki package: its SQLite collection, read without unpacking to disk."""
    b = BankBuilder(path, title)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = set(archive.namelist())
    except zipfile.BadZipFile:
        b.error(1, "not_apkg")
        return b.result()
    name = next((n for n in ("collection.anki21", "collection.anki2") if n in names), None)
    if name is None or ("collection.anki21b" in names and name == "collection.anki2"):
        b.error(1, "apkg_too_new")
        return b.result()
    if archive.getinfo(name).file_size > MAX_COLLECTION:
        b.error(1, "apkg_too_large")
        return b.result()
    try:
        collection = archive.read(name)
    except (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError) as exc:
        b.error(1, "apkg_damaged", detail=str(exc))
        return b.result()
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(collection)
        models_json = db.execute("SELECT models FROM col").fetchone()[0]
        rows = db.execute("SELECT mid, tags, flds FROM notes ORDER BY id").fetchall()
    except (sqlite3.Error, TypeError) as exc:
        b.error(1, "apkg_collection_unreadable", detail=str(exc))
        return b.result()
    finally:
        db.close()
    try:
        models = json.loads(models_json)
    except ValueError:
        models = {}
    notes = _Notes(b, True)
    for n, (mid, tags, flds) in enumerate(rows, 1):
        model = models.get(str(mid), {}) if isinstance(models, dict) else {}
        cloze = isinstance(model, dict) and model.get("type") == 1
        notes.add(n, str(flds).split("\x1f"), str(tags).split(), cloze)
    if rows:
        b.warn(1, "apkg_lines_are_notes")
    return b.result()


# ----------------------------------------------------------------------------- export


def _card(q: Question) -> tuple[str, str]:
    """Front and back of a flashcard for a question, as HTML."""
    front = text_to_html(q.prompt)
    if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        front += '<ol type="A">' + "".join(f"<li>{html.escape(c)}</li>" for c in q.choices)
        front += "</ol>"
        answer = "<br>".join(html.escape(c) for c in q.correct_choices)
    elif q.type is QuestionType.TRUE_FALSE:
        answer = "True" if q.truth else "False"
    elif q.type is QuestionType.SHORT:
        answer = html.escape(" / ".join(q.accepted))
    elif q.type is QuestionType.NUMERIC:
        answer = html.escape(number_text(q)) + (f" (± {q.tolerance:g})" if q.tolerance else "")
    elif q.type is QuestionType.ORDER:
        front += "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in sorted(q.items)) + "</ul>"
        answer = "<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in q.items) + "</ol>"
    else:
        rights = sorted(r for _, r in q.pairs)
        front += "<ul>" + "".join(f"<li>{html.escape(left)}</li>" for left, _ in q.pairs)
        front += "</ul><ul>" + "".join(f"<li>{html.escape(r)}</li>" for r in rights) + "</ul>"
        answer = "<br>".join(f"{html.escape(a)} → {html.escape(b)}" for a, b in q.pairs)
    feedback = general_feedback(q)
    back = answer + (f"<hr>{text_to_html(feedback)}" if feedback else "")
    return front.replace("\n", ""), back.replace("\n", "")


def _losses(bank: Bank, q: Question) -> list[Loss]:
    lost = common_losses(q)
    if bank.points_for(q) != 1:
        lost.append(("points", bank.points_for(q)))
    lost.append(("marking", None))
    return lost


def _tags(q: Question) -> list[str]:
    return ["_".join(t.split()) for t in q.tags]


def write_anki_text(
    bank: Bank, images: dict[str, bytes] | None = None
) -> tuple[str, list[Problem], int]:
    """Anki's "Notes in Plain Text" layout: front, back and tags, tab-separated, HTML on."""
    buffer = io.StringIO()
    buffer.write("#separator:tab\n#html:true\n#tags column:3\n")
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    problems = []
    for q in bank.questions:
        front, back = _card(q)
        writer.writerow([front, back, " ".join(_tags(q))])
        problems.append(dropped(bank, q, "Anki", _losses(bank, q)))
    return buffer.getvalue(), problems, len(bank.questions)


def _stable_id(text: str) -> int:
    """A stable 31-bit id for Anki's model and deck ids, so re-imports update, not duplicate."""
    import hashlib

    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:7], 16) + (1 << 30)


def write_apkg(bank: Bank, dest: Path) -> list[Problem]:
    """An Anki package of the bank, written through genanki (optional dependency)."""
    try:
        import genanki
    except ImportError:
        return [Problem(str(dest), 1, 1, Severity.ERROR, "needs_genanki")]
    model = genanki.Model(
        _stable_id("quizapp-model"),
        "quizapp question",
        fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[
            {"name": "Card 1", "qfmt": "{{Front}}", "afmt": '{{FrontSide}}<hr id="answer">{{Back}}'}
        ],
    )
    deck = genanki.Deck(_stable_id(f"quizapp-deck:{bank.id}"), bank.title)
    problems = []
    for q in bank.questions:
        front, back = _card(q)
        guid = genanki.guid_for(str(bank.id), str(q.id))
        deck.add_note(genanki.Note(model=model, fields=[front, back], tags=_tags(q), guid=guid))
        problems.append(dropped(bank, q, "Anki", _losses(bank, q)))
    fd, temp = tempfile.mkstemp(suffix=".apkg", dir=dest.parent)
    os.close(fd)
    try:
        genanki.Package(deck).write_to_file(temp)
        from quizapp.files import write_atomic

        write_atomic(dest, Path(temp).read_bytes())
    finally:
        Path(temp).unlink(missing_ok=True)
    return problems
