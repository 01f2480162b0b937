"""Reading a YAML node tree field by field, collecting every problem with its position.

Shared by the bank checker and the classroom preset checker so both speak the same way:
duplicate and unknown keys with a did-you-mean, only plain data tags, quoted numbers and
booleans called out, `<<: *anchor` merge keys. The common cases (a plain text, a plain key)
take a fast path because a 10,000-question library runs through here.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Collection, Sequence

from quizapp.bank.problems import Problem, Severity
from quizapp.bank.yamlnodes import (
    PLAIN,
    PLAIN_TAGS,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    tag_of,
    tag_problem,
)

MAX_NODE_VISITS = 500_000  # bounds the work aliases can cause ("billion laughs")
_TRUE = {"true", "yes", "on", "y"}
_TEXT_TAGS = frozenset({PLAIN, "tag:yaml.org,2002:str"})


class TooMuchWork(Exception):
    """The file's aliases would make reading it enormous."""


def suggest(word: str, options: Sequence[str]) -> str | None:
    """The closest option, for a problem's "did you mean 'x'?", or None."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not close:
        lowered = {o.casefold(): o for o in options}
        close = difflib.get_close_matches(word.casefold(), list(lowered), n=1, cutoff=0.6)
        close = [lowered[c] for c in close]
    return close[0] if close else None


def position(node: Node) -> tuple[int, int]:
    """1-based line and column."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def kind(node: Node) -> str:
    """What a node is, as a code, for "must be text, not a list"."""
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    if tag_of(node).endswith(":null"):
        return "empty"
    return "value"


def shown(node: Node) -> dict[str, object]:
    """A wrong value as written (`value`), or what it is (`kind`) if it is not a single one."""
    if isinstance(node, ScalarNode):
        return {"value": node.value, "kind": None}
    return {"value": None, "kind": kind(node)}


def is_number(text: str) -> bool:
    try:
        float(text.replace("_", ""))
    except ValueError:
        return False
    return True


class Fields:
    """A mapping's accepted keys, each with its key node and value node."""

    __slots__ = ("get", "keys", "node", "values")

    def __init__(self, node: MappingNode, keys: dict[str, Node], values: dict[str, Node]) -> None:
        self.node = node
        self.keys = keys
        self.values = values
        self.get = values.get  # the hot path: one builtin call per field

    def key_node(self, key: str) -> Node:
        return self.keys[key]

    def value(self, key: str) -> Node:
        return self.values[key]

    def __contains__(self, key: str) -> bool:
        return key in self.values


