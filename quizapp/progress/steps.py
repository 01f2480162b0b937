"""The session state as a whole plus small steps, so an answer does not rewrite the whole state.

The engine hands over its whole state after every answer, and most of it did not change: the
question order, the answers before this one. Rewriting it cost several pages of the log per
answer (its overflow chain and the free-list pages behind it). Instead the store keeps the last
whole state in `attempts.state_json` and appends a patch per change to `attempt_steps`; reading
applies the patches in order. A patch is plain JSON:

    {"set": {key: value}, "tail": {key: [kept, [items...]]}, "drop": {key: n}, "del": [key]}

`tail` keeps the first `kept` items of a list and adds the items after them (an answer appended
to `answers`, the last `used` entry changed); `drop` removes the first `n` items of a list (a
question taken from the front of `pending`). The store writes the whole state again when a
patch would not be much smaller, after `MAX_STEPS` steps, and whenever the order of writes is in
doubt (writes waiting, the file reopened), so the chain of steps is always short and exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MAX_STEPS = 40


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    """The patch that turns `old` into `new` (both JSON objects); {} when they are equal."""
    put: dict[str, Any] = {}
    tail: dict[str, Any] = {}
    drop: dict[str, int] = {}
    for key, value in new.items():
        if key in old and old[key] == value:
            continue
        before = old.get(key)
        if isinstance(before, list) and isinstance(value, list):
            cut = len(before) - len(value)
            if cut > 0 and before[cut:] == value:
                drop[key] = cut
                continue
            kept = 0
            for a, b in zip(before, value, strict=False):
                if a != b:
                    break
                kept += 1
            if kept:
                tail[key] = [kept, value[kept:]]
                continue
        put[key] = value
    patch: dict[str, Any] = {}
    if put:
        patch["set"] = put
    if tail:
        patch["tail"] = tail
    if drop:
        patch["drop"] = drop
    gone = [key for key in old if key not in new]
    if gone:
        patch["del"] = gone
    return patch


def apply(state: Mapping[str, Any], patches: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """The state after applying `patches` in order (as written by `diff`)."""
    out = dict(state)
    for patch in patches:
        for key in patch.get("del", ()):
            out.pop(key, None)
        out.update(patch.get("set", {}))
        for key, (kept, items) in patch.get("tail", {}).items():
            out[key] = list(out[key][:kept]) + list(items)
        for key, cut in patch.get("drop", {}).items():
            out[key] = list(out[key][cut:])
    return out
