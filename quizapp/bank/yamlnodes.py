"""Safe YAML to a node tree with positions, and turning YAML's own errors into problem codes.

We compose (never construct): the node tree keeps every scalar exactly as typed (`NO` stays the
text "NO") along with its line and column, and no tag can make Python objects. libyaml's C
composer is used when present; it also caps nesting at 1000 levels.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

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
    """The text is not YAML we can read: a problem code (`quizapp.checkwords` has its words)
    and its parameters; line and column are 1-based."""

    def __init__(
        self, line: int, column: int, code: str, params: Mapping[str, object] | None = None
    ) -> None:
        super().__init__(code)
        self.line = line
        self.column = column
        self.code = code
        self.params: Mapping[str, object] = params or {}


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
        raise YamlProblem(line, column, "not_utf8") from None


def compose(text: str) -> Node | None:
    """The single document in `text` as a node tree (None for an empty document)."""
    if "\x00" in text:
        raise YamlProblem(1, 1, "nul_bytes")
    try:
        node: Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _explain(exc, text) from None
    except yaml.YAMLError as exc:  # errors without a position
        raise YamlProblem(1, 1, "not_yaml", {"detail": _plain(str(exc))}) from None
    except RecursionError:  # the pure-Python composer on very deep nesting
        raise YamlProblem(1, 1, "too_deep") from None
    return node


def _explain(exc: yaml.MarkedYAMLError, text: str) -> YamlProblem:
    """YAML's message as a problem a teacher can act on, at the place it points to."""
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    lines = text.splitlines()
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    if "\t" in here[: max(column, 1)] or "'\\t'" in problem:
        col = here.find("\t") + 1 or column
        return YamlProblem(line, col, "tab_indent")
    if "maximum nesting depth" in problem:
        return YamlProblem(line, column, "too_deep")
    if "expected a single document" in context or "but found another document" in problem:
        return YamlProblem(line, column, "several_documents")
    if "could not find expected ':'" in problem or "mapping values are not allowed" in problem:
        return YamlProblem(line, column, "needs_quotes")
    if "found undefined alias" in problem or "found undefined alias" in context:
        return YamlProblem(line, column, "undefined_alias", {"detail": problem})
    detail = "; ".join(p for p in (context, problem) if p)
    return YamlProblem(line, column, "not_yaml", {"detail": _plain(detail)})


def _plain(message: str) -> str:
    return re.sub(r"\s+", " ", message).strip()


def tag_problem(node: Node) -> tuple[str, dict[str, object]] | None:
    """Why a node's tag is not allowed (a problem code and its parameters), or None. Only
    YAML's plain data tags are."""
    tag = tag_of(node) or ""
    if tag in PLAIN_TAGS:
        return None
    if tag.startswith(STANDARD_TAG):
        kind = tag[len(STANDARD_TAG) :]
        if kind in _PLAIN_KINDS:
            return None
        if kind.startswith("python/"):
            return "python_tag", {"tag": "!!" + kind}
    return "tag_not_allowed", {"tag": tag}


_PLAIN_KINDS = {"str", "int", "float", "bool", "null", "map", "seq", "timestamp", "merge"}
PLAIN_TAGS = frozenset({PLAIN} | {STANDARD_TAG + kind for kind in _PLAIN_KINDS})
