"""The conversion itself: pick the formats, read, check with our checker, write."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from quizapp.bank.loader import load_file
from quizapp.bank.model import Bank
from quizapp.bank.problems import Problem, Severity
from quizapp.convert.builder import Imported
from quizapp.convert.exporting import image_of
from quizapp.convert.textio import MAX_BYTES, decode
from quizapp.convert.yamlout import render
from quizapp.files import QT_TRANSLATE_NOOP, os_detail, os_reason, write_atomic

# format -> what it is, for messages and --help
FORMATS: dict[str, str] = {
    "yaml": QT_TRANSLATE_NOOP("CommandHelp", "our question bank (.yaml, .yml)"),
    "moodle": QT_TRANSLATE_NOOP("CommandHelp", "Moodle XML (.xml)"),
    "gift": QT_TRANSLATE_NOOP("CommandHelp", "GIFT (.gift, .gift.txt)"),
    "aiken": QT_TRANSLATE_NOOP("CommandHelp", "Aiken (--from aiken; any .txt)"),
    "csv": QT_TRANSLATE_NOOP("CommandHelp", "CSV, one question per row (.csv)"),
    "anki": QT_TRANSLATE_NOOP(
        "CommandHelp", "Anki notes as text (.txt with #separator / #html headers)"
    ),
    "apkg": QT_TRANSLATE_NOOP("CommandHelp", "Anki package (.apkg)"),
    "pdf": QT_TRANSLATE_NOOP("CommandHelp", "a printable exam (.pdf, export only)"),
}
EXPORT_ONLY = frozenset({"pdf"})
_READERS = {
    "moodle": ("quizapp.convert.moodle", "read_moodle"),
    "gift": ("quizapp.convert.gift", "read_gift"),
    "aiken": ("quizapp.convert.aiken", "read_aiken"),
    "csv": ("quizapp.convert.csvformat", "read_csv"),
    "anki": ("quizapp.convert.anki", "read_anki_text"),
    "apkg": ("quizapp.convert.anki", "read_apkg"),
}
_WRITERS = {
    "moodle": ("quizapp.convert.moodle", "write_moodle"),
    "gift": ("quizapp.convert.gift", "write_gift"),
    "aiken": ("quizapp.convert.aiken", "write_aiken"),
    "csv": ("quizapp.convert.csvformat", "write_csv"),
    "anki": ("quizapp.convert.anki", "write_anki_text"),
    "apkg": ("quizapp.convert.anki", "write_apkg"),
}


class ConvertError(Exception):
    """The conversion cannot start (formats, files); carries a located problem."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        super().__init__(problem.format())


@dataclass
class Outcome:
    """What a conversion did: problems (source and destination), the encoding assumed for a
    text source, and how many questions were written."""

    problems: list[Problem] = field(default_factory=list)
    encoding: str | None = None
    written: int = 0
    images: list[str] = field(default_factory=list)


def guess_format(path: Path, *, reading: bool) -> str | None:
    """The format a file name implies; a `.txt` is Anki text when it starts with Anki's
    `#separator`/`#html` headers, GIFT when named `.gift.txt`, else unknown."""
    name = path.name.lower()
    if name.endswith((".yaml", ".yml")):
        return "yaml"
    if name.endswith(".xml"):
        return "moodle"
    if name.endswith((".gift", ".gift.txt")):
        return "gift"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".apkg"):
        return "apkg"
    if name.endswith(".pdf"):
        return "pdf"
    if name.endswith(".txt"):
        if not reading:
            return None
        try:
            with path.open("rb") as f:
                start = f.read(256)
        except OSError:
            return None
        text, _ = decode(start)
        return "anki" if text.lstrip("\ufeff").startswith("#") else None
    return None


def _problem(path: Path | str, code: str, **params: object) -> Problem:
    """An error about a whole file: a code worded by `quizapp.convertwords`."""
    return Problem(str(path), 1, 1, Severity.ERROR, code, params)


