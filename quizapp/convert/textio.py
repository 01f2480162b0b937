"""Reading teachers' text files and turning their markup into the plain text we show.

Files come from Windows, spreadsheets and Moodle: UTF-8 with or without a byte-order mark,
UTF-16 (Excel's "Unicode text"), or Windows-1252 (old Notepad and Excel). `decode` says which
one it assumed, so the teacher can tell when accented letters went wrong.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

MAX_BYTES = 64 * 1024 * 1024  # a Moodle export with images is large, but not larger than this


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding assumed: a byte-order mark decides, else strict
    UTF-8, else UTF-16 without a mark (every other byte zero), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        return data.decode("utf-16-le", errors="replace"), "UTF-16 (little-endian, no BOM)"
    return data.decode("cp1252", errors="replace"), "Windows-1252"


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_BLOCKS = frozenset(
    (
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "hr",
        "dt",
        "dd",
        "section",
    )
)


class _PlainText(HTMLParser):
    """Collects the text of an HTML fragment, with line breaks where blocks end, and the
    `<img>` tags it holds (src, alt), which the caller turns into our `image:` field."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[tuple[str, str | None]] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "img":
            found = dict(attrs)
            self.images.append((found.get("src") or "", found.get("alt")))
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_MANY_BREAKS = re.compile(r"\n\s*\n+")
_TAG = re.compile(r"<[a-zA-Z/!]")


def html_to_text(markup: str) -> tuple[str, list[tuple[str, str | None]]]:
    """Plain text of an HTML fragment (spaces collapsed, paragraphs kept) and its images."""
    if not _TAG.search(markup):
        return tidy(html.unescape(markup)), []
    parser = _PlainText()
    parser.feed(markup)
    parser.close()
    return tidy("".join(parser.parts)), parser.images


def tidy(text: str) -> str:
    """Collapse runs of spaces, keep at most one empty line between paragraphs, trim."""
    lines = [_SPACES.sub(" ", line).strip() for line in normalise_newlines(text).split("\n")]
    return _MANY_BREAKS.sub("\n\n", "\n".join(lines)).strip()


def text_to_html(text: str) -> str:
    """Our plain text as an HTML fragment: escaped, paragraphs and line breaks kept."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if len(paragraphs) <= 1 and "\n" not in text:
        return html.escape(text, quote=False)
    return "".join(
        "<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs
    )
