"""A question's image: beside the bank, really a PNG, JPEG or SVG, within limits, with alt text."""

from __future__ import annotations

import os
import struct
from pathlib import Path

import pytest

from quizapp.bank import load_file
from quizapp.bank.images import ImageKind, ImageProblem, Why, probe, svg_size
from tests.bank.helpers import check
from tests.bank.imagefiles import _chunk, jpeg_header_bytes, png_bytes, svg_bytes, write_png

BANK = """\
title: Maps
questions:
  - id: q1
    type: true_false
    prompt: Is the marked range the Caucasus?
    answer: true
    explanation: It runs between the Black Sea and the Caspian Sea.
    image:
      file: {file}
      alt: {alt}
"""


def bank_with(tmp_path: Path, file: str = "maps/caucasus.png", alt: str = "A relief map") -> Path:
    path = tmp_path / "bank.yaml"
    path.write_text(BANK.format(file=file, alt=alt), encoding="utf-8")
    return path


def only_error(result) -> str:  # type: ignore[no-untyped-def]
    (problem,) = result.errors
    assert problem.question_id == "q1"
    return problem.format()


@pytest.mark.parametrize(
    ("data", "kind", "size"),
    [
        (png_bytes(37, 21), ImageKind.PNG, (37, 21)),
        (jpeg_header_bytes(640, 480), ImageKind.JPEG, (640, 480)),
        (jpeg_header_bytes(800, 600, exif=40_000), ImageKind.JPEG, (800, 600)),
        (svg_bytes('width="120" height="80"'), ImageKind.SVG, (120, 80)),
        (svg_bytes('viewBox="0 0 300 150"'), ImageKind.SVG, (300, 150)),
        (svg_bytes('width="10cm" viewBox="0 0 200 100"'), ImageKind.SVG, (378, 189)),
        (svg_bytes('width="2in" height="72pt"'), ImageKind.SVG, (192, 96)),
    ],
    ids=["png", "jpeg", "jpeg-after-exif", "svg", "svg-viewbox", "svg-cm", "svg-in-pt"],
)
def test_kind_and_size_come_from_the_files_own_header(
    tmp_path: Path, data: bytes, kind: ImageKind, size: tuple[int, int]
) -> None:
    """PNG, JPEG and SVG are told apart by their bytes and measured without decoding."""
    path = tmp_path / "picture.bin"  # the name says nothing: the content decides
    path.write_bytes(data)
    info = probe(path)
    assert (info.kind, (info.width, info.height)) == (kind, size)


def test_an_image_is_loaded_with_its_alt_text_and_size(tmp_path: Path) -> None:
    """A valid image reaches the model: name as written, absolute file, alt and pixel size."""
    write_png(tmp_path / "maps" / "caucasus.png", 64, 48)
    result = load_file(bank_with(tmp_path))
    assert result.problems == ()
    image = result.bank.questions[0].image  # type: ignore[union-attr]
    assert image is not None
    assert image.name == "maps/caucasus.png"
    assert image.file == str((tmp_path / "maps" / "caucasus.png").resolve())
    assert (image.alt, image.width, image.height) == ("A relief map", 64, 48)


def test_a_missing_image_is_an_error_at_its_file_line(tmp_path: Path) -> None:
    """A picture that is not there is reported at `file:`, and the question is left out."""
    result = load_file(bank_with(tmp_path))
    assert result.bank is None
    assert only_error(result).endswith(
        "bank.yaml:9:13: error: the image 'maps/caucasus.png' was not found next to the bank [q1]"
    )


def test_an_image_without_alt_text_is_an_error(tmp_path: Path) -> None:
    """`alt` is required: the screen reader reads it, and it stands in for a broken picture."""
    write_png(tmp_path / "p.png")
    path = tmp_path / "bank.yaml"
    path.write_text(BANK.format(file="p.png", alt="x").replace("      alt: x\n", ""), "utf-8")
    message = only_error(load_file(path))
    assert ":8:5: error: `image` has no `alt:`" in message


def test_alt_text_that_only_repeats_the_file_name_is_refused(tmp_path: Path) -> None:
    """`alt: map.png` tells a blind learner nothing."""
    write_png(tmp_path / "map.png")
    assert "`alt` repeats the file name" in only_error(
        load_file(bank_with(tmp_path, "map.png", "map.png"))
    )


@pytest.mark.parametrize("name", ["../outside.png", "/etc/outside.png", "maps/../../x.png"])
def test_an_image_outside_the_bank_folder_is_refused(tmp_path: Path, name: str) -> None:
    """Absolute paths and '..' are refused even when the file exists."""
    folder = tmp_path / "banks"
    folder.mkdir()
    write_png(tmp_path / "outside.png")
    assert "must name a file in the bank's own folder" in only_error(
        load_file(bank_with(folder, name))
    )


def test_a_symlink_leading_out_of_the_bank_folder_is_refused(tmp_path: Path) -> None:
    """A link inside the folder that points elsewhere is followed, and refused."""
    folder = tmp_path / "banks"
    folder.mkdir()
    (folder / "p.png").symlink_to(write_png(tmp_path / "secret.png"))
    assert "`file: p.png` leads outside the bank's folder" in only_error(
        load_file(bank_with(folder, "p.png"))
    )


