"""Our bank as readable YAML text: the layout a teacher would write by hand.

Written by us rather than `yaml.dump` for two reasons: the result must look like the examples in
docs/question-format.md (plain words where YAML allows them, one blank line between questions),
and a 10,000-question file must be written in well under a second. Every text is either written
plain, where YAML is certain to read it back as the same text, or double-quoted with escapes.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

_SPECIAL_WORDS = re.compile(
    r"(?:y|n|yes|no|true|false|on|off|null|~|=|<<|\.nan|\.inf|[-+]?\.inf)", re.IGNORECASE
)
_NUMBERISH = re.compile(r"[-+]?[0-9._:,]*[0-9][0-9._:,eE+-]*|0[xob][0-9a-fA-F_]+|\d{4}-\d\d?-.*")
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^\n\t]*")
_FLOW_BAD = re.compile(r"[,\[\]{}?:#]")
_BAD_CHARS = re.compile(
    "[^\t\n\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)


def plain_ok(text: str, *, flow: bool = False) -> bool:
    """Whether `text` may be written without quotes and be read back as exactly this text."""
    if not text or text != text.strip() or not _PLAIN.fullmatch(text):
        return False
    if ": " in text or " #" in text or text.endswith(":") or _BAD_CHARS.search(text):
        return False
    if _SPECIAL_WORDS.fullmatch(text) or _NUMBERISH.fullmatch(text):
        return False
    return not (flow and _FLOW_BAD.search(text))


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    return {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t"}.get(ch) or f"\\u{ord(ch):04x}"


_TO_ESCAPE = re.compile('[\\\\"\n\t]|' + _BAD_CHARS.pattern)


def quoted(text: str) -> str:
    return '"' + _TO_ESCAPE.sub(_escape, text) + '"'


def scalar(text: str, *, flow: bool = False) -> str:
    return text if plain_ok(text, flow=flow) else quoted(text)


def number(value: float | int) -> str:
    if isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def _literal_ok(text: str) -> bool:
    return (
        "\n" in text
        and not text[0].isspace()
        and text == text.rstrip()
        and not _BAD_CHARS.search(text.replace("\t", " "))
        and "\t" not in text
        and all(line == line.rstrip() for line in text.split("\n"))
    )


def _text_value(text: str, indent: str) -> str:
    """` value` after `key:` for a text: plain, a literal block for paragraphs, or quoted."""
    if _literal_ok(text):
        body = "\n".join((indent + "  " + line) if line else "" for line in text.split("\n"))
        return " |-\n" + body
    return " " + scalar(text)


def _value(value: object, indent: str) -> str:
    if isinstance(value, bool):
        return " true" if value else " false"
    if isinstance(value, int | float):
        return " " + number(value)
    if isinstance(value, str):
        return _text_value(value, indent)
    if isinstance(value, Mapping):
        lines = [
            f"{indent}  {scalar(str(k), flow=True)}:{_value(v, indent + '  ')}"
            for k, v in value.items()
        ]
        return "\n" + "\n".join(lines)
    if isinstance(value, Sequence):
        texts = [str(v) for v in value]
        flow = [scalar(t, flow=True) for t in texts]
        if all(not isinstance(v, str) for v in value):
            flow = [number(v) for v in value]
        inline = "[" + ", ".join(flow) + "]"
        if len(inline) + len(indent) <= 80 and "\n" not in inline:
            return " " + inline
        return "\n" + "\n".join(f"{indent}  -{_text_value(t, indent + '  ')}" for t in texts)
    raise TypeError(f"cannot write {type(value).__name__} in a bank")


_TOP_ORDER = ("title", "id", "description", "language", "source", "defaults")


def render(bank: Mapping[str, object], header: str = "") -> str:
    """The bank as YAML text; `header` lines go first as comments."""
    out = [f"# {line}".rstrip() for line in header.splitlines()]
    for key in _TOP_ORDER:
        if key in bank:
            out.append(f"{key}:{_value(bank[key], '')}")
    out.append("")
    out.append("questions:")
    questions = bank.get("questions", ())
    assert isinstance(questions, Sequence)
    for question in questions:
        assert isinstance(question, Mapping)
        out.append("")
        first = True
        for key, value in question.items():
            lead = "  - " if first else "    "
            out.append(f"{lead}{key}:{_value(value, '    ')}")
            first = False
    return "\n".join(out) + "\n"
