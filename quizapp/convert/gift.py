"""GIFT, Moodle's plain-text format: read what Moodle's GIFT importer reads, write what it reads.

The rules follow question/format/gift/format.php: questions are separated by blank lines, `//`
starts a comment line, `::name::` names a question, `[html]`/`[markdown]`/`[plain]`/`[moodle]`
give the text's format, and the answers are in `{...}`; `\\~ \\= \\# \\{ \\} \\: \\\\` and
`\\n` are escapes. Ordering questions use the syntax of Moodle's ordering question type
(`{>N ALL VERTICAL ALL_OR_NOTHING SHOW` then one item per line).
"""

from __future__ import annotations

import re

from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.bank.problems import Problem
from quizapp.convert.builder import BankBuilder, Imported
from quizapp.convert.exporting import (
    HEADER_MARK,
    Loss,
    common_losses,
    dropped,
    fraction_text,
    general_feedback,
    header_comment,
    literal_answer,
    moodle_fraction,
    moodle_refuses,
    number_text,
    read_header,
    short_answer_text,
    split_feedback,
    tolerance_text,
)
from quizapp.convert.moodle import Common, category_tag
from quizapp.convert.textio import html_to_text, normalise_newlines

# escaped characters become private-use placeholders while the question is taken apart
_ESCAPES = {":": "\ue03a", "#": "\ue023", "=": "\ue03d", "{": "\ue07b", "}": "\ue07d",
            "~": "\ue07e", "n": "\ue00a"}  # fmt: skip
_BACKSLASH = "\ue05c"
_RESTORE = str.maketrans(
    {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()} | {_BACKSLASH: "\\"}
)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d*)?)%")
_FORMAT = re.compile(r"^\[(html|markdown|plain|moodle)\]", re.IGNORECASE)
_NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def _pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text


_UNDO = str.maketrans({v: "\\" + k for k, v in _ESCAPES.items()} | {_BACKSLASH: "\\\\"})


def _raw(text: str) -> str:
    """The text as it was written, escapes kept (for ordering items)."""
    return text.translate(_UNDO).strip()


def _post(text: str) -> str:
    return text.translate(_RESTORE).strip()


def _formatted(text: str) -> str:
    """Plain text of a GIFT text with its optional [format] prefix."""
    text = text.strip()
    match = _FORMAT.match(text)
    if match and match.group(1).lower() == "html":
        return html_to_text(_post(text[match.end() :]))[0]
    if match:
        text = text[match.end() :]
    return _post(text)


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Questions as (first line number, lines), split at blank lines like Moodle does."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 1
    for n, line in enumerate(normalise_newlines(text).split("\n"), 1):
        if line.strip():
            if not current:
                start = n
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _number(text: str) -> float | None:
    text = text.strip()
    return float(text) if _NUMBER.match(text) else None


