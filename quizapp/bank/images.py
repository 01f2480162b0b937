"""What an image file beside a bank is, read from its first bytes: kind, width and height.

The checker needs to know that a picture is really a PNG, JPEG or SVG, and how big it is,
without Qt (the core never imports it) and without decoding it: PNG and JPEG keep their size in
a header, SVG in the root element's `width`/`height` or `viewBox`. SVG is XML, so it is parsed
with expat and refused outright if it declares a DOCTYPE or entities (no "billion laughs", no
external files). Problems come back as `ImageProblem` reason codes; the checker words them.
"""

from __future__ import annotations

import enum
import math
import os
import re
import stat
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.parsers import expat

from quizapp.files import os_detail, os_reason

MAX_BYTES = 8 * 1024 * 1024  # a photo or map at screen resolution is far smaller
MAX_SVG_BYTES = 1024 * 1024  # drawing a huge SVG is slow, however small its size says it is
MAX_SIDE = 8192  # pixels
MAX_PIXELS = 16_000_000  # decoded, 64 MB of RGBA: the most a quiz window should ever hold


class ImageKind(enum.StrEnum):
    PNG = "png"
    JPEG = "jpeg"
    SVG = "svg"


SUFFIXES = {".png": ImageKind.PNG, ".jpg": ImageKind.JPEG, ".jpeg": ImageKind.JPEG}
SUFFIXES[".svg"] = ImageKind.SVG


class Why(enum.Enum):
    """Why an image cannot be used; the checker turns each into a sentence."""

    NOT_A_FILE = "not-a-file"
    UNREADABLE = "unreadable"
    TOO_LARGE = "too-large"
    NOT_AN_IMAGE = "not-an-image"
    DAMAGED = "damaged"
    TOO_MANY_PIXELS = "too-many-pixels"
    SVG_ENTITIES = "svg-entities"
    SVG_NO_SIZE = "svg-no-size"


class ImageProblem(Exception):
    """`why` the image cannot be used; `detail` the measure or the system's words, and for
    `UNREADABLE` the `quizapp.files` `reason` code."""

    def __init__(self, why: Why, detail: str = "", reason: str = "") -> None:
        super().__init__(why.value, detail)
        self.why = why
        self.detail = detail
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ImageInfo:
    kind: ImageKind
    width: int  # pixels; for SVG, its natural size in CSS pixels (96 per inch), rounded up
    height: int
    size: int  # bytes


