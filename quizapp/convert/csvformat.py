"""CSV: one question per row, a layout a teacher can fill in a spreadsheet (docs/converting.md).

The first row names the columns, in any order and any capitalisation:

    id, type, prompt, answer, option 1 ... option 10, explanation, source, tags, difficulty,
    time_limit, points, typos, tolerance

Options hold the choices (single, multiple), the items in the right order (order) or
`left -> right` pairs (match). `answer` is the right letter(s) for single and multiple (`B`,
`A|C`), `true`/`false`, the accepted texts separated by `|` (short) or a number (numeric,
`0,75` accepted). Tags are separated by `|` too. Excel's habits are welcome: `;` as separator,
line breaks inside quoted cells, a byte-order mark, empty rows.
"""

from __future__ import annotations

import csv
import io

from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.bank.problems import Problem
from quizapp.convert.builder import OPTIONAL_KEYS, BankBuilder, Imported
from quizapp.convert.exporting import Loss, dropped, number_text, tolerance_text
from quizapp.convert.textio import normalise_newlines
from quizapp.files import spreadsheet_cell

OPTIONS = tuple(f"option {n}" for n in range(1, 11))
COLUMNS = ("id", "type", "prompt", "answer", *OPTIONS, *OPTIONAL_KEYS, "typos", "tolerance")
_LETTERS = "ABCDEFGHIJ"
_TYPES = {t.value: t.value for t in QuestionType} | {"true/false": "true_false", "tf": "true_false"}
_TRUE = {"true", "t", "yes", "y", "1", "wahr", "vrai"}
_FALSE = {"false", "f", "no", "n", "0", "falsch", "faux"}


def _number(text: str) -> float | None:
    text = text.strip().replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # a decimal comma from a European spreadsheet
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _cell(text: str) -> str:
    """A cell as typed: the apostrophe our export puts before a leading `=` is removed."""
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in "=+-@":
        return text[1:]
    return text


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split("|") if p.strip()]


def read_csv(text: str, path: str, title: str) -> Imported:
    """Our bank from CSV text (header row first); problems are located in `path`."""
    b = BankBuilder(path, title)
    text = normalise_newlines(text.lstrip("\ufeff"))
    first_line = text.split("\n", 1)[0]
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t")}
    separator = max(counts, key=lambda s: counts[s])
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        header = next(rows)
    except (StopIteration, csv.Error):
        b.error(1, "csv_empty")
        return b.result()
    names = [h.strip().lower().replace("_", " ") for h in header]
    names = [n.replace("time limit", "time_limit") for n in names]
    known = {c.replace("_", " ") for c in COLUMNS} | {"time_limit"}
    unknown = [h for h, n in zip(header, names, strict=True) if n and n not in known]
    if unknown:
        b.warn(1, "csv_unknown_columns", columns=tuple(unknown))
    if "prompt" not in names or "type" not in names:
        b.error(1, "csv_no_header")
        return b.result()
    line = 1
    try:
        for row in rows:
            start, line = line + 1, rows.line_num
            if not any(cell.strip() for cell in row):
                continue
            cells = {n: _cell(row[i]) for i, n in enumerate(names) if i < len(row) and n}
            _row(b, start, cells)
    except csv.Error as exc:
        b.error(line + 1, "csv_unreadable", detail=str(exc))
    return b.result()


def _right_options(answer: str, options: list[str]) -> list[str] | None:
    """The options an `answer` cell names: letters (`B`, `A|C`) or the options' own texts."""
    parts = [x.strip() for x in answer.split("|") if x.strip()]
    if (
        len(parts) == 1
        and "," in parts[0]
        and all(len(x.strip()) == 1 for x in parts[0].split(","))
    ):
        parts = [x.strip() for x in parts[0].split(",")]  # "A,C" as typed in a spreadsheet
    letters = _LETTERS[: len(options)]
    if parts and all(len(x) == 1 and x.upper() in letters for x in parts):
        return [options[letters.index(x.upper())] for x in parts]
    texts = {o.casefold(): o for o in options}
    if parts and all(x.casefold() in texts for x in parts):
        return [texts[x.casefold()] for x in parts]
    return None


