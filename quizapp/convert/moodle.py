"""Moodle XML: import every question type we have a counterpart for, and export our bank.

The element names follow Moodle's own reader and writer (question/format/xml/format.php and
question/type/ordering for ordering questions), so an exported file imports into Moodle 4.x.
Question text is HTML there; we keep plain text, and extract embedded images (`<file
encoding="base64">` referenced as `@@PLUGINFILE@@/name`) next to the new bank.
"""

from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from pathlib import PurePosixPath
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape, quoteattr

from quizapp.bank import fields as F
from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.bank.problems import Problem
from quizapp.convert.builder import BankBuilder, Imported, slug
from quizapp.convert.exporting import (
    Loss,
    common_losses,
    dropped,
    fraction_text,
    general_feedback,
    header_comment,
    image_of,
    literal_answer,
    moodle_fraction,
    moodle_refuses,
    number_text,
    read_header,
    short_answer_text,
    split_feedback,
    tolerance_text,
)
from quizapp.convert.textio import html_to_text, text_to_html

IMAGES_SUPPORTED = "image" in F.ALL_QUESTION_KEYS
Common = dict[str, object]
_QUESTION_TAG = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<question[\s>/]", re.DOTALL)
_HEADER = re.compile(r"<!--\s*(quizapp-bank:.*?)-->", re.DOTALL)
# Moodle's types without a counterpart -> why (a reason code, `quizapp.convertwords`)
_NO_COUNTERPART = {
    "essay": "essay",
    "cloze": "cloze",
    "multianswer": "cloze",
    "description": "moodle_description",
    "calculated": "calculated",
    "calculatedsimple": "calculated",
    "calculatedmulti": "calculated",
    "ddwtos": "drag_drop",
    "ddimageortext": "drag_drop",
    "ddmarker": "drag_drop",
    "gapselect": "gapselect",
    "randomsamatch": "randomsamatch",
    "random": "random",
}


def _text(element: ET.Element | None, path: str = "text") -> str:
    if element is None:
        return ""
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _lines(text: str) -> list[int]:
    """The line of each `<question` tag, in document order (CDATA and comments skipped)."""
    lines, line, last = [], 1, 0
    for match in _QUESTION_TAG.finditer(text):
        if match.group().startswith("<question"):
            line += text.count("\n", last, match.start())
            last = match.start()
            lines.append(line)
    return lines


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


