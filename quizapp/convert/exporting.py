"""What every exporter shares: the feedback text, the bank header, and saying what is dropped.

The explanation and the source quote travel as one "general feedback" text (Moodle, GIFT, Anki's
back side), the quote on its own last paragraph, so an import can split them again. The bank's
own keys (id, description, source text, defaults) travel in a comment that Moodle ignores.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.bank.problems import Problem, Severity

Data = dict[str, object]
# what a format cannot hold: a loss code (`quizapp.convertwords`) and its value, or None
Loss = tuple[str, object]

SOURCE_LEAD = "Source: “"
_SOURCE_LINE = re.compile(r"(?:\A|\n\n)Source: “(.+)”\Z", re.DOTALL)
HEADER_MARK = "quizapp-bank:"

# Moodle accepts only these grades for an answer (question/format.php, get_grade_options)
MOODLE_FRACTIONS = (
    100.0,
    90.0,
    83.33333,
    80.0,
    75.0,
    70.0,
    66.66667,
    60.0,
    50.0,
    40.0,
    33.33333,
    30.0,
    25.0,
    20.0,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10.0,
    5.0,
    0.0,
)


def moodle_fraction(percent: float) -> float:
    """The nearest grade on Moodle's fixed list (negatives mirrored)."""
    sign = -1.0 if percent < 0 else 1.0
    return sign * min(MOODLE_FRACTIONS, key=lambda f: abs(f - abs(percent)))


def fraction_text(percent: float) -> str:
    return (
        f"{percent:.7f}".rstrip("0").rstrip(".") if percent != int(percent) else str(int(percent))
    )


def general_feedback(question: Question) -> str:
    """The explanation, then the source quote on a paragraph of its own."""
    parts = [question.explanation or ""]
    if question.source_quote:
        parts.append(f"{SOURCE_LEAD}{question.source_quote}”")
    return "\n\n".join(p for p in parts if p)


def split_feedback(text: str) -> tuple[str | None, str | None]:
    """(explanation, source quote) from a general feedback written by `general_feedback`."""
    match = _SOURCE_LINE.search(text)
    if not match:
        return text or None, None
    return text[: match.start()].strip() or None, match.group(1)


def bank_header(bank: Bank) -> Data:
    """The bank's own keys that no question format has a place for."""
    header: Data = {"title": bank.title, "id": str(bank.id)}
    if bank.description:
        header["description"] = bank.description
    if bank.language:
        header["language"] = bank.language
    if bank.source:
        source: Data = {}
        if bank.source.title:
            source["title"] = bank.source.title
        if bank.source.file:
            source["file"] = Path(
                os.path.relpath(bank.source.file, Path(bank.path).parent)
            ).as_posix()
        if bank.source.license:
            source["license"] = bank.source.license
        if bank.source.url:
            source["url"] = bank.source.url
        header["source"] = source
    defaults: Data = {}
    if bank.default_time_limit is not None:
        defaults["time_limit"] = bank.default_time_limit
    if bank.default_points != 1.0:
        defaults["points"] = bank.default_points
    if defaults:
        header["defaults"] = defaults
    return header


def header_comment(bank: Bank) -> str:
    """`quizapp-bank: {...}` as one line, safe inside an XML comment (no `--`)."""
    text = json.dumps(bank_header(bank), ensure_ascii=False)
    return HEADER_MARK + " " + text.replace("--", "-\\u002d")


def read_header(comment: str) -> Data:
    """The keys saved by `header_comment`, or {} when the comment is not ours or is damaged."""
    start = comment.find(HEADER_MARK)
    if start < 0:
        return {}
    try:
        found = json.loads(comment[start + len(HEADER_MARK) :].strip())
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    keep = ("title", "id", "description", "language", "source", "defaults")
    return {k: v for k, v in found.items() if k in keep}


def dropped(bank: Bank, question: Question, format_name: str, what: list[Loss]) -> Problem:
    """One warning per question naming everything the format cannot carry."""
    params = {"format": format_name, "losses": tuple(what)}
    return Problem(
        bank.path, question.line or 1, 1, Severity.WARNING, "dropped", params, question.id
    )


def common_losses(question: Question, *, typos: bool = True, time: bool = True) -> list[Loss]:
    """The losses most formats share: typo tolerance, time limit and difficulty."""
    lost: list[Loss] = []
    if typos and question.type is QuestionType.SHORT and question.typos:
        lost.append(("typos", question.typos))
    if time and question.time_limit is not None:
        lost.append(("time_limit", question.time_limit))
    if question.difficulty is not None:
        lost.append(("difficulty", question.difficulty.value))
    return lost


def image_of(question: Question, bank: Bank) -> tuple[str, str, Path] | None:
    """(name as written in the bank, alt text, file) of the question's picture, if any.

    Read with getattr: pictures in questions belong to the bank model of quizapp builds that
    show them (`Question.image` with `name`, `file` and `alt`)."""
    image = getattr(question, "image", None)
    if image is None:
        return None
    name = str(getattr(image, "name", "") or getattr(image, "file", ""))
    path = Path(str(getattr(image, "file", "") or name))
    if not path.is_absolute():
        path = Path(bank.path).parent / path
    return name, str(getattr(image, "alt", "")), path


def moodle_refuses(bank: Bank, question: Question, format_name: str) -> Problem | None:
    """Why Moodle's importer would reject this question (and with it the whole file), or None.

    Moodle's matching type needs at least three subquestions (qtype_match
    save_question_options: 'notenoughanswers'); ours may have two pairs, and we add nothing."""
    if question.type is QuestionType.MATCH and len(question.pairs) < 3:
        return dropped(bank, question, format_name, [("match_two_pairs", None)])
    return None


_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_UNESCAPED_STAR = re.compile(r"(?<!\\)\*")


def number_text(question: Question) -> str:
    """The numeric answer as the author wrote it when Moodle's is_numeric reads it the same
    way (1969, -3, 0.75), else as Python writes the value (YAML's 1_000 or .5 would not do)."""
    if question.number_text and _PLAIN_NUMBER.fullmatch(question.number_text):
        return question.number_text
    assert question.number is not None
    value = question.number
    return str(int(value)) if value.is_integer() else repr(value)


def short_answer_text(text: str) -> str:
    """An accepted answer for Moodle's short-answer type, where `*` is a wildcard: `\\*`
    matches a literal star."""
    return text.replace("*", "\\*")


def literal_answer(text: str) -> str | None:
    """A Moodle short answer as our literal text (`\\*` is a star), or None when it uses the
    wildcard, which we cannot carry."""
    if _UNESCAPED_STAR.search(text):
        return None
    return text.replace("\\*", "*")


def tolerance_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
