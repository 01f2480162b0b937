"""What presets read beyond the shared node reader: seconds that may be `off`.

Everything else (keys, texts, lists, numbers, booleans, with the same wording as the bank
checker) comes from `quizapp.bank.nodereader`.
"""

from __future__ import annotations

from quizapp.bank.nodereader import Fields, NodeReader, suggest
from quizapp.bank.yamlnodes import Node, ScalarNode, SequenceNode

__all__ = ["OFF", "Fields", "Off", "PresetReader", "is_off", "item_node", "suggest"]

_OFF = {"off", "no", "false", "none", "null", "~", ""}


class Off:
    """`off` (or `false`, `none`) where a number of seconds was expected: no limit."""


OFF = Off()


class PresetReader(NodeReader):
    def seconds(self, node: Node, name: str, high: float) -> float | Off | None:
        """A positive number of seconds, or `off`."""
        if is_off(node):
            return OFF
        value = self.number(node, name, signed=True)
        if value is None:
            return None
        if not 0 < value <= high:
            self.error(node, "seconds_range", name=name, high=high)
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