class _Reader:
    def __init__(self, path: str, title: str) -> None:
        self.b = BankBuilder(path, title)
        self.category: str | None = None
        self.image_names: set[str] = set()
        self.bank_tag: str | None = None  # the category our export names after the bank

    def rich(self, element: ET.Element | None, line: int, name: str, part: str) -> str:
        """Plain text of a `<questiontext>`-like element; images other than the question's
        own are dropped with a warning naming the `part` (general_feedback, answer, ...)."""
        if element is None:
            return ""
        raw = _text(element)
        if element.get("format", "html") in ("plain_text", "markdown", "wiki_like"):
            return raw
        text, images = html_to_text(raw)
        if images:
            self.b.warn(line, "image_in_part_dropped", name, part=part)
        return text

    def question(self, q: ET.Element, line: int) -> None:
        qtype = q.get("type", "")
        if qtype == "category":
            self.category = category_tag(_text(q.find("category")))
            return
        name = _text(q.find("name")) or None
        if qtype in _NO_COUNTERPART:
            self.b.skip(line, "moodle_type", _NO_COUNTERPART[qtype], name, qtype=qtype)
            return
        reader = {
            "multichoice": self._multichoice,
            "truefalse": self._truefalse,
            "shortanswer": self._shortanswer,
            "numerical": self._numerical,
            "match": self._match,
            "ordering": self._ordering,
        }.get(qtype)
        if reader is None:
            self.b.skip(line, "moodle_unknown", "unknown_moodle_type", name, qtype=qtype)
            return
        body = q.find("questiontext")
        prompt_html = _text(body)
        images: list[tuple[str, str | None]] = []
        if body is not None and body.get("format") in ("plain_text", "markdown"):
            prompt = prompt_html
        else:
            prompt, images = html_to_text(prompt_html)
        common: dict[str, object] = {}
        explanation, quote = split_feedback(
            self.rich(q.find("generalfeedback"), line, name or "", "general_feedback")
        )
        common["explanation"] = explanation
        common["source"] = quote
        tags = [self.category] if self.category and self.category != self.bank_tag else []
        tags += [_text(t) for t in q.findall("tags/tag")]
        common["tags"] = [t for t in tags if t]
        grade = _number((q.findtext("defaultgrade") or "").strip())
        if grade is not None and grade > 0 and grade != 1:
            common["points"] = grade
        image = self.image(q, body, images, line, name)
        if image is not None:
            common["image"] = image
        reader(q, line, name, prompt, common)
        with_feedback = [_text(a) for a in q.findall("answer") if _text(a.find("feedback"))]
        if with_feedback:
            answers = tuple(with_feedback)
            self.b.warn(line, "answers_feedback_named_dropped", name, answers=answers)
        if q.find("hint") is not None:
            self.b.warn(line, "hints_dropped", name)

    def image(
        self,
        q: ET.Element,
        body: ET.Element | None,
        images: list[tuple[str, str | None]],
        line: int,
        name: str | None,
    ) -> dict[str, str] | None:
        files: dict[str, ET.Element] = {}
        for f in body.findall("file") if body is not None else []:
            files[(f.get("path") or "/") + (f.get("name") or "")] = f
        old_data, old_name = q.findtext("image_base64"), q.findtext("image")
        if old_data and old_name:  # Moodle 1.x exports: one image beside the text
            element = ET.Element("file", {"name": old_name.replace("/", "_")})
            element.text = old_data
            files["/" + element.get("name", "")] = element
            images = [*images, ("@@PLUGINFILE@@/" + element.get("name", ""), None)]
        if not images:
            return None
        if len(images) > 1:
            self.b.warn(line, "images_first_only", name, count=len(images))
        src, alt = images[0]
        if not src.startswith("@@PLUGINFILE@@/"):
            self.b.warn(line, "image_not_in_file", name, src=src)
            return None
        wanted = "/" + unquote(src[len("@@PLUGINFILE@@/") :])
        found = files.get(wanted)
        if found is None or found.get("encoding") != "base64":
            self.b.warn(line, "image_file_missing", name, name=wanted[1:])
            return None
        try:
            data = base64.b64decode("".join((found.text or "").split()), validate=True)
        except (binascii.Error, ValueError):
            self.b.warn(line, "image_not_base64", name, name=wanted[1:])
            return None
        relative = self.image_path(wanted)
        self.b.images[relative] = data
        if not alt or not alt.strip():
            self.b.warn(line, "moodle_image_no_alt", name, path=relative)
            return None
        if not IMAGES_SUPPORTED:
            self.b.warn(line, "images_not_shown", name, path=relative)
            return None
        return {"file": relative, "alt": alt.strip()}

    def image_path(self, wanted: str) -> str:
        stem = PurePosixPath(wanted)
        base = slug(stem.stem) or "image"
        suffix = stem.suffix.lower()
        relative, n = f"images/{base}{suffix}", 2
        while relative in self.image_names:
            relative, n = f"images/{base}-{n}{suffix}", n + 1
        self.image_names.add(relative)
        return relative

    def answers(self, q: ET.Element) -> list[tuple[float, ET.Element]]:
        found = []
        for a in q.findall("answer"):
            fraction = _number(a.get("fraction", "0"))
            found.append((fraction if fraction is not None else 0.0, a))
        return found

    def _multichoice(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        single = (q.findtext("single") or "true").strip() not in ("false", "0", "")
        answers = self.answers(q)
        choices = [self.rich(a, line, name or "", "answer") for _, a in answers]
        weights = [fraction for fraction, _ in answers]
        self.b.add_choices(line, name, prompt, choices, weights, single, common)

    def _truefalse(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        truth: bool | None = None
        for n, (fraction, a) in enumerate(self.answers(q)):
            text = _text(a).lower()
            is_true = text == "true" if text in ("true", "false") else n == 0
            if fraction >= 99.99:
                truth = is_true
        if truth is None:
            self.b.skip(line, "truefalse", "tf_no_full", name)
            return
        self.b.add(line, name, "true_false", prompt, answer=truth, **common)

    def _shortanswer(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        accepted, wild, partial = [], [], []
        for fraction, a in self.answers(q):
            text = _text(a)
            if text == "*":
                continue
            literal = literal_answer(text)
            if literal is None:
                wild.append(text)
            elif fraction >= 99.99:
                accepted.append(literal)
            elif fraction > 0:
                partial.append(text)
        if wild:
            self.b.warn(line, "wildcard_answers", name, answers=tuple(wild))
        if partial:
            self.b.warn(line, "partial_answers", name, answers=tuple(partial))
        if (q.findtext("usecase") or "0").strip() == "1":
            self.b.warn(line, "case_sensitive", name)
        seen: dict[str, str] = {}
        for text in accepted:
            seen.setdefault(text.casefold(), text)
        self.b.add(line, name, "short", prompt, answer=list(seen.values()), **common)

    def _numerical(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        found: list[tuple[float, float]] = []
        for fraction, a in self.answers(q):
            text = _text(a)
            if text == "*" or fraction < 99.99:
                continue
            value = _number(text)
            tolerance = _number((a.findtext("tolerance") or "0").strip() or "0")
            if value is None or tolerance is None:
                self.b.warn(line, "answer_not_number", name, answer=text)
                continue
            found.append((value, abs(tolerance)))
        if q.find("units/unit") is not None:
            self.b.warn(line, "units_ignored", name)
        if len(found) > 1:
            self.b.warn(line, "first_number_only", name, count=len(found))
        if not found:
            self.b.skip(line, "numerical", "no_number_answer", name)
            return
        value, tolerance = found[0]
        self.b.add(line, name, "numeric", prompt, answer=value, tolerance=tolerance, **common)

    def _match(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        pairs, extra = [], []
        for sub in q.findall("subquestion"):
            left = self.rich(sub, line, name or "", "subquestion")
            right = _text(sub.find("answer"))
            if left:
                pairs.append((left, right))
            elif right:
                extra.append(right)
        if extra:
            self.b.warn(line, "extra_wrong_dropped", name, answers=tuple(extra))
        self.b.add(line, name, "match", prompt, pairs=pairs, **common)

    def _ordering(
        self, q: ET.Element, line: int, name: str | None, prompt: str, common: Common
    ) -> None:
        items = [self.rich(a, line, name or "", "item") for _, a in self.answers(q)]
        select = (q.findtext("selecttype") or "ALL").strip().upper()
        if select not in ("ALL", "") and len(items) > 0:
            self.b.warn(line, "selection_shown_all", name)
        self.b.add(line, name, "order", prompt, items=items, **common)


def category_tag(path: str) -> str | None:
    """The last meaningful part of a category path ('$course$/top/Default for X/Rivers')."""
    parts = [p.strip() for p in path.replace("//", "\0").split("/")]
    parts = [p.replace("\0", "/") for p in parts if p]
    parts = [p for p in parts if not (p.startswith("$") and p.endswith("$")) and p != "top"]
    parts = [p for p in parts if not p.startswith("Default for ")]
    return parts[-1] if parts else None


def read_moodle(text: str, path: str, title: str) -> Imported:
    """Our bank from the text of a Moodle XML file; problems are located in `path`."""
    reader = _Reader(path, title)
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        reader.b.error(line, "xml_not_well_formed", column=column + 1, detail=reason)
        return reader.b.result()
    if root.tag != "quiz":
        reader.b.error(1, "moodle_not_quiz", tag=root.tag)
        return reader.b.result()
    header = _HEADER.search(text[:4096])
    if header:
        reader.b.bank.update(read_header(header.group(1)))
        reader.bank_tag = str(reader.b.bank.get("title"))
    questions = root.findall("question")
    lines = _lines(text)
    if len(lines) != len(questions):
        lines = [1] * len(questions)
    for q, line in zip(questions, lines, strict=True):
        reader.question(q, line)
    return reader.b.result()


# ----------------------------------------------------------------------------- export


def _t(text: str, indent: str) -> str:
    """A `<text>` element; CDATA when it holds markup, as Moodle writes it."""
    if any(c in text for c in "<>&") and "]]>" not in text:
        return f"{indent}<text><![CDATA[{text}]]></text>\n"
    return f"{indent}<text>{escape(text)}</text>\n"


def _rich(tag: str, text: str, indent: str, extra: str = "") -> str:
    return f'{indent}<{tag} format="html">\n{_t(text, indent + "  ")}{extra}{indent}</{tag}>\n'


def _answer(fraction: float, text: str, indent: str, html: bool = True, inner: str = "") -> str:
    fmt = ' format="html"' if html else ' format="moodle_auto_format"'
    body = text_to_html(text) if html else text
    return (
        f'{indent}<answer fraction="{fraction_text(fraction)}"{fmt}>\n'
        f"{_t(body, indent + '  ')}{inner}"
        f'{indent}  <feedback format="html">\n{indent}    <text></text>\n{indent}  </feedback>\n'
        f"{indent}</answer>\n"
    )


_COMBINED = (
    '    <correctfeedback format="html">\n      <text></text>\n    </correctfeedback>\n'
    '    <partiallycorrectfeedback format="html">\n      <text></text>\n'
    "    </partiallycorrectfeedback>\n"
    '    <incorrectfeedback format="html">\n      <text></text>\n    </incorrectfeedback>\n'
)


def write_moodle(
    bank: Bank, images: dict[str, bytes] | None = None
) -> tuple[str, list[Problem], int]:
    """Moodle XML for the bank, and a warning per question for what Moodle cannot hold.

    `images` maps an image's `file` (as written in the bank) to its bytes, for embedding."""
    problems: list[Problem] = []
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n', f"<!-- {header_comment(bank)} -->\n",
           "<quiz>\n"]  # fmt: skip
    category = None
    written = 0
    for q in bank.questions:
        refused = moodle_refuses(bank, q, "Moodle XML")
        if refused:
            problems.append(refused)
            continue
        written += 1
        lost = common_losses(q)
        wanted = q.tags[0] if q.tags else None
        if wanted != category or category is None:
            category = wanted
            path = f"$course$/top/{bank.title.replace('/', '//')}"
            if wanted:
                path += "/" + wanted.replace("/", "//")
            out.append(
                '  <question type="category">\n    <category>\n'
                f"      <text>{escape(path)}</text>\n    </category>\n"
                '    <info format="html">\n      <text></text>\n    </info>\n  </question>\n'
            )
        qtype = _MOODLE_TYPES[q.type]
        out.append(f'  <question type="{qtype}">\n')
        out.append(f"    <name>\n      <text>{escape(q.id)}</text>\n    </name>\n")
        files = _image_files(q, images or {}, problems, bank)
        body = text_to_html(q.prompt)
        if files:
            body += files[0]
        out.append(_rich("questiontext", body, "    ", files[1] if files else ""))
        out.append(_rich("generalfeedback", text_to_html(general_feedback(q)), "    "))
        points = bank.points_for(q)
        out.append(f"    <defaultgrade>{points:g}</defaultgrade>\n")
        out.append("    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n")
        out.append("    <idnumber></idnumber>\n")
        out.append(_body(q, lost))
        if q.tags:
            out.append("    <tags>\n")
            out.extend(f"      <tag><text>{escape(t)}</text></tag>\n" for t in q.tags)
            out.append("    </tags>\n")
        out.append("  </question>\n")
        if lost:
            problems.append(dropped(bank, q, "Moodle XML", lost))
    out.append("</quiz>\n")
    return "".join(out), problems, written


_MOODLE_TYPES = {
    QuestionType.SINGLE: "multichoice",
    QuestionType.MULTIPLE: "multichoice",
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT: "shortanswer",
    QuestionType.NUMERIC: "numerical",
    QuestionType.ORDER: "ordering",
    QuestionType.MATCH: "match",
}


def _image_files(
    q: Question, images: dict[str, bytes], problems: list[Problem], bank: Bank
) -> tuple[str, str] | None:
    """(the `<img>` tag, the `<file>` element) for the question's image, if it has one."""
    image = image_of(q, bank)
    if image is None:
        return None
    written, alt, _ = image
    data = images.get(written)
    if data is None:
        problems.append(dropped(bank, q, "Moodle XML", [("image_unreadable", written)]))
        return None
    name = PurePosixPath(written).name
    tag = f'<p><img src="@@PLUGINFILE@@/{quote(name)}" alt={quoteattr(alt)}></p>'
    encoded = base64.b64encode(data).decode("ascii")
    element = f'      <file name={quoteattr(name)} path="/" encoding="base64">{encoded}</file>\n'
    return tag, element


def _body(q: Question, lost: list[Loss]) -> str:
    if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        single = q.type is QuestionType.SINGLE
        correct = set(q.correct_choices)
        n_right, n_wrong = len(correct), len(q.choices) - len(correct)
        share = 100.0 if single else moodle_fraction(100.0 / n_right)
        if not single and abs(share * n_right - 100.0) > 0.01:
            lost.append(("weights", (share, 100 / n_right)))
        penalty = 0.0 if single else -moodle_fraction(100.0 / n_wrong) if n_wrong else 0.0
        parts = [
            f"    <single>{'true' if single else 'false'}</single>\n",
            "    <shuffleanswers>true</shuffleanswers>\n",
            "    <answernumbering>abc</answernumbering>\n",
            "    <showstandardinstruction>0</showstandardinstruction>\n",
            _COMBINED,
        ]
        for choice in q.choices:
            parts.append(_answer(share if choice in correct else penalty, choice, "    "))
        return "".join(parts)
    if q.type is QuestionType.TRUE_FALSE:
        return _answer(100 if q.truth else 0, "true", "    ", html=False) + _answer(
            0 if q.truth else 100, "false", "    ", html=False
        )
    if q.type is QuestionType.SHORT:
        parts = ["    <usecase>0</usecase>\n"]
        parts += [_answer(100, short_answer_text(a), "    ", html=False) for a in q.accepted]
        return "".join(parts)
    if q.type is QuestionType.NUMERIC:
        tolerance = f"      <tolerance>{tolerance_text(q.tolerance)}</tolerance>\n"
        return (
            _answer(100, number_text(q), "    ", html=False, inner=tolerance)
            + "    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1000000</unitpenalty>\n"
            "    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n"
        )
    if q.type is QuestionType.ORDER:
        parts = [
            "    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n",
            f"    <selectcount>{len(q.items)}</selectcount>\n",
            "    <gradingtype>ALL_OR_NOTHING</gradingtype>\n    <showgrading>SHOW</showgrading>\n",
            "    <numberingstyle>none</numberingstyle>\n",
            _COMBINED,
        ]
        for n, item in enumerate(q.items, 1):
            parts.append(
                f'    <answer fraction="{n}" format="html">\n{_t(text_to_html(item), "      ")}'
                "    </answer>\n"
            )
        return "".join(parts)
    parts = ["    <shuffleanswers>true</shuffleanswers>\n", _COMBINED]
    for left, right in q.pairs:
        parts.append(
            f'    <subquestion format="html">\n{_t(text_to_html(left), "      ")}'
            f"      <answer>\n{_t(right, '        ')}      </answer>\n    </subquestion>\n"
        )
    return "".join(parts)
