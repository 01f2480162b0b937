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
    fields = c.mapping(node, _IMAGE_KEYS, "`image`")
    if fields is None:
        return None
    name = c.required_text(
        fields,
        "file",
        key,
        "`image` has no `file:`; name the picture, for example `file: maps/caucasus.png`",
    )
    alt = c.required_text(
        fields,
        "alt",
        key,
        "`image` has no `alt:`; add a sentence saying what the picture shows, for learners "
        "who cannot see it",
    )
    if name is None:
        return None
    file_node = fields.value("file")
    if alt is not None and alt.strip().casefold() == Path(name).name.casefold():
        c.error(fields.value("alt"), "`alt` repeats the file name; say what the picture shows")
        alt = None
    full = c.beside_bank(file_node, name)
    if full is None:
        return None
    kind = images.SUFFIXES.get(Path(name).suffix.lower())
    if kind is None:
        c.error(
            file_node,
            f"'{name}' is not a PNG, JPEG or SVG file; save the picture as .png, .jpg or .svg",
        )
        return None
    if not check_file:
        return None if alt is None else Image(name, str(full), alt)
    c.files.append(str(full))
    if not full.exists():
        c.error(file_node, f"the image '{name}' was not found next to the bank")
        return None
    try:
        info = images.probe(full)
    except ImageProblem as problem:
        c.error(file_node, _reason(name, problem))
        return None
    if info.kind is not kind:
        c.warn(
            file_node,
            f"'{name}' is really a {_KIND_NAMES[info.kind]} image; rename it to end in "
            f"{_SUFFIX_FOR[info.kind]} so other programs open it too",
        )
    if alt is None:
        return None
    return Image(name, str(full), alt, info.width, info.height)


def _reason(name: str, problem: ImageProblem) -> str:
    why, detail = problem.why, problem.detail
    if why is Why.TOO_LARGE:
        limit = images.MAX_SVG_BYTES if name.lower().endswith(".svg") else images.MAX_BYTES
        return (
            f"the image '{name}' is {int(detail) / 1e6:.1f} MB; an image may be at most "
            f"{limit // (1024 * 1024)} MB (an SVG 1 MB) — save it at the size it is shown"
        )
    if why is Why.TOO_MANY_PIXELS:
        return (
            f"the image '{name}' is {detail} pixels; at most {images.MAX_SIDE} on a side and "
            f"{images.MAX_PIXELS // 1_000_000} million in all — scale it down"
        )
    if why is Why.NOT_AN_IMAGE and detail:
        return f"'{name}' is a {detail} image; save it as PNG or JPEG"
    return _REASONS[why].format(name=name, detail=detail)


_REASONS = {
    Why.NOT_A_FILE: "the image '{name}' is not a regular file",
    Why.UNREADABLE: "the image '{name}' cannot be read: {detail}",
    Why.NOT_AN_IMAGE: "'{name}' is not a PNG, JPEG or SVG image inside; save it again as one",
    Why.DAMAGED: "the image '{name}' is damaged or cut short; save it again from the program "
    "that made it",
    Why.SVG_ENTITIES: "the SVG '{name}' declares a DOCTYPE or entities, which are not allowed; "
    "remove its <!DOCTYPE ...> part",
    Why.SVG_NO_SIZE: "the SVG '{name}' has no size; give its <svg> element a viewBox, or a "
    "width and height",
}