def probe(path: Path) -> ImageInfo:
    """Kind and size of the image at `path`, or `ImageProblem` saying why it cannot be used.

    Opens only a regular file, checks its size before reading, and reads no more than the
    header needs (all of it for SVG, which is at most `MAX_SVG_BYTES`)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise ImageProblem(Why.UNREADABLE, os_detail(exc), os_reason(exc)) from None
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise ImageProblem(Why.NOT_A_FILE)
        if st.st_size > MAX_BYTES:
            raise ImageProblem(Why.TOO_LARGE, str(st.st_size))
        try:
            head = f.read(32)
            if head.startswith(b"\x89PNG\r\n\x1a\n"):
                width, height, kind = *_png_size(head, f, st.st_size), ImageKind.PNG
            elif head.startswith(b"\xff\xd8\xff"):
                width, height, kind = *_jpeg_size(f), ImageKind.JPEG
            elif other := _other_format(head):
                raise ImageProblem(Why.NOT_AN_IMAGE, other)
            else:
                if st.st_size > MAX_SVG_BYTES:
                    raise ImageProblem(Why.TOO_LARGE, str(st.st_size))
                width, height = svg_size(head + f.read(MAX_SVG_BYTES))
                kind = ImageKind.SVG
        except OSError as exc:
            raise ImageProblem(Why.UNREADABLE, os_detail(exc), os_reason(exc)) from None
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ImageProblem(Why.TOO_MANY_PIXELS, f"{width}×{height}")
    return ImageInfo(kind, width, height, st.st_size)


def _other_format(head: bytes) -> str:
    """The name of a well-known image format we do not take, so the message can name it."""
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "GIF"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "WebP"
    if head.startswith(b"BM"):
        return "BMP"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "TIFF"
    if head[4:12] in (b"ftypavif", b"ftypheic"):
        return "AVIF/HEIC"
    return ""


def _png_size(head: bytes, f: BinaryIO, size: int) -> tuple[int, int]:
    """Width and height from the IHDR chunk, and an IEND chunk at the end (not cut short)."""
    if len(head) < 24 or head[12:16] != b"IHDR":
        raise ImageProblem(Why.DAMAGED)
    width, height = struct.unpack(">II", head[16:24])
    if width == 0 or height == 0:
        raise ImageProblem(Why.DAMAGED)
    f.seek(max(0, size - 12))
    if f.read(12)[4:8] != b"IEND":
        raise ImageProblem(Why.DAMAGED)
    return width, height


# Start-of-frame markers hold the size; C4 (huffman tables), C8 and CC are not frames.
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_NO_LENGTH = frozenset(range(0xD0, 0xDA)) | {0x01}  # RSTn, SOI, EOI, SOS handled, TEM


def _jpeg_size(f: BinaryIO) -> tuple[int, int]:
    """Walk the marker segments after SOI until a start-of-frame, seeking over the others."""
    f.seek(2)
    while True:
        if f.read(1) != b"\xff":
            raise ImageProblem(Why.DAMAGED)
        byte = f.read(1)
        while byte == b"\xff":  # markers may be padded with extra 0xFF bytes
            byte = f.read(1)
        if not byte:
            raise ImageProblem(Why.DAMAGED)
        marker = byte[0]
        if marker in _NO_LENGTH:
            if marker == 0xD9:  # end of image before any frame
                raise ImageProblem(Why.DAMAGED)
            continue
        raw = f.read(2)
        if len(raw) < 2:
            raise ImageProblem(Why.DAMAGED)
        (length,) = struct.unpack(">H", raw)
        if length < 2:
            raise ImageProblem(Why.DAMAGED)
        if marker in _SOF:
            body = f.read(5)
            if len(body) < 5:
                raise ImageProblem(Why.DAMAGED)
            height, width = struct.unpack(">HH", body[1:5])
            if width == 0 or height == 0:
                raise ImageProblem(Why.DAMAGED)
            return width, height
        if marker == 0xDA:  # scan data before a frame header: not a JPEG we can show
            raise ImageProblem(Why.DAMAGED)
        f.seek(length - 2, os.SEEK_CUR)


_SVG_NAMESPACE = "http://www.w3.org/2000/svg"
_UNITS = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54}
_UNITS["mm"] = 96 / 25.4
_LENGTH = re.compile(r"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*([a-z]*)\s*")


class _Stop(Exception):
    pass


def svg_size(data: bytes) -> tuple[int, int]:
    """The natural size of an SVG document, after parsing all of it with DTDs refused."""
    parser = expat.ParserCreate(namespace_separator=" ")
    root: dict[str, str] = {}
    names: list[str] = []

    def refuse(*_args: object) -> None:
        raise _Stop

    def start(name: str, attributes: dict[str, str]) -> None:
        if not names:
            names.append(name)
            root.update(attributes)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except _Stop:
        raise ImageProblem(Why.SVG_ENTITIES) from None
    except (expat.ExpatError, ValueError) as exc:
        if not names:
            raise ImageProblem(Why.NOT_AN_IMAGE) from None
        raise ImageProblem(Why.DAMAGED, str(exc)) from None
    if not names or names[0] not in (f"{_SVG_NAMESPACE} svg", "svg"):
        raise ImageProblem(Why.NOT_AN_IMAGE)
    width = _length(root.get("width"))
    height = _length(root.get("height"))
    box = _view_box(root.get("viewBox"))
    if box is not None:
        if width is None and height is None:
            width, height = box
        elif width is None and height is not None:
            width = height * box[0] / box[1]
        elif height is None and width is not None:
            height = width * box[1] / box[0]
    if width is None or height is None:
        raise ImageProblem(Why.SVG_NO_SIZE)
    return max(1, math.ceil(width)), max(1, math.ceil(height))


def _length(text: str | None) -> float | None:
    """A positive SVG length in CSS pixels; None for none, percentages or nonsense."""
    if text is None:
        return None
    match = _LENGTH.fullmatch(text)
    if match is None or match.group(2) not in _UNITS:
        return None
    value = float(match.group(1)) * _UNITS[match.group(2)]
    return value if 0 < value < math.inf else None


def _view_box(text: str | None) -> tuple[float, float] | None:
    if text is None:
        return None
    parts = text.replace(",", " ").split()
    try:
        numbers = [float(p) for p in parts]
    except ValueError:
        return None
    if len(numbers) != 4 or not all(math.isfinite(n) for n in numbers):
        return None
    width, height = numbers[2], numbers[3]
    return (width, height) if width > 0 and height > 0 else None