class _Reader:
    def __init__(self, path: str, title: str) -> None:
        self.b = BankBuilder(path, title)
        self.category: str | None = None
        self.bank_tag: str | None = None

    def block(self, line: int, lines: list[str]) -> None:
        kept = []
        for raw in lines:
            stripped = raw.strip()
            if stripped.startswith("//"):
                if HEADER_MARK in stripped:
                    self.b.bank.update(read_header(stripped))
                    self.bank_tag = str(self.b.bank.get("title"))
                kept.append(" ")
            else:
                kept.append(raw)
        text = _pre("\n".join(kept).strip())
        if not text:
            return
        if text.startswith("$CATEGORY:"):
            tag = category_tag(_post(text[10:]))
            self.category = tag if tag != self.bank_tag else None
            return
        name = None
        if text.startswith("::"):
            end = text.find("::", 2)
            if end >= 0:
                name = _post(text[2:end]) or None
                text = text[end + 2 :].strip()
        start, finish = text.find("{"), text.find("}")
        if start < 0 and finish < 0:
            self.b.skip(line, "description", "text_only", name)
            return
        if start < 0 or finish < start:
            self.b.error(line, "gift_braces", name)
            return
        answers = text[start + 1 : finish].strip()
        if text.endswith("}"):
            prompt_text = text[:start] + text[finish + 1 :]
        else:
            prompt_text = text[:start] + "_____" + text[finish + 1 :]
        feedback = ""
        if not answers.startswith(">"):
            cut = answers.rfind("####")
            if cut >= 0:
                feedback, answers = answers[cut + 4 :], answers[:cut].strip()
        prompt = _formatted(prompt_text)
        explanation, quote = split_feedback(_formatted(feedback)) if feedback else (None, None)
        common: dict[str, object] = {"explanation": explanation, "source": quote}
        if self.category:
            common["tags"] = [self.category]
        self.answers(line, name, prompt, answers, common)

    def answers(
        self, line: int, name: str | None, prompt: str, answers: str, common: Common
    ) -> None:
        if answers.startswith(">"):
            # Moodle's ordering type reads its items from the raw lines, escapes and all
            items = [_raw(s) for s in answers.split("\n")[1:] if _raw(s)]
            self.b.add(line, name, "order", prompt, items=items, **common)
        elif not answers:
            self.b.skip(
                line,
                "essay",
                "essay",
                name,
            )
        elif answers.startswith("#"):
            self.numeric(line, name, prompt, answers[1:], common)
        elif "~" in answers:
            self.choice(line, name, prompt, answers, common)
        elif "=" in answers and "->" in answers:
            pairs = []
            for part in _split(answers, "="):
                left, arrow, right = part.partition("->")
                if not arrow:
                    self.b.skip(line, "matching", "no_arrow", name, part=_post(part))
                    return
                pairs.append((_formatted(left), _post(right)))
            self.b.add(line, name, "match", prompt, pairs=pairs, **common)
        elif answers.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
            truth = answers.split("#")[0].strip() in ("T", "TRUE")
            if answers.count("#") and answers.partition("#")[2].strip("#").strip():
                self.b.warn(line, "answers_feedback_dropped", name)
            self.b.add(line, name, "true_false", prompt, answer=truth, **common)
        else:
            self.short(line, name, prompt, answers, common)

    def feedback_dropped(self, part: str, line: int, name: str | None) -> str:
        """The answer's text; its own feedback (`#...`) has no place in our questions."""
        text, mark, feedback = part.partition("#")
        if mark and feedback.strip():
            self.b.warn(line, "answer_feedback_dropped", name, answer=_formatted(text))
        return _formatted(text)

    def choice(
        self, line: int, name: str | None, prompt: str, answers: str, common: Common
    ) -> None:
        single = "=" in answers
        choices, weights = [], []
        for part in _split(answers.replace("=", "~="), "~"):
            weight = 0.0
            if part.startswith("="):
                weight, part = 100.0, part[1:]
            else:
                match = _WEIGHT.match(part)
                if match:
                    weight, part = float(match.group(1)), part[match.end() :]
            choices.append(self.feedback_dropped(part, line, name))
            weights.append(weight)
        self.b.add_choices(line, name, prompt, choices, weights, single, common)

    def short(self, line: int, name: str | None, prompt: str, answers: str, common: Common) -> None:
        accepted: list[str] = []
        for part in _split(answers, "="):
            weight = 100.0
            match = _WEIGHT.match(part)
            if match:
                weight, part = float(match.group(1)), part[match.end() :]
            text = self.feedback_dropped(part, line, name)
            literal = literal_answer(text)
            if literal is None:
                self.b.warn(line, "wildcard_answer", name, answer=text)
            elif weight < 99.99:
                self.b.warn(line, "partial_answer", name, answer=text, weight=weight)
            elif literal.casefold() not in (a.casefold() for a in accepted):
                accepted.append(literal)
        self.b.add(line, name, "short", prompt, answer=accepted, **common)

    def numeric(
        self, line: int, name: str | None, prompt: str, answers: str, common: Common
    ) -> None:
        answers = answers.split("~", 1)[0]
        found: list[tuple[float, float]] = []
        for part in _split(answers, "="):
            weight = 100.0
            match = _WEIGHT.match(part)
            if match:
                weight, part = float(match.group(1)), part[match.end() :]
            text = _post(part.split("#", 1)[0].replace("\ue03a", ":"))
            if weight < 99.99:
                self.b.warn(line, "partial_answer", name, answer=text, weight=weight)
                continue
            low, dots, high = text.partition("..")
            value_text, colon, tol_text = text.partition(":")
            if dots:
                lo, hi = _number(low), _number(high)
                pair = None if lo is None or hi is None else ((lo + hi) / 2, abs(hi - lo) / 2)
            else:
                value, tol = _number(value_text), _number(tol_text) if colon else 0.0
                pair = None if value is None or tol is None else (value, abs(tol))
            if pair is None:
                self.b.error(line, "gift_not_numeric", name, text=text)
                return
            found.append(pair)
        if len(found) > 1:
            self.b.warn(line, "first_answer_only", name, count=len(found))
        if not found:
            self.b.skip(line, "numerical", "no_right_answer", name)
            return
        value, tolerance = found[0]
        self.b.add(line, name, "numeric", prompt, answer=value, tolerance=tolerance, **common)


def _split(answers: str, mark: str) -> list[str]:
    """Moodle's explode: the parts after each `mark`, an empty first part dropped."""
    parts = [p.strip() for p in answers.split(mark)]
    if parts and not parts[0]:
        parts = parts[1:]
    return parts


