"""Small real image files written byte by byte, so core tests need no Qt to make them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_bytes(width: int, height: int, rgb: tuple[int, int, int] = (200, 60, 40)) -> bytes:
    """A valid 8-bit RGB PNG of one colour, which any decoder (Qt's too) can open."""
    row = b"\x00" + bytes(rgb) * width
    pixels = zlib.compress(row * height)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def jpeg_header_bytes(width: int, height: int, exif: int = 0) -> bytes:
    """The marker structure of a baseline JPEG (SOI, APP0, an optional big APP1, SOF0, SOS,
    EOI): all a header reader sees. Not decodable; GUI tests make real JPEGs with Qt."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    app1 = b"\xff\xe1" + struct.pack(">H", exif + 2) + b"\x00" * exif if exif else b""
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    sos = b"\xff\xda" + struct.pack(">H", 8) + b"\x01\x01\x00\x00\x3f\x00"
    return b"\xff\xd8" + app0 + app1 + sof + sos + b"\x12\x34" * 8 + b"\xff\xd9"


def svg_bytes(attributes: str = 'width="120" height="80"') -> bytes:
    return (
        f'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" {attributes}>'
        '<rect x="10" y="10" width="50" height="30" fill="teal"/></svg>\n'
    ).encode()


def write_png(path: Path, width: int = 40, height: int = 30) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(png_bytes(width, height))
    return path
