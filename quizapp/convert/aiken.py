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
from quizapp.convert.exporting import dropped
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
                    f"`ANSWER: {answer.group(1).strip()}` names no option; use one of "
                    f"{', '.join(letters) or 'A, B, ...'}",
                )
            elif letters != list(_LETTERS[: len(letters)]):
                b.error(start, "the options must be lettered A, B, C, ... in order")
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
            b.error(n, "`ANSWER:` comes before any question text and options")
        elif option and prompt:
            options.append((option.group(1), option.group(2).strip()))
        elif options:
            b.error(n, "expected another option (`C. text`) or `ANSWER: X` after the options")
            prompt, options = [], []
        else:
            if not prompt:
                start = n
            prompt.append(line)
    if prompt:
        b.error(start, "this question has no `ANSWER:` line; add one after its options")
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
            problems.append(
                dropped(
                    bank,
                    q,
                    "Aiken",
                    [f"a {q.type.value} question (Aiken holds only single-answer choices)"],
                )
            )
            continue
        lost = ["the explanation"] if q.explanation else []
        lost += [
            name
            for name, present in (
                ("the source quote", q.source_quote),
                ("the tags", q.tags),
                ("the time limit", q.time_limit is not None),
                ("the difficulty", q.difficulty),
                ("the points", q.points is not None),
            )
            if present
        ]
        if "\n" in q.prompt or any("\n" in c for c in choices):
            lost.append("line breaks (Aiken keeps each text on one line)")
        lines = [" ".join(q.prompt.split())]
        lines += [f"{_LETTERS[i]}. {' '.join(c.split())}" for i, c in enumerate(choices)]
        lines.append(f"ANSWER: {_LETTERS[choices.index(right)]}")
        out.append("\n".join(lines) + "\n")
        if lost:
            problems.append(dropped(bank, q, "Aiken", lost))
    return "\n".join(out), problems, len(out)
