"""The translations: extract, generate the pseudo-locales, compile (docs/translating.md).

    python packaging/i18n.py update    # after changing words: refresh resources/i18n/*.ts
    python packaging/i18n.py release   # compile every .ts to .qm (`make` runs this)

`update` runs `pyside6-lupdate` over `quizapp/` into each shipped language's
`quizapp_<code>.ts` (no line numbers, so a catalogue changes only when words do; obsolete
messages dropped) and `quizapp_en.ts` (plural forms only: the source text is English, but
"%n question(s)" needs its two English forms). `release` also writes two pseudo-locales made
from the extracted messages, never by hand: `pseudo` (every letter accented, 40% longer,
bracketed, so an English literal or a clipped label shows at a glance) and `pseudo-rtl` (the
same, laid out right to left), then runs `pyside6-lrelease`. Both tools ship with PySide6.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "quizapp"
I18N = ROOT / "resources" / "i18n"
SHIPPED = ("de", "es")  # complete translations; the suite fails on an unfinished string
PSEUDO = ("pseudo", "pseudo-rtl")
ENGLISH_PLURAL = re.compile(r"\((s|es)\)")
# what must survive pseudo-translation untouched: placeholders, %n/%1, argparse's %(prog)s and
# %s, tags, entities
_KEEP = re.compile(
    r"\{[a-z_]*\}|%n|%L?\d|%(?:\([a-z_]+\))?[sr]|<[^>]*>|&[a-z]+;|&&|\\n|\n", re.IGNORECASE
)
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)


def tool(name: str) -> str:
    """`pyside6-lupdate` / `pyside6-lrelease`: beside this Python, else on PATH."""
    for candidate in (
        Path(sys.executable).parent / f"pyside6-{name}",
        shutil.which(f"pyside6-{name}"),
    ):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"i18n: pyside6-{name} not found (it ships with PySide6)")


def python_files(root: Path = SOURCES) -> list[str]:
    return sorted(str(p) for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str, *, plural_only: bool = False) -> None:
    """Refresh `ts` from the code (created when missing), for `language`."""
    args = [tool("lupdate"), *python_files(), "-locations", "none", "-no-obsolete"]
    args += ["-source-language", "en", "-target-language", language, "-silent"]
    args += ["-pluralonly"] if plural_only else []
    subprocess.run([*args, "-ts", str(ts)], check=True, cwd=ROOT)


def english_forms(source: str) -> list[str]:
    """The singular and plural of an English `(s)` message: `%n question(s)`."""
    return [ENGLISH_PLURAL.sub("", source), ENGLISH_PLURAL.sub(r"\1", source)]


def fill_english(ts: Path) -> None:
    """Give every plural message of the English catalogue its two forms, finished."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for form, text in zip(
            translation.findall("numerusform"), english_forms(source), strict=True
        ):
            form.text = text
    write(tree, ts)


def pseudo_text(text: str) -> str:
    """`Start quiz` -> `[Šţàŕţ ǫûîž ·······]`: accented, 40% longer, bracketed."""
    pieces, last = [], 0
    for kept in _KEEP.finditer(text):
        pieces.append(text[last : kept.start()].translate(_ACCENTED))
        pieces.append(kept.group())
        last = kept.end()
    pieces.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(1, math.ceil(len(text) * 0.4) - 2)
    return f"[{''.join(pieces)} {padding}]"


def write_pseudo(template: Path, code: str, target: Path) -> None:
    """A pseudo-locale catalogue from every message of `template` (an extracted .ts)."""
    tree = ET.parse(template)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form, text in zip(forms, english_forms(source), strict=True):
                form.text = pseudo_text(text)
        else:
            translation.text = pseudo_text(source)
    if code.endswith("-rtl"):  # Qt lays the application out right to left on this message
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "QGuiApplication"
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = "QT_LAYOUT_DIRECTION"
        ET.SubElement(message, "translation").text = "RTL"
    write(tree, target)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def update(folder: Path = I18N) -> None:
    """Refresh every catalogue in `folder` from the code."""
    folder.mkdir(parents=True, exist_ok=True)
    for code in SHIPPED:
        ts = folder / f"quizapp_{code}.ts"
        lupdate(ts, code)
        write(ET.parse(ts), ts)  # one layout, as `write` keeps it: a diff shows only words
    lupdate(folder / "quizapp_en.ts", "en", plural_only=True)
    fill_english(folder / "quizapp_en.ts")


def release(folder: Path = I18N, out: Path = I18N) -> list[Path]:
    """Compile every catalogue of `folder`, and the pseudo-locales, to .qm files in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        template = Path(scratch) / "template.ts"
        shutil.copy(folder / f"quizapp_{SHIPPED[0]}.ts", template)
        catalogues = sorted(folder.glob("quizapp_*.ts"))
        for code in PSEUDO:
            generated = Path(scratch) / f"quizapp_{code}.ts"
            write_pseudo(template, code, generated)
            catalogues.append(generated)
        made = []
        for ts in catalogues:
            qm = out / ts.with_suffix(".qm").name
            subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
            made.append(qm)
    return made


def messages(ts: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> the translation's forms ("" when unfinished)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = ["" if unfinished else f for f in forms]
    return found


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv == ["release"]:
        for qm in release():
            print(qm.relative_to(ROOT))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
