"""The preset's `lrs:` section: where a Learning Record Store takes this quiz's attempts.

    lrs:
      endpoint: https://lrs.school.example/xAPI/
      home_page: https://school.example      # names learners' accounts and quiz activities
      learners: pseudonyms                   # or `names` (the default)
      pass_mark: 60                          # percent; adds passed/failed to each attempt
      key: …                                 # optional: else QUIZAPP_LRS_KEY
      secret: …                              # optional: else QUIZAPP_LRS_SECRET

Key and secret are best left to the environment variables (docs/lrs.md): learners can often
read a preset file. The settings never reach results files or reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from quizapp.bank.yamlnodes import Node
from quizapp.classroom.reader import PresetReader, suggest

_KEYS = ("endpoint", "home_page", "learners", "pass_mark", "key", "secret")
_LEARNERS = ("names", "pseudonyms")


@dataclass(frozen=True, slots=True)
class LrsSettings:
    """A preset's `lrs:`; `pass_mark` is 0..1. The repr leaves the key and secret out."""

    endpoint: str
    home_page: str
    pseudonyms: bool = False
    pass_mark: float | None = None
    key: str | None = field(default=None, repr=False)
    secret: str | None = field(default=None, repr=False)


def read_lrs(reader: PresetReader, node: Node | None) -> LrsSettings | None:
    """The `lrs:` section checked with `reader` (which collects located problems)."""
    if node is None:
        return None
    fields = reader.mapping(node, _KEYS, "lrs")
    if fields is None:
        return None
    endpoint = _address(
        reader, fields.get("endpoint"), node, "endpoint", "https://lrs.school.example/xAPI/"
    )
    home_page = _address(
        reader, fields.get("home_page"), node, "home_page", "https://school.example"
    )
    pseudonyms = False
    if "learners" in fields:
        learners_node = fields.value("learners")
        value = reader.text(learners_node, "learners")
        if value is not None and value.strip() not in _LEARNERS:
            reader.error(
                learners_node,
                "lrs_learners",
                value=value,
                suggestion=suggest(value.strip(), _LEARNERS),
            )
        pseudonyms = value is not None and value.strip() == "pseudonyms"
    pass_mark = None
    if "pass_mark" in fields:
        mark_node = fields.value("pass_mark")
        mark = reader.number(mark_node, "pass_mark")
        if mark is not None and not 0 <= mark <= 100:
            reader.error(mark_node, "lrs_pass_mark")
        elif mark is not None:
            pass_mark = mark / 100
    key = reader.text(fields.value("key"), "key") if "key" in fields else None
    secret = reader.text(fields.value("secret"), "secret") if "secret" in fields else None
    if (key is None) != (secret is None):
        given, missing = ("key", "secret") if key is not None else ("secret", "key")
        reader.error(fields.key_node(given), "lrs_half_credentials", given=given, missing=missing)
    elif secret is not None:
        reader.warn(fields.key_node("secret"), "lrs_secret_in_file")
    if endpoint is None or home_page is None:
        return None
    return LrsSettings(endpoint, home_page, pseudonyms, pass_mark, key, secret)


def _address(
    reader: PresetReader, node: Node | None, owner: Node, name: str, example: str
) -> str | None:
    if node is None:
        reader.error(owner, "lrs_address_missing", name=name, example=example)
        return None
    value = reader.text(node, name)
    if value is None:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        reader.error(node, "lrs_not_address", name=name, example=example, value=value)
        return None
    if "@" in parts.netloc:
        reader.error(node, "lrs_address_user", name=name)
        return None
    return value