def read_gift(text: str, path: str, title: str) -> Imported:
    """Our bank from the text of a GIFT file; problems are located in `path`."""
    reader = _Reader(path, title)
    for line, lines in _blocks(text):
        reader.block(line, lines)
    return reader.b.result()


# ----------------------------------------------------------------------------- export

_RESERVED = str.maketrans(
    {
        "\\": "\\\\",
        "#": "\\#",
        "=": "\\=",
        "~": "\\~",
        "{": "\\{",
        "}": "\\}",
        ":": "\\:",
        "\n": "\\n",
        "\r": "",
    }
)


def escape(text: str) -> str:
    """Moodle's own escaping for GIFT (qformat_gift::repchar)."""
    return text.translate(_RESERVED)


def _text(text: str) -> str:
    """A text as GIFT: `[plain]` when it holds characters HTML would read as markup."""
    return ("[plain]" if any(c in text for c in "<&") else "") + escape(text)


def write_gift(
    bank: Bank, images: dict[str, bytes] | None = None
) -> tuple[str, list[Problem], int]:
    """GIFT text for the bank, and a warning per question for what GIFT cannot hold."""
    problems: list[Problem] = []
    out = [f"// {header_comment(bank)}\n", "// Written by quizapp; import into Moodle with the "
           "GIFT format.\n\n"]  # fmt: skip
    category: str | None = None
    first = True
    for q in bank.questions:
        refused = moodle_refuses(bank, q, "GIFT")
        if refused:
            problems.append(refused)
            continue
        lost = common_losses(q)
        if bank.points_for(q) != 1:
            lost.append(("points", bank.points_for(q)))
        if len(q.tags) > 1:
            lost.append(("tags_after_first", tuple(q.tags[1:])))
        if getattr(q, "image", None) is not None:
            lost.append(("image", None))
        wanted = q.tags[0] if q.tags else None
        if wanted != category or first:
            path = "$course$/top/" + bank.title.replace("/", "//")
            if wanted:
                path += "/" + wanted.replace("/", "//")
            out.append(f"$CATEGORY: {path}\n\n")
            category, first = wanted, False
        body = _answers(q, lost)
        if body is None:
            problems.append(dropped(bank, q, "GIFT", [*lost, ("whole_question", None)]))
            continue
        out.append(f"::{escape(q.id)}::{_text(q.prompt)}{body}\n\n")
        if lost:
            problems.append(dropped(bank, q, "GIFT", lost))
    written = sum(1 for part in out if part.startswith("::"))
    return "".join(out), problems, written


def _feedback(q: Question) -> str:
    text = general_feedback(q)
    return f"\t####{_text(text)}\n" if text else ""


def _answers(q: Question, lost: list[Loss]) -> str | None:
    if q.type is QuestionType.SINGLE:
        lines = [f"\t{'=' if c in q.correct_choices else '~'}{_text(c)}\n" for c in q.choices]
        return "{\n" + "".join(lines) + _feedback(q) + "}"
    if q.type is QuestionType.MULTIPLE:
        n_right = len(q.correct_choices)
        n_wrong = len(q.choices) - n_right
        right = fraction_text(moodle_fraction(100 / n_right))
        wrong = fraction_text(moodle_fraction(-100 / n_wrong)) if n_wrong else "0"
        lines = [
            f"\t~%{right if c in q.correct_choices else wrong}%{_text(c)}\n" for c in q.choices
        ]
        return "{\n" + "".join(lines) + _feedback(q) + "}"
    if q.type is QuestionType.TRUE_FALSE:
        return "{" + ("TRUE" if q.truth else "FALSE") + _feedback(q).strip("\t\n") + "}"
    if q.type is QuestionType.SHORT:
        answers = "".join(f"\t={_text(short_answer_text(a))}\n" for a in q.accepted)
        return "{\n" + answers + _feedback(q) + "}"
    if q.type is QuestionType.NUMERIC:
        answer = f"{number_text(q)}:{tolerance_text(q.tolerance)}"
        return "{#\n\t=" + answer + "\n" + _feedback(q) + "}"
    if q.type is QuestionType.ORDER:
        if any(c in item for item in q.items for c in "{}\n") or any(
            item.lstrip().startswith("//") for item in q.items
        ):
            lost.append(("order_item_chars", None))
            return None
        if q.explanation or q.source_quote:
            lost.append(("order_feedback", None))
        head = f"{{>{len(q.items)} ALL VERTICAL ALL_OR_NOTHING SHOW\n"
        return head + "".join(f"{item}\n" for item in q.items) + "}"
    if any("->" in left for left, _ in q.pairs):
        lost.append(("left_arrow", None))
        return None
    lines = [f"\t={_text(left)} -> {escape(right)}\n" for left, right in q.pairs]
    return "{\n" + "".join(lines) + _feedback(q) + "}"