def _row(b: BankBuilder, line: int, cells: dict[str, str]) -> None:
    name = cells.get("id") or None
    qtype = _TYPES.get(cells.get("type", "").lower().replace(" ", "_"))
    if qtype is None:
        b.error(
            line,
            "csv_unknown_type",
            name,
            value=cells.get("type", ""),
            types=tuple(t.value for t in QuestionType),
        )
        return
    options = [cells[o] for o in OPTIONS if cells.get(o)]
    answer = cells.get("answer", "")
    fields: dict[str, object] = {
        "explanation": cells.get("explanation"),
        "source": cells.get("source"),
        "tags": _split(cells.get("tags", "")),
        "difficulty": cells.get("difficulty", "").lower() or None,
    }
    for key in ("time_limit", "points"):
        if cells.get(key):
            value = _number(cells[key])
            if value is None or value <= 0:
                b.error(line, "csv_not_positive", name, key=key, value=cells[key])
                return
            fields[key] = value
    if fields["difficulty"] not in (None, "easy", "medium", "hard"):
        b.error(line, "csv_difficulty", name, value=fields["difficulty"])
        return
    prompt = cells.get("prompt", "")
    if qtype in ("single", "multiple"):
        right = _right_options(answer, options)
        if right is None:
            b.error(
                line,
                "csv_answer_letter",
                name,
                last=_LETTERS[max(len(options) - 1, 0)],
                value=answer,
            )
            return
        fields["answer"] = right[0] if qtype == "single" and len(right) == 1 else right
        fields["choices"] = options
    elif qtype == "true_false":
        if answer.lower() not in _TRUE | _FALSE:
            b.error(line, "csv_answer_boolean", name, value=answer)
            return
        fields["answer"] = answer.lower() in _TRUE
    elif qtype == "short":
        fields["answer"] = _split(answer)
        if cells.get("typos"):
            typos = _number(cells["typos"])
            if typos is None or typos not in (0, 1, 2, 3):
                b.error(line, "csv_typos", name, value=cells["typos"])
                return
            fields["typos"] = int(typos)
    elif qtype == "numeric":
        value, tolerance = _number(answer), _number(cells.get("tolerance") or "0")
        if value is None or tolerance is None:
            b.error(line, "csv_not_numbers", name, value=answer)
            return
        fields["answer"], fields["tolerance"] = value, tolerance
    elif qtype == "order":
        fields["items"] = options
    else:
        pairs = []
        for option in options:
            left, arrow, right_side = option.partition("->")
            if not arrow:
                b.error(line, "csv_match_option", name, value=option)
                return
            pairs.append((left.strip(), right_side.strip()))
        fields["pairs"] = pairs
    if qtype == "single" and isinstance(fields.get("answer"), list):
        b.error(line, "csv_single_letters", name)
        return
    b.add(line, name, qtype, prompt, **fields)


def _row_of(bank: Bank, q: Question) -> dict[str, str]:
    row = {"id": q.id, "type": q.type.value, "prompt": q.prompt}
    options: list[str] = []
    if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        options = list(q.choices)
        row["answer"] = "|".join(_LETTERS[q.choices.index(c)] for c in q.correct_choices)
    elif q.type is QuestionType.TRUE_FALSE:
        row["answer"] = "true" if q.truth else "false"
    elif q.type is QuestionType.SHORT:
        row["answer"] = "|".join(q.accepted)
        row["typos"] = str(q.typos) if q.typos else ""
    elif q.type is QuestionType.NUMERIC:
        row["answer"] = number_text(q)
        row["tolerance"] = tolerance_text(q.tolerance)
    elif q.type is QuestionType.ORDER:
        options = list(q.items)
    else:
        options = [f"{left} -> {right}" for left, right in q.pairs]
    row.update(zip(OPTIONS, options, strict=False))
    row["explanation"] = q.explanation or ""
    row["source"] = q.source_quote or ""
    row["tags"] = "|".join(q.tags)
    row["difficulty"] = q.difficulty.value if q.difficulty else ""
    row["time_limit"] = f"{q.time_limit:g}" if q.time_limit is not None else ""
    row["points"] = f"{q.points:g}" if q.points is not None else ""
    return row


def write_csv(
    bank: Bank, images: dict[str, bytes] | None = None
) -> tuple[bytes, list[Problem], int]:
    """The bank as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the
    accents), `,` between cells, texts a spreadsheet would run as formulas defused."""
    problems: list[Problem] = []
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for q in bank.questions:
        row = _row_of(bank, q)
        writer.writerow([spreadsheet_cell(row.get(c, "")) for c in COLUMNS])
        lost: list[Loss] = [("image", None)] if getattr(q, "image", None) is not None else []
        if q.type is QuestionType.MATCH and any("->" in left for left, _ in q.pairs):
            lost.append(("pairs_arrow", None))
        if any("|" in t for t in (*q.accepted, *q.tags)):
            lost.append(("pipe", None))
        if lost:
            problems.append(dropped(bank, q, "CSV", lost))
    data = b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")
    return data, problems, len(bank.questions)
