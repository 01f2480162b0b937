"""Reading a small YAML node tree field by field, collecting every problem with its position.

The same rules and wording as the bank checker (`quizapp.bank.checker`): duplicate and unknown
keys with did-you-mean, only plain data tags, quoted numbers and booleans called out. Kept apart
from the bank checker, whose reader is tuned for 10,000-question libraries and is private.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Sequence

from quizapp.bank.problems import Problem, Severity
from quizapp.bank.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, tag_of, tag_problem

_TRUE = {"true", "yes", "on", "y"}
_OFF = {"off", "no", "false", "none", "null", "~", ""}


class Off:
    """`off` (or `false`, `none`) where a number of seconds was expected: no limit."""


OFF = Off()


def suggest(word: str, options: Sequence[str]) -> str:
    """ " — did you mean 'x'?" for the closest option, or nothing."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if not close:
        lowered = {o.casefold(): o for o in options}
        close = [lowered[c] for c in difflib.get_close_matches(word.casefold(), list(lowered))]
    return f" — did you mean '{close[0]}'?" if close else ""


def position(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a set of keys"
    if isinstance(node, SequenceNode):
        return "a list"
    if tag_of(node).endswith(":null"):
        return "empty"
    return "a single value"


class Fields:
    """A mapping's accepted keys, each with its key node and value node."""

    def __init__(self, node: MappingNode) -> None:
        self.node = node
        self.keys: dict[str, Node] = {}
        self.values: dict[str, Node] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.values

    def get(self, key: str) -> Node | None:
        return self.values.get(key)

    def value(self, key: str) -> Node:
        return self.values[key]


class NodeReader:
    """Reads values off nodes, recording a `Problem` (at the node) for each that is wrong."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def error(self, node: Node, message: str) -> None:
        line, column = position(node)
        self.problems.append(Problem(self.path, line, column, Severity.ERROR, message))

    def warn(self, node: Node, message: str) -> None:
        line, column = position(node)
        self.problems.append(Problem(self.path, line, column, Severity.WARNING, message))

    def has_errors(self) -> bool:
        return any(p.is_error for p in self.problems)

    def plain(self, node: Node) -> bool:
        """False (and an error) for a tag that is not plain data, like `!!python/object`."""
        reason = tag_problem(node)
        if reason:
            self.error(node, reason)
            return False
        return True

    def mapping(self, node: Node, allowed: Sequence[str], what: str) -> Fields | None:
        if not self.plain(node):
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a set of `key: value` lines, not {kind(node)}")
            return None
        fields = Fields(node)
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or not self.plain(key_node):
                self.error(key_node, f"a key in {what} must be a plain word")
                continue
            key = str(key_node.value)
            if key in fields.keys:
                first = fields.keys[key].start_mark.line + 1
                self.error(
                    key_node,
                    f"the key '{key}' appears twice in {what} (first on line {first}); "
                    "keep only one",
                )
                continue
            if key not in allowed:
                self.error(key_node, f"unknown key '{key}' in {what}{suggest(key, allowed)}")
                continue
            fields.keys[key] = key_node
            fields.values[key] = value_node
        return fields

    def text(self, node: Node, name: str) -> str | None:
        if not self.plain(node):
            return None
        if not isinstance(node, ScalarNode) or tag_of(node).endswith(":null"):
            self.error(node, f"`{name}` must be text, not {kind(node)}")
            return None
        value = str(node.value)
        if not value.strip():
            self.error(node, f"`{name}` is empty; write the text after `{name}:`")
            return None
        return value

    def optional_text(self, fields: Fields, key: str) -> str | None:
        node = fields.get(key)
        return None if node is None else self.text(node, key)

    def required_text(self, fields: Fields, key: str, owner: Node, missing: str) -> str | None:
        node = fields.get(key)
        if node is None:
            self.error(owner, missing)
            return None
        return self.text(node, key)

    def texts(self, node: Node, name: str, *, allow_single: bool = False) -> list[tuple[Node, str]]:
        """A list of texts (or one text, if allowed), each with its node; repeats are warned."""
        if not self.plain(node):
            return []
        if isinstance(node, ScalarNode) and allow_single and not tag_of(node).endswith(":null"):
            value = self.text(node, name)
            return [] if value is None else [(node, value)]
        if not isinstance(node, SequenceNode):
            self.error(node, f"`{name}` must be a list (`[a, b]` or one `- item` per line)")
            return []
        if not node.value:
            self.error(node, f"`{name}` is empty; list at least one, or leave `{name}` out")
            return []
        out: list[tuple[Node, str]] = []
        seen: dict[str, Node] = {}
        for item in node.value:
            value = self.text(item, name)
            if value is None:
                continue
            first = seen.get(value.strip().casefold())
            if first is not None:
                self.warn(
                    item,
                    f"'{value}' appears twice in `{name}` (first on line "
                    f"{first.start_mark.line + 1}); one is enough",
                )
                continue
            seen[value.strip().casefold()] = item
            out.append((item, value))
        return out

    def boolean(self, node: Node, name: str, extra: str = "") -> bool | None:
        if not self.plain(node):
            return None
        if isinstance(node, ScalarNode) and tag_of(node).endswith(":bool"):
            return str(node.value).casefold() in _TRUE
        shown = f"'{node.value}'" if isinstance(node, ScalarNode) else kind(node)
        hint = " without quotes" if isinstance(node, ScalarNode) and node.style else ""
        self.error(node, f"`{name}` must be true or false{hint}{extra}, not {shown}")
        return None

    def number(self, node: Node, name: str) -> float | None:
        if not self.plain(node):
            return None
        tag = tag_of(node)
        if not isinstance(node, ScalarNode) or not tag.endswith((":int", ":float")):
            quoted = isinstance(node, ScalarNode) and node.style in ("'", '"')
            shown = f"'{node.value}'" if isinstance(node, ScalarNode) else kind(node)
            hint = " (remove the quotes)" if quoted and _is_number(str(node.value)) else ""
            self.error(node, f"`{name}` must be a number, not {shown}{hint}")
            return None
        try:
            value = float(str(node.value).replace("_", ""))
        except ValueError:
            self.error(node, f"`{name}` must be a plain number like 45 or 2.5, not '{node.value}'")
            return None
        if not math.isfinite(value):
            self.error(node, f"`{name}` must be a finite number")
            return None
        return value

    def whole(self, node: Node, name: str, low: int, high: int) -> int | None:
        value = self.number(node, name)
        if value is None:
            return None
        if value != int(value) or not low <= value <= high:
            self.error(node, f"`{name}` must be a whole number from {low} to {high}")
            return None
        return int(value)

    def seconds(self, node: Node, name: str, high: float) -> float | Off | None:
        """A positive number of seconds, or `off`."""
        if isinstance(node, ScalarNode) and not node.style and node.value.casefold() in _OFF:
            return OFF
        value = self.number(node, name)
        if value is None:
            return None
        if not 0 < value <= high:
            self.error(
                node,
                f"`{name}` is in seconds and must be more than 0 and at most {high:g} "
                "(or `off` for no limit)",
            )
            return None
        return value


def item_node(sequence: Node | None, *values: str) -> Node | None:
    """The item of a list (or the single value) holding one of `values`, for its position."""
    if isinstance(sequence, SequenceNode):
        for item in sequence.value:
            if isinstance(item, ScalarNode) and item.value.strip() in values:
                return item
    return sequence


def is_off(node: Node) -> bool:
    return isinstance(node, ScalarNode) and not node.style and node.value.casefold() in _OFF


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