class NodeReader:
    """Reads values off nodes, recording a `Problem` at the node for each that is wrong."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.visits = 0

    # -- reporting ---------------------------------------------------------------------------
    def report(self, node: Node, severity: Severity, code: str, params: dict[str, object]) -> None:
        line, column = position(node)
        self.problems.append(Problem(self.path, line, column, severity, code, params))

    def error(self, node: Node, code: str, **params: object) -> None:
        """A problem code (`quizapp.checkwords` has its words) at the node."""
        self.report(node, Severity.ERROR, code, params)

    def warn(self, node: Node, code: str, **params: object) -> None:
        self.report(node, Severity.WARNING, code, params)

    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def visit(self, node: Node) -> bool:
        """Count work and refuse tags that are not plain data; False when the node is unusable."""
        self.visits += 1
        if self.visits > MAX_NODE_VISITS:
            raise TooMuchWork
        if node.tag in PLAIN_TAGS:
            return True
        reason = tag_problem(node)
        if reason:
            self.report(node, Severity.ERROR, *reason)
            return False
        return True

    # -- node readers --------------------------------------------------------------------------
    def mapping(self, node: Node, allowed: Collection[str], what: str) -> Fields | None:
        """The keys of a mapping; `what` it is: "bank", "question", "preset" or its YAML key."""
        if not self.visit(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, "not_mapping", what=what, kind=kind(node))
            return None
        keys: dict[str, Node] = {}
        values: dict[str, Node] = {}
        for key_node, value_node in self._pairs(node):
            plain = key_node.tag in PLAIN_TAGS and key_node.__class__ is ScalarNode
            if not plain and not self.visit(key_node):
                continue
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, "key_not_plain", what=what, kind=kind(key_node))
                continue
            key = key_node.value
            if key in keys:
                first = keys[key].start_mark.line + 1
                self.error(key_node, "key_twice", key=key, what=what, first=first)
                continue
            if key not in allowed:
                self.error(
                    key_node,
                    "unknown_key",
                    key=key,
                    what=what,
                    suggestion=suggest(key, sorted(allowed)),
                )
                continue
            keys[key] = key_node
            values[key] = value_node
        return Fields(node, keys, values)

    def _pairs(self, node: MappingNode) -> list[tuple[Node, Node]]:
        """The mapping's pairs, with YAML merge keys (`<<: *defaults`) applied."""
        if not any(k.value == "<<" for k, _ in node.value):
            return list(node.value)
        own: list[tuple[Node, Node]] = []
        merged: list[tuple[Node, Node]] = []
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and key_node.value == "<<" and not key_node.style:
                sources = value_node.value if isinstance(value_node, SequenceNode) else [value_node]
                for source in sources:
                    self.visit(source)
                    if isinstance(source, MappingNode):
                        merged.extend(self._pairs(source))
                    else:
                        self.error(source, "merge_not_mapping")
            else:
                own.append((key_node, value_node))
        own_keys = {k.value for k, _ in own if isinstance(k, ScalarNode)}
        return own + [(k, v) for k, v in merged if k.value not in own_keys]

    def text(self, node: Node, name: str, *, empty_ok: bool = False) -> str | None:
        if node.__class__ is ScalarNode and node.tag in _TEXT_TAGS:  # the common case, fast
            self.visits += 1
            value: str = node.value
            if empty_ok or (value and not value.isspace()):
                return value
            self.error(node, "text_empty", name=name)
            return None
        if not self.visit(node):
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, "not_text", name=name, kind=kind(node))
            return None
        value = node.value
        if not value.strip() and not empty_ok:
            self.error(node, "text_empty", name=name)
            return None
        return value

    def optional_text(self, fields: Fields, key: str) -> str | None:
        node = fields.get(key)
        return None if node is None else self.text(node, key)

    def required_text(
        self, fields: Fields, key: str, owner: Node, missing: str = "missing_key"
    ) -> str | None:
        """The text under `key`; `missing` is the problem code if there is none."""
        node = fields.get(key)
        if node is None:
            self.error(owner, missing, key=key)
            return None
        return self.text(node, key)

    def texts(
        self,
        node: Node,
        name: str,
        *,
        allow_single: bool = False,
        repeats_harmless: bool = False,
        empty_ok: bool = True,
    ) -> list[tuple[Node, str]]:
        """A list of texts (or one text, if allowed), each with its node.

        A repeated entry is an error, or only a warning when `repeats_harmless`."""
        if not self.visit(node):
            return []
        if isinstance(node, ScalarNode) and allow_single:
            value = self.text(node, name)
            return [] if value is None else [(node, value)]
        if not isinstance(node, SequenceNode):
            self.error(node, "not_list", name=name)
            return []
        if not node.value and not empty_ok:
            self.error(node, "list_empty", name=name)
            return []
        out: list[tuple[Node, str]] = []
        seen: dict[str, Node] = {}
        text = self.text
        for item in node.value:
            value = text(item, name)
            if value is None:
                continue
            key = value.strip().casefold()
            first = seen.get(key)
            if first is not None:
                line = first.start_mark.line + 1
                if repeats_harmless:
                    self.warn(item, "entry_repeated", value=value, name=name, first=line)
                else:
                    self.error(item, "entry_twice", value=value, name=name, first=line)
                continue
            seen[key] = item
            out.append((item, value))
        return out

    def boolean(self, node: Node, name: str, also: str | None = None) -> bool | None:
        """true or false; `also`: what else may be written instead (YAML, shown as it is)."""
        if not self.visit(node):
            return None
        if isinstance(node, ScalarNode) and tag_of(node).endswith(":bool"):
            return node.value.casefold() in _TRUE
        quoted = isinstance(node, ScalarNode) and bool(node.style)
        self.error(node, "not_boolean", name=name, quoted=quoted, also=also, **shown(node))
        return None

    def number(
        self, node: Node, name: str, *, positive: bool = False, signed: bool = False
    ) -> float | None:
        """A plain number (1998, 2.5, 1e3). Negative only if `signed`; more than 0 if
        `positive`."""
        if not self.visit(node):
            return None
        tag = tag_of(node) if isinstance(node, ScalarNode) else ""
        readable = isinstance(node, ScalarNode) and (
            tag.endswith((":int", ":float")) or (tag.endswith(":str") and not node.style)
        )
        if not readable or not is_number(node.value):
            quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
            self.error(
                node,
                "not_number",
                name=name,
                quoted=quoted and is_number(node.value),
                **shown(node),
            )
            return None
        value = float(node.value.replace("_", ""))
        if not math.isfinite(value):
            self.error(node, "not_finite", name=name)
            return None
        if positive and value <= 0:
            self.error(node, "not_positive", name=name)
            return None
        if value < 0 and not signed:
            self.error(node, "negative", name=name)
            return None
        return value

    def whole(self, node: Node, name: str, low: int, high: int) -> int | None:
        value = self.number(node, name, signed=True)
        if value is None:
            return None
        if value != int(value) or not low <= value <= high:
            self.error(node, "not_whole", name=name, low=low, high=high)
            return None
        return int(value)
