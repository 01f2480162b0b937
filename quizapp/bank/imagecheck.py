"""A question's `image: {file: ..., alt: ...}`: where the file is, what it is, and its words.

The file must be beside the bank (never outside its folder), a PNG, JPEG or SVG by its content,
within the size and pixel limits of `quizapp.bank.images`, and come with `alt` text, which the
screen reader reads and which is shown when the picture cannot be.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.bank import fields as F
from quizapp.bank import images
from quizapp.bank.images import ImageProblem, Why
from quizapp.bank.model import Image

if TYPE_CHECKING:
    from quizapp.bank.checker import _Checker
    from quizapp.bank.yamlnodes import Node

_IMAGE_KEYS = frozenset(F.IMAGE_KEYS)
_KIND_NAMES = {images.ImageKind.PNG: "PNG", images.ImageKind.JPEG: "JPEG"}
_KIND_NAMES[images.ImageKind.SVG] = "SVG"
_SUFFIX_FOR = {images.ImageKind.PNG: ".png", images.ImageKind.JPEG: ".jpg"}
_SUFFIX_FOR[images.ImageKind.SVG] = ".svg"


def read_image(c: _Checker, node: Node, key: Node, *, check_file: bool) -> Image | None:
    """The question's image (`key` is its `image:`, where a missing part is reported); with
    `check_file`, the file itself is opened and measured."""
    fields = c.mapping(node, _IMAGE_KEYS, "image")
    if fields is None:
        return None
    name = c.required_text(fields, "file", key, "image_no_file")
    alt = c.required_text(fields, "alt", key, "image_no_alt")
    if name is None:
        return None
    file_node = fields.value("file")
    if alt is not None and alt.strip().casefold() == Path(name).name.casefold():
        c.error(fields.value("alt"), "alt_is_file_name")
        alt = None
    full = c.beside_bank(file_node, name)
    if full is None:
        return None
    kind = images.SUFFIXES.get(Path(name).suffix.lower())
    if kind is None:
        c.error(file_node, "image_suffix", name=name)
        return None
    if not check_file:
        return None if alt is None else Image(name, str(full), alt)
    c.files.append(str(full))
    if not full.exists():
        c.error(file_node, "image_missing", name=name)
        return None
    try:
        info = images.probe(full)
    except ImageProblem as problem:
        code, params = _reason(name, problem)
        c.error(file_node, code, **params)
        return None
    if info.kind is not kind:
        c.warn(
            file_node,
            "image_misnamed",
            name=name,
            format=_KIND_NAMES[info.kind],
            suffix=_SUFFIX_FOR[info.kind],
        )
    if alt is None:
        return None
    return Image(name, str(full), alt, info.width, info.height)


def _reason(name: str, problem: ImageProblem) -> tuple[str, dict[str, object]]:
    """The problem code (`image_` and the `Why`) and its parameters."""
    why, detail = problem.why, problem.detail
    code = "image_" + why.value.replace("-", "_")
    if why is Why.TOO_LARGE:
        svg = name.lower().endswith(".svg")
        limit = images.MAX_SVG_BYTES if svg else images.MAX_BYTES
        return code, {"name": name, "size": int(detail), "limit": limit}
    if why is Why.TOO_MANY_PIXELS:
        return code, {
            "name": name,
            "pixels": detail,
            "side": images.MAX_SIDE,
            "most": images.MAX_PIXELS,
        }
    if why is Why.NOT_AN_IMAGE and detail:
        return "image_other_format", {"name": name, "format": detail}
    if why is Why.UNREADABLE:
        return code, {"name": name, "reason": problem.reason or "other", "detail": detail}
    return code, {"name": name, "detail": detail}
