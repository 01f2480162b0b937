"""Reading teachers' text files and turning their markup into the plain text we show.

Files come from Windows, spreadsheets and Moodle: UTF-8 with or without a byte-order mark,
UTF-16 (Excel's "Unicode text"), or Windows-1252 (old Notepad and Excel). `decode` says which
one it assumed, so the teacher can tell when accented letters went wrong.
"""

from __future__ import annotations

import html
import re

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


_BLOCKS = frozenset(("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4",
                    "h5", "h6", "blockquote", "pre", "hr", "dt", "dd", "section"))  # fmt: skip

_MARKUP = re.compile(
    r"<!--.*?-->|<(script|style)\b.*?</\1\s*>|<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.DOTALL | re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_MANY_BREAKS = re.compile(r"\n\s*\n+")


def _attributes(text: str) -> dict[str, str]:
    return {
        m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
        for m in _ATTRIBUTE.finditer(text)
    }


def html_to_text(markup: str) -> tuple[str, list[tuple[str, str | None]]]:
    """Plain text of an HTML fragment (spaces collapsed, paragraphs kept) and its images as
    (src, alt). A regular expression rather than `html.parser`: question texts are small
    fragments, and a 10,000-question Moodle file must convert in about a second."""
    if "<" not in markup:
        return tidy(html.unescape(markup)), []
    images: list[tuple[str, str | None]] = []
    parts: list[str] = []
    last = 0
    for match in _MARKUP.finditer(markup):
        parts.append(markup[last : match.start()])
        last = match.end()
        tag = (match.group(3) or "").lower()
        if tag == "img":
            found = _attributes(match.group(4))
            images.append((found.get("src", ""), found.get("alt")))
        elif tag in _BLOCKS:
            parts.append("\n")
    parts.append(markup[last:])
    return tidy(html.unescape("".join(parts))), images


_ODD_SPACE = re.compile("[\t\f\v\u00a0]")


def tidy(text: str) -> str:
    """Collapse runs of spaces, keep at most one empty line between paragraphs, trim."""
    if "\n" not in text and "\r" not in text and "  " not in text and not _ODD_SPACE.search(text):
        return text.strip()
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