def _read_bytes(path: Path) -> bytes:
    if not path.is_file():
        raise ConvertError(_problem(path, "not_a_file" if path.exists() else "no_such_file"))
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ConvertError(
            _problem(path, "source_too_large", size=round(size / 1e6), limit=MAX_BYTES // 2**20)
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        problem = _problem(
            path, "convert_source_unreadable", reason=os_reason(exc), detail=os_detail(exc)
        )
        raise ConvertError(problem) from None


def _call(table: dict[str, tuple[str, str]], fmt: str) -> Callable[..., object]:
    module, function = table[fmt]
    found: Callable[..., object] = getattr(importlib.import_module(module), function)
    return found


def _images_of(bank: Bank) -> dict[str, bytes]:
    """The image files a bank names, read from beside it, for exporters that embed them."""
    found: dict[str, bytes] = {}
    for q in bank.questions:
        image = image_of(q, bank)
        if image is not None and image[0] not in found:
            try:
                found[image[0]] = image[2].read_bytes()
            except OSError:
                continue
    return found


def import_source(src: Path, src_format: str) -> Imported:
    """Read a non-YAML source into our YAML-shaped data."""
    if src_format == "apkg":
        imported = _call(_READERS, src_format)(_read_bytes(src), str(src), src.stem)
        assert isinstance(imported, Imported)
        return imported
    text, encoding = decode(_read_bytes(src))
    reader = _call(_READERS, src_format)
    imported = reader(text, str(src), src.stem.removesuffix(".gift"))
    assert isinstance(imported, Imported)
    imported.encoding = encoding
    return imported


def _source_text_missing(imported: Imported, src: Path, dest: Path, out: Outcome) -> bool:
    """Drop a `source: file:` (from a bank header) whose text is not beside the new bank, with a
    warning: quotes then go unchecked instead of the whole bank failing validation."""
    source = imported.bank.get("source")
    if not isinstance(source, dict) or not isinstance(source.get("file"), str):
        return False
    name = source["file"]
    if (dest.parent / name).is_file():
        return False
    del source["file"]
    params = {"name": name, "dest": dest.name}
    out.problems.append(Problem(str(src), 1, 1, Severity.WARNING, "source_text_missing", params))
    return True


def _write_images(images: dict[str, bytes], folder: Path, force: bool, out: Outcome) -> bool:
    for relative, data in images.items():
        target = folder / PurePosixPath(relative)
        if target.exists() and not force and target.read_bytes() != data:
            out.problems.append(_problem(target, "exists_already"))
            return False
    for relative, data in images.items():
        target = folder / PurePosixPath(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)
        out.images.append(relative)
    return True


def convert(
    src: Path,
    dest: Path,
    src_format: str,
    dest_format: str,
    *,
    answer_key: bool = False,
    force: bool = False,
) -> Outcome:
    """Convert `src` to `dest`. Raises `ConvertError` when it cannot start; otherwise every
    problem is in the outcome, and `written` is 0 when nothing could be converted."""
    if src_format in EXPORT_ONLY:
        raise ConvertError(_problem(src, "export_only", format=src_format))
    if dest.exists() and not force:
        raise ConvertError(_problem(dest, "exists_already"))
    if dest.exists() and not dest.is_file():
        raise ConvertError(_problem(dest, "not_regular_file"))
    if os.path.abspath(src) == os.path.abspath(dest):
        raise ConvertError(_problem(dest, "is_the_source"))
    out = Outcome()
    if src_format == "yaml":
        _read_bytes(src)  # same checks and messages as every other source
        result = load_file(src)
        out.problems += result.problems
        bank = result.bank
        images = _images_of(bank) if bank else {}
        if dest_format == "yaml" and bank is not None:
            write_atomic(dest, src.read_bytes())
            out.written = len(bank.questions)
            return out
    else:
        imported = import_source(src, src_format)
        out.encoding = imported.encoding
        out.problems += imported.problems
        if not imported.questions:
            return out
        text = render(imported.bank, header=f"Converted by quizapp from {src.name}")
        from quizapp.bank.checker import MAX_BYTES as BANK_LIMIT

        size = len(text.encode("utf-8"))
        if size > BANK_LIMIT:
            out.problems.append(
                _problem(
                    src,
                    "bank_would_be_too_large",
                    count=len(imported.questions),
                    size=size / 1e6,
                    limit=BANK_LIMIT // 2**20,
                )
            )
            return out
        if dest_format == "yaml":
            if _source_text_missing(imported, src, dest, out):
                text = render(imported.bank, header=f"Converted by quizapp from {src.name}")
            if not _write_images(imported.images, dest.parent, force, out):
                return out
            write_atomic(dest, text.encode("utf-8"))
            result = load_file(dest)
            out.problems += result.problems
            out.written = len(result.bank.questions) if result.bank else 0
            return out
        from quizapp.bank.checker import check_text

        result = check_text(text, str(src.with_suffix(".yaml")))
        out.problems += [p for p in result.problems if p.is_error]
        bank = result.bank
        images = imported.images
    if bank is None:
        return out
    if dest_format == "pdf":
        return _pdf(bank, dest, answer_key, out)
    if dest_format == "apkg":
        problems = _call(_WRITERS, "apkg")(bank, dest)
        assert isinstance(problems, list)
        out.problems += problems
        out.written = len(bank.questions)
        return out
    writer = _call(_WRITERS, dest_format)
    written = writer(bank, images)
    assert isinstance(written, tuple)
    data, problems, count = written
    out.problems += problems
    if not count:
        return out
    write_atomic(dest, data.encode("utf-8") if isinstance(data, str) else data)
    out.written = count
    return out


def _pdf(bank: Bank, dest: Path, answer_key: bool, out: Outcome) -> Outcome:
    try:
        module = importlib.import_module("quizapp.convert.pdf")
    except ImportError:
        out.problems.append(_problem(dest, "no_pdf"))
        return out
    out.problems += module.write_pdf(bank, dest, answer_key)
    out.written = len(bank.questions)
    return out