def _png_claiming(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IEND", b"")


BAD = {
    "too many pixels": (
        "p.png",
        _png_claiming(9000, 100),
        "the image 'p.png' is 9000×100 pixels; at most 8192 on a side",
    ),
    "too many in all": (
        "p.png",
        _png_claiming(5000, 5000),
        "the image 'p.png' is 5000×5000 pixels; at most 8192 on a side and 16 million",
    ),
    "cut short": ("p.png", png_bytes(30, 30)[:-20], "the image 'p.png' is damaged or cut short"),
    "text": ("p.png", b"hello, I am text", "'p.png' is not a PNG, JPEG or SVG image inside"),
    "gif": ("p.png", b"GIF89a\x01\x00\x01\x00" + b"\x00" * 30, "'p.png' is a GIF image"),
    "jpeg without frame": ("p.jpg", b"\xff\xd8\xff\xd9", "the image 'p.jpg' is damaged"),
    "wrong extension": ("p.gif", b"GIF89a", "'p.gif' is not a PNG, JPEG or SVG file"),
    "svg without size": ("p.svg", svg_bytes('width="50%"'), "the SVG 'p.svg' has no size"),
    "svg broken": ("p.svg", svg_bytes()[:-10], "the image 'p.svg' is damaged"),
    "not svg": ("p.svg", b"<html><body/></html>", "'p.svg' is not a PNG, JPEG or SVG image"),
    "svg entities": (
        "p.svg",
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&b;</text></svg>',
        "the SVG 'p.svg' declares a DOCTYPE or entities, which are not allowed",
    ),
}


@pytest.mark.parametrize(("name", "data", "message"), BAD.values(), ids=BAD.keys())
def test_bad_images_are_errors_that_say_what_is_wrong(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    """Each kind of bad picture gets its own plain sentence, at the `file:` line."""
    (tmp_path / name).write_bytes(data)
    text = only_error(load_file(bank_with(tmp_path, name)))
    assert ":9:13: error: " in text and message in text


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """A 9 MB file is refused by its size alone."""
    with (tmp_path / "big.png").open("wb") as f:
        f.write(png_bytes(4, 4))
        f.truncate(9 * 1024 * 1024)
    assert "is 9.4 MB; an image may be at most 8 MB" in only_error(
        load_file(bank_with(tmp_path, "big.png"))
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_not_read(tmp_path: Path) -> None:
    """A FIFO named like a picture is refused at once instead of hanging the checker."""
    os.mkfifo(tmp_path / "p.png")
    assert "the image 'p.png' is not a regular file" in only_error(
        load_file(bank_with(tmp_path, "p.png"))
    )


def test_content_that_disagrees_with_the_extension_is_a_warning(tmp_path: Path) -> None:
    """A JPEG saved as .png still shows, but other programs may trip: a warning says so."""
    (tmp_path / "photo.png").write_bytes(jpeg_header_bytes(10, 10))
    result = load_file(bank_with(tmp_path, "photo.png"))
    assert result.errors == ()
    assert [p.message for p in result.warnings] == [
        "'photo.png' is really a JPEG image; rename it to end in .jpg so other programs open it too"
    ]


def test_an_image_added_later_is_noticed_through_the_cache(tmp_path: Path) -> None:
    """The teacher adds the missing picture: the next load sees it, though the bank is cached."""
    bank, cache = bank_with(tmp_path), tmp_path / "cache"
    assert load_file(bank, cache).bank is None
    write_png(tmp_path / "maps" / "caucasus.png", 20, 10)
    loaded = load_file(bank, cache)
    assert loaded.bank is not None and loaded.bank.questions[0].image is not None
    assert load_file(bank, cache) == loaded  # and now it comes from the cache, image and all
    write_png(tmp_path / "maps" / "caucasus.png", 21, 10)
    assert load_file(bank, cache).bank.questions[0].image.width == 21  # type: ignore[union-attr]


def test_checking_text_alone_opens_no_image_file() -> None:
    """Without a folder to look in (editor checks, docs), the image is kept but not measured."""
    result = check(BANK.format(file="maps/none.png", alt="A map"))
    assert result.errors == ()
    image = result.bank.questions[0].image  # type: ignore[union-attr]
    assert image is not None and (image.width, image.height) == (0, 0)


def test_svg_size_refuses_external_entities() -> None:
    """An SVG that pulls in a file through an external entity is refused, not resolved."""
    data = (
        b'<?xml version="1.0"?><!DOCTYPE svg SYSTEM "file:///etc/passwd">'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'
    )
    with pytest.raises(ImageProblem) as caught:
        svg_size(data)
    assert caught.value.why is Why.SVG_ENTITIES


def test_an_image_the_system_refuses_to_open_says_why_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's refusal is a reason code (`permission`), worded like every file reason."""
    bank = bank_with(tmp_path)
    write_png(tmp_path / "maps" / "caucasus.png", 40, 30)
    opened = os.open

    def refuse(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(".png"):
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    result = load_file(bank)
    (problem,) = result.errors
    assert problem.code == "image_unreadable"
    assert problem.params["reason"] == "permission"
    assert problem.message == "the image 'maps/caucasus.png' cannot be read: permission denied"
