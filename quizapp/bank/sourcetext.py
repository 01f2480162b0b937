"""The text a bank is built from: quote matching and the passages that questions cite.

A quote matches when it appears in the text after both are normalised: typographic quotes become
plain ones and every run of whitespace becomes one space. Passages are what `--coverage` counts:
the text is split at blank lines; within a block, each line that starts with an uppercase letter,
a digit, a quote or a bracket begins a new passage (so a list of image captions counts caption by
caption, while a hard-wrapped paragraph stays one passage). The first line of the file, alone in
its block, is the title and is not a passage.
"""

from __future__ import annotations

from dataclasses import dataclass

_QUOTES = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
    }
)


def normalise(text: str) -> str:
    """Text as quotes are compared: plain quotes, single spaces, no leading/trailing space."""
    return " ".join(text.translate(_QUOTES).split())


@dataclass(frozen=True, slots=True)
class Passage:
    """A paragraph or caption: its first line (1-based) and its text."""

    line: int
    text: str


@dataclass(frozen=True, slots=True)
class SourceText:
    """A source text prepared for quote look-ups."""

    raw: str
    normalised: str
    passages: tuple[Passage, ...]
    # where each passage starts and ends in `normalised`, for mapping quotes to passages
    spans: tuple[tuple[int, int], ...]

    @classmethod
    def from_text(cls, raw: str) -> SourceText:
        passages = split_passages(raw)
        norm = normalise(raw)
        spans: list[tuple[int, int]] = []
        cursor = 0
        for p in passages:
            piece = normalise(p.text)
            start = norm.find(piece, cursor)
            if start < 0:  # cannot happen for text split from `raw`; keep the map honest anyway
                start = cursor
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
        return cls(raw, norm, tuple(passages), tuple(spans))

    def find(self, quote: str) -> int:
        """Where the normalised quote starts in the normalised text, or -1."""
        q = normalise(quote)
        return self.normalised.find(q) if q else -1

    def passages_citing(self, quote: str) -> list[int]:
        """Indexes of the passages a quote overlaps (empty when it is not in the text)."""
        start = self.find(quote)
        if start < 0:
            return []
        end = start + len(normalise(quote))
        return [i for i, (s, e) in enumerate(self.spans) if s < end and start < e]

    def closest_passage(self, quote: str) -> Passage | None:
        """The passage sharing the longest run of words with a quote that was not found."""
        words = set(normalise(quote).casefold().split())
        best: tuple[int, Passage] | None = None
        for p in self.passages:
            shared = len(words & set(normalise(p.text).casefold().split()))
            if shared and (best is None or shared > best[0]):
                best = (shared, p)
        return best[1] if best else None


def _starts_passage(line: str) -> bool:
    first = line[0]
    return first in "\"'“‘«[(" or first.isupper() or first.isdigit()


def split_passages(raw: str) -> list[Passage]:
    """Paragraphs and captions of a text, each with the line it starts on."""
    lines = raw.splitlines()
    passages: list[Passage] = []
    current: list[str] = []
    start_line = 0

    def flush() -> None:
        if current:
            passages.append(Passage(start_line, " ".join(s.strip() for s in current)))
            current.clear()

    blank_before = True
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            flush()
            blank_before = True
            continue
        stripped = line.strip()
        begins = blank_before or _starts_passage(stripped)
        if begins:
            flush()
            start_line = number
        current.append(stripped)
        blank_before = False
    flush()
    if passages and passages[0].line == 1 and _alone_in_block(lines, 0):
        passages = passages[1:]
    return passages


def _alone_in_block(lines: list[str], index: int) -> bool:
    return len(lines) == index + 1 or not lines[index + 1].strip()
