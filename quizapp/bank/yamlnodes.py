"""Safe YAML to a node tree with positions, and turning YAML's own errors into plain words.

We compose (never construct): the node tree keeps every scalar exactly as typed (`NO` stays the
text "NO") along with its line and column, and no tag can make Python objects. libyaml's C
composer is used when present; it also caps nesting at 1000 levels.
"""

from __future__ import annotations

import re

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = [
    "MappingNode",
    "Node",
    "ScalarNode",
    "SequenceNode",
    "YamlProblem",
    "compose",
    "decode",
    "tag_of",
]

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
STANDARD_TAG = "tag:yaml.org,2002:"
PLAIN = "tag:quizapp,2026:plain"  # an unquoted scalar whose type is decided only if asked
_STR = STANDARD_TAG + "str"


class _Loader(_Base):  # type: ignore[misc]
    """Composes without guessing types: most scalars are text, and a check asks when it cares.

    YAML's implicit typing runs a regular expression per scalar; deferring it to the few fields
    that hold numbers or booleans makes parsing a large bank markedly faster.
    """

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode:
            return PLAIN if implicit[0] else _STR
        return str(super().resolve(kind, value, implicit))


_resolver = yaml.resolver.Resolver()


def tag_of(node: Node) -> str:
    """The node's full YAML tag, deciding now what type an unquoted scalar has."""
    if node.tag == PLAIN:
        return str(_resolver.resolve(ScalarNode, node.value, (True, False)))  # type: ignore[no-untyped-call]
    return str(node.tag)


class YamlProblem(Exception):
    """The text is not YAML we can read; line and column are 1-based."""

    def __init__(self, line: int, column: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def decode(data: bytes) -> str:
    """A file's bytes as text: UTF-8, with or without a byte-order mark. Anything else is a
    `YamlProblem` at the first bad byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlProblem(
            line, column, "the file is not UTF-8 text; save it as UTF-8 in your editor"
        ) from None


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree (None for an empty document)."""
    if "\x00" in text:
        raise YamlProblem(1, 1, "the file contains NUL bytes; it is not a text file")
    try:
        node: Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _explain(exc, text) from None
    except yaml.YAMLError as exc:  # errors without a position
        raise YamlProblem(1, 1, f"this is not valid YAML ({exc})") from None
    except RecursionError:  # the pure-Python composer on very deep nesting
        raise YamlProblem(1, 1, _TOO_DEEP) from None
    return node


_TOO_DEEP = "the file is nested too deeply to be a question bank"


def _explain(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    """YAML's message in a teacher's words, at the place it points to."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in here[: max(column, 1)] or "'\\t'" in problem:
        col = here.find("\t") + 1 or column
        return YamlProblem(line, col, "a tab is used for indentation; YAML needs spaces here")
    if "maximum nesting depth" in problem:
        return YamlProblem(line, column, _TOO_DEEP)
    if "expected a single document" in context or "but found another document" in problem:
        return YamlProblem(
            line,
            column,
            "the file holds more than one YAML document (a second '---'); "
            "put each bank in its own file",
        )
    if "could not find expected ':'" in problem or "mapping values are not allowed" in problem:
        return YamlProblem(
            line,
            column,
            "YAML could not read this line: a text containing ': ' or starting with a quote "
            "or one of [ ] { } & * ! | > % @ ` must be put in quotes",
        )
    if "found undefined alias" in problem or "found undefined alias" in context:
        return YamlProblem(line, column, f"this alias refers to no anchor ({problem})")
    detail = "; ".join(p for p in (context, problem) if p)
    return YamlProblem(line, column, f"this is not valid YAML: {_plain(detail)}")


def _plain(message: str) -> str:
    return re.sub(r"\s+", " ", message).strip()


def tag_problem(node: Node) -> str | None:
    """Why a node's tag is not allowed, or None. Only YAML's plain data tags are."""
    tag = tag_of(node) or ""
    if tag in PLAIN_TAGS:
        return None
    if tag.startswith(STANDARD_TAG):
        kind = tag[len(STANDARD_TAG) :]
        if kind in _PLAIN_KINDS:
            return None
        if kind.startswith("python/"):
            return (
                f"the tag '!!{kind}' is not allowed: a bank holds only text, numbers, lists "
                "and keys, and never creates program objects"
            )
    return f"the tag '{tag}' is not allowed; remove it"


_PLAIN_KINDS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge"}
PLAIN_TAGS = frozenset({PLAIN} | {STANDARD_TAG + kind for kind in _PLAIN_KINDS})
