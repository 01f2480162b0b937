"""The type-specific part of a question: choices and answer, items, pairs, number, ...

Each reader returns the `Question` fields for its type and reports problems through the checker.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from quizapp.bank import fields as F
from quizapp.bank.model import QuestionType
from quizapp.bank.nodereader import is_number
from quizapp.bank.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode, tag_of

if TYPE_CHECKING:
    from quizapp.bank.checker import _Checker
    from quizapp.bank.nodereader import Fields


def read_answer(c: _Checker, fields: Fields, node: Node, qtype: QuestionType) -> dict[str, object]:
    reader = _READERS[qtype]
    return reader(c, fields, node)


def _need(c: _Checker, fields: Fields, key: str, node: Node, hint: str) -> Node | None:
    value = fields.get(key)
    if value is None:
        c.error(node, f"`{key}:` is missing; {hint}")
    return value


def _count_ok(c: _Checker, node: Node, name: str, count: int) -> bool:
    if count < F.MIN_OPTIONS:
        c.error(node, f"`{name}` needs at least {F.MIN_OPTIONS} entries (it has {count})")
        return False
    if count > F.MAX_OPTIONS:
        c.error(node, f"`{name}` may have at most {F.MAX_OPTIONS} entries (it has {count})")
        return False
    return True


def _closest(value: str, options: list[str]) -> str:
    folded = {o.casefold(): o for o in options}
    hit = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.5)
    return f" — did you mean '{folded[hit[0]]}'?" if hit else ""


def _choices(c: _Checker, fields: Fields, node: Node) -> list[str] | None:
    choices_node = _need(c, fields, "choices", node, "list the options the learner picks from")
    if choices_node is None:
        return None
    before = c.question_errors
    choices = [v for _, v in c.texts(choices_node, "choices")]
    if c.question_errors > before:
        return None
    return choices if _count_ok(c, choices_node, "choices", len(choices)) else None


def _pick(c: _Checker, answer: Node, value: str, choices: list[str]) -> str | None:
    """The choice an answer names: exactly, else ignoring case and outer spaces."""
    if value in choices:
        return value
    relaxed = [ch for ch in choices if ch.strip().casefold() == value.strip().casefold()]
    if len(relaxed) == 1:
        return relaxed[0]
    c.error(answer, f"the answer '{value}' is not one of the choices{_closest(value, choices)}")
    return None


def _single(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    choices = _choices(c, fields, node)
    answer = _need(c, fields, "answer", node, "write the right choice, copied from `choices`")
    if answer is None:
        return {}
    if isinstance(answer, SequenceNode):
        c.error(answer, "a single question has exactly one answer; for several use type: multiple")
        return {}
    value = c.text(answer, "answer")
    if value is None or choices is None:
        return {}
    picked = _pick(c, answer, value, choices)
    return {"choices": tuple(choices), "correct_choices": (picked,)} if picked else {}


def _multiple(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    choices = _choices(c, fields, node)
    answer = _need(c, fields, "answer", node, "list the right choices, e.g. answer: [A, C]")
    if answer is None:
        return {}
    if not isinstance(answer, SequenceNode):
        c.visit(answer)
        shown = answer.value if isinstance(answer, ScalarNode) else "..."
        c.error(answer, f"a multiple question's answer is a list; write answer: [{shown}]")
        return {}
    picked_nodes = c.texts(answer, "answer")
    if not picked_nodes:
        if not answer.value:
            c.error(answer, "`answer` is empty; list at least one right choice")
        return {}
    if choices is None:
        return {}
    correct = [_pick(c, n, v, choices) for n, v in picked_nodes]
    if any(p is None for p in correct):
        return {}
    return {"choices": tuple(choices), "correct_choices": tuple(p for p in correct if p)}


def _true_false(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "write answer: true or answer: false")
    if answer is None:
        return {}
    truth = c.boolean(answer, "answer")
    return {} if truth is None else {"truth": truth}


def _short(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "write the expected text, or a list of accepted ones")
    out: dict[str, object] = {}
    if answer is not None:
        accepted = [v.strip() for _, v in c.texts(answer, "answer", allow_single=True)]
        if accepted:
            out["accepted"] = tuple(accepted)
        elif isinstance(answer, SequenceNode) and not answer.value:
            c.error(answer, "`answer` is empty; list at least one accepted text")
    typos = fields.get("typos")
    if typos is not None:
        value = c.whole(typos, "typos", 0, F.MAX_TYPOS)
        if value is not None:
            out["typos"] = value
    return out


def _numeric(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "write the number, e.g. answer: 1998")
    out: dict[str, object] = {}
    if answer is not None:
        if isinstance(answer, ScalarNode) and not _looks_numeric(answer):
            c.visit(answer)
            quoted = " (remove the quotes)" if answer.style in ("'", '"') else ""
            c.error(answer, f"a numeric answer must be a number, not '{answer.value}'{quoted}")
        else:
            value = c.number(answer, "answer", signed=True)
            if value is not None:
                out["number"] = value
                out["number_text"] = answer.value if isinstance(answer, ScalarNode) else ""
    tolerance = fields.get("tolerance")
    if tolerance is not None:
        value = c.number(tolerance, "tolerance")
        if value is not None:
            out["tolerance"] = value
    return out


def _looks_numeric(node: ScalarNode) -> bool:
    """An unquoted number, including forms YAML 1.1 reads as text such as 1e3."""
    tag = tag_of(node)
    if tag.endswith((":int", ":float")):
        return True
    return not node.style and tag.endswith(":str") and is_number(node.value)


def _order(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    if "answer" in fields:
        c.error(
            fields.key_node("answer"),
            "an order question has no `answer:`; write `items:` in the correct order instead",
        )
    items_node = _need(c, fields, "items", node, "list the items in their correct order")
    if items_node is None:
        return {}
    before = c.question_errors
    items = [v for _, v in c.texts(items_node, "items")]
    if c.question_errors > before or not _count_ok(c, items_node, "items", len(items)):
        return {}
    return {"items": tuple(items)}


def _match(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    if "answer" in fields:
        c.error(
            fields.key_node("answer"),
            "a match question has no `answer:`; the `pairs:` are the answer",
        )
    pairs_node = _need(c, fields, "pairs", node, "write `left: right` lines under `pairs:`")
    if pairs_node is None:
        return {}
    if not isinstance(pairs_node, MappingNode):
        c.visit(pairs_node)
        c.error(pairs_node, "`pairs` must be `left: right` lines, one pair per line")
        return {}
    before = c.question_errors
    pairs: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for key_node, value_node in pairs_node.value:
        left = c.text(key_node, "the left side of a pair")
        right = c.text(value_node, "the right side of a pair")
        if left is None or right is None:
            continue
        key = left.strip().casefold()
        if key in seen:
            c.error(
                key_node,
                f"'{left}' is matched twice (first on line {seen[key]}); each left side "
                "appears once",
            )
            continue
        seen[key] = key_node.start_mark.line + 1
        pairs.append((left, right))
    if c.question_errors > before or not _count_ok(c, pairs_node, "pairs", len(pairs)):
        return {}
    return {"pairs": tuple(pairs)}


_READERS = {
    QuestionType.SINGLE: _single,
    QuestionType.MULTIPLE: _multiple,
    QuestionType.TRUE_FALSE: _true_false,
    QuestionType.SHORT: _short,
    QuestionType.NUMERIC: _numeric,
    QuestionType.ORDER: _order,
    QuestionType.MATCH: _match,
}
