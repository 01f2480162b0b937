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


def _need(c: _Checker, fields: Fields, key: str, node: Node, qtype: str) -> Node | None:
    """The node under `key`; if missing, a `missing_<key>` problem (its fix depends on the
    question's `qtype`)."""
    value = fields.get(key)
    if value is None:
        c.error(node, "missing_" + key, type=qtype)
    return value


def _count_ok(c: _Checker, node: Node, name: str, count: int) -> bool:
    if count < F.MIN_OPTIONS:
        c.error(node, "too_few_entries", name=name, least=F.MIN_OPTIONS, count=count)
        return False
    if count > F.MAX_OPTIONS:
        c.error(node, "too_many_entries", name=name, most=F.MAX_OPTIONS, count=count)
        return False
    return True


def _closest(value: str, options: list[str]) -> str | None:
    folded = {o.casefold(): o for o in options}
    hit = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.5)
    return folded[hit[0]] if hit else None


def _choices(c: _Checker, fields: Fields, node: Node) -> list[str] | None:
    choices_node = _need(c, fields, "choices", node, "choices")
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
    c.error(answer, "not_a_choice", value=value, suggestion=_closest(value, choices))
    return None


def _single(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    choices = _choices(c, fields, node)
    answer = _need(c, fields, "answer", node, "single")
    if answer is None:
        return {}
    if isinstance(answer, SequenceNode):
        c.error(answer, "single_answer_list")
        return {}
    value = c.text(answer, "answer")
    if value is None or choices is None:
        return {}
    picked = _pick(c, answer, value, choices)
    return {"choices": tuple(choices), "correct_choices": (picked,)} if picked else {}


def _multiple(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    choices = _choices(c, fields, node)
    answer = _need(c, fields, "answer", node, "multiple")
    if answer is None:
        return {}
    if not isinstance(answer, SequenceNode):
        c.visit(answer)
        shown = answer.value if isinstance(answer, ScalarNode) else "..."
        c.error(answer, "multiple_answer_not_list", value=shown)
        return {}
    picked_nodes = c.texts(answer, "answer")
    if not picked_nodes:
        if not answer.value:
            c.error(answer, "multiple_answer_empty")
        return {}
    if choices is None:
        return {}
    correct = [_pick(c, n, v, choices) for n, v in picked_nodes]
    if any(p is None for p in correct):
        return {}
    return {"choices": tuple(choices), "correct_choices": tuple(p for p in correct if p)}


def _true_false(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "true_false")
    if answer is None:
        return {}
    truth = c.boolean(answer, "answer")
    return {} if truth is None else {"truth": truth}


def _short(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "short")
    out: dict[str, object] = {}
    if answer is not None:
        accepted = [v.strip() for _, v in c.texts(answer, "answer", allow_single=True)]
        if accepted:
            out["accepted"] = tuple(accepted)
        elif isinstance(answer, SequenceNode) and not answer.value:
            c.error(answer, "short_answer_empty")
    typos = fields.get("typos")
    if typos is not None:
        value = c.whole(typos, "typos", 0, F.MAX_TYPOS)
        if value is not None:
            out["typos"] = value
    return out


def _numeric(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    answer = _need(c, fields, "answer", node, "numeric")
    out: dict[str, object] = {}
    if answer is not None:
        if isinstance(answer, ScalarNode) and not _looks_numeric(answer):
            c.visit(answer)
            quoted = answer.style in ("'", '"')
            c.error(answer, "numeric_answer_not_number", value=answer.value, quoted=quoted)
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
        c.error(fields.key_node("answer"), "order_has_no_answer")
    items_node = _need(c, fields, "items", node, "order")
    if items_node is None:
        return {}
    before = c.question_errors
    items = [v for _, v in c.texts(items_node, "items")]
    if c.question_errors > before or not _count_ok(c, items_node, "items", len(items)):
        return {}
    return {"items": tuple(items)}


def _match(c: _Checker, fields: Fields, node: Node) -> dict[str, object]:
    if "answer" in fields:
        c.error(fields.key_node("answer"), "match_has_no_answer")
    pairs_node = _need(c, fields, "pairs", node, "match")
    if pairs_node is None:
        return {}
    if not isinstance(pairs_node, MappingNode):
        c.visit(pairs_node)
        c.error(pairs_node, "pairs_not_mapping")
        return {}
    before = c.question_errors
    pairs: list[tuple[str, str]] = []
    seen: dict[str, int] = {}
    for key_node, value_node in pairs_node.value:
        left = c.text(key_node, "pairs")
        right = c.text(value_node, "pairs")
        if left is None or right is None:
            continue
        key = left.strip().casefold()
        if key in seen:
            c.error(key_node, "matched_twice", value=left, first=seen[key])
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
