"""Aiken: Moodle's simplest format, single-answer multiple choice only.

    Which river is longest?
    A. Nile
    B) Amazon
    ANSWER: A

The question text may run over several lines; options are a capital letter, `.` or `)`, a space
and the text; `ANSWER:` names the right letter. Aiken holds nothing else, so imported questions
have no explanation (the checker's warning says so) and exports leave everything else out.
"""

from __future__ import annotations

import re

from quizapp.bank.model import Bank, QuestionType
from quizapp.bank.problems import Problem
from quizapp.convert.builder import BankBuilder, Imported
from quizapp.convert.exporting import Loss, dropped
from quizapp.convert.textio import normalise_newlines

_OPTION = re.compile(r"^([A-Z])[.)][ \t]+(.*)$")
_ANSWER = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def read_aiken(text: str, path: str, title: str) -> Imported:
    """Our bank from the text of an Aiken file; problems are located in `path`."""
    b = BankBuilder(path, title)
    prompt: list[str] = []
    options: list[tuple[str, str]] = []
    start = 0
    for n, raw in enumerate(normalise_newlines(text).split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        option, answer = _OPTION.match(line), _ANSWER.match(line)
        if answer and prompt:
            letter = answer.group(1).strip()[:1].upper()
            letters = [x for x, _ in options]
            choices = [t for _, t in options]
            if letter not in letters:
                b.error(
                    n,
                    "aiken_no_option",
                    answer=answer.group(1).strip(),
                    letters=", ".join(letters) or "A, B, ...",
                )
            elif letters != list(_LETTERS[: len(letters)]):
                b.error(start, "aiken_letters")
            else:
                b.add(
                    start,
                    None,
                    "single",
                    "\n".join(prompt),
                    choices=choices,
                    answer=choices[letters.index(letter)],
                )
            prompt, options = [], []
        elif answer:
            b.error(n, "aiken_answer_first")
        elif option and prompt:
            options.append((option.group(1), option.group(2).strip()))
        elif options:
            b.error(n, "aiken_expected_option")
            prompt, options = [], []
        else:
            if not prompt:
                start = n
            prompt.append(line)
    if prompt:
        b.error(start, "aiken_no_answer")
    return b.result()


def write_aiken(
    bank: Bank, images: dict[str, bytes] | None = None
) -> tuple[str, list[Problem], int]:
    """Aiken text for the single-choice and true/false questions; the rest are left out."""
    problems: list[Problem] = []
    out: list[str] = []
    for q in bank.questions:
        if q.type is QuestionType.SINGLE:
            choices, right = list(q.choices), q.correct_choices[0]
        elif q.type is QuestionType.TRUE_FALSE:
            choices, right = ["True", "False"], "True" if q.truth else "False"
        else:
            problems.append(dropped(bank, q, "Aiken", [("question_type", q.type.value)]))
            continue
        lost: list[Loss] = [
            (code, None)
            for code, present in (
                ("explanation", q.explanation),
                ("source_quote", q.source_quote),
                ("tags", q.tags),
                ("time_limit_plain", q.time_limit is not None),
                ("difficulty_plain", q.difficulty),
                ("points_plain", q.points is not None),
            )
            if present
        ]
        if "\n" in q.prompt or any("\n" in c for c in choices):
            lost.append(("line_breaks", None))
        lines = [" ".join(q.prompt.split())]
        lines += [f"{_LETTERS[i]}. {' '.join(c.split())}" for i, c in enumerate(choices)]
        lines.append(f"ANSWER: {_LETTERS[choices.index(right)]}")
        out.append("\n".join(lines) + "\n")
        if lost:
            problems.append(dropped(bank, q, "Aiken", lost))
    return "\n".join(out), problems, len(out)
