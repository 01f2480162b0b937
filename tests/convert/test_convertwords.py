"""The converters' problems are codes with parameters; `quizapp.convertwords` makes their words."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp import checkwords, convertwords, words
from quizapp.convert.gift import read_gift
from quizapp.convert.pipeline import EXPORT_ONLY, FORMATS

REPO = Path(__file__).resolve().parents[2]
CONVERTERS = sorted((REPO / "quizapp" / "convert").glob("*.py"))
CODE_SHAPE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _code(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if node.value and set(node.value) <= CODE_SHAPE else None
    return None


def _codes(node: ast.AST | None) -> set[str]:
    """The code-shaped strings `node` is: a constant, or either side of `a if c else b`."""
    if isinstance(node, ast.IfExp):
        return _codes(node.body) | _codes(node.orelse)
    return {c for c in [_code(node)] if c}


def _arg(call: ast.Call, index: int) -> set[str]:
    return _codes(call.args[index]) if len(call.args) > index else set()


def reported() -> dict[str, set[str]]:
    """The codes the converters use, by kind: problems (`warn`, `error`, `_problem`,
    `Problem`), what a skipped question was and why (`skip`, a refusal `(code, {...})`,
    Moodle's types without a counterpart), and what an export loses (`(code, value)`)."""
    found: dict[str, set[str]] = {"message": set(), "what": set(), "why": set(), "loss": set()}
    for path in CONVERTERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                index = {"warn": 1, "error": 1, "_problem": 1, "Problem": 4}.get(name)
                if index is not None:
                    found["message"] |= _arg(node, index)
                elif name == "skip":
                    found["what"] |= _arg(node, 1)
                    found["why"] |= _arg(node, 2)
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
                code, value = _code(node.elts[0]), node.elts[1]
                if code and isinstance(value, ast.Dict):
                    found["why"].add(code)
                elif code and not (isinstance(value, ast.Constant) and value.value is not None):
                    found["loss"].add(code)
            elif isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "_NO_COUNTERPART":
                assert isinstance(node.value, ast.Dict)
                found["why"] |= {c for c in map(_code, node.value.values) if c}
    return found


KEPT = {
    "message": set(convertwords.MESSAGES),
    "what": set(convertwords._WHAT),
    "why": set(convertwords._WHY),
    "loss": set(convertwords._LOSS),
}


@pytest.mark.parametrize("kind", sorted(KEPT))
def test_every_code_a_converter_uses_has_words(kind: str) -> None:
    """A new problem, skip reason or export loss fails here until it has its sentence."""
    used = reported()[kind]
    assert len(used) > 5, "the scan finds the calls"
    assert used <= KEPT[kind], sorted(used - KEPT[kind])


@pytest.mark.parametrize("kind", sorted(KEPT))
def test_no_words_are_kept_for_a_code_nothing_uses(kind: str) -> None:
    """Words for a code no converter reports any more are removed with it (`skipped` and
    `dropped` are made by the builder and `exporting.dropped` from their parameters)."""
    unused = KEPT[kind] - reported()[kind] - {"skipped", "dropped", "no_painter"}
    assert not unused, sorted(unused)


def test_a_converter_code_never_means_a_checker_code() -> None:
    """The checker's words are looked up first: a converter code with the same name would be
    worded as the checker's problem."""
    assert not set(convertwords.MESSAGES) & set(checkwords._MESSAGES)


def test_a_skipped_question_says_what_it_was_and_why_in_the_chosen_language() -> None:
    """A GIFT essay is skipped with a located warning whose words come from the `convert`
    context when read, not when the file was read."""
    imported = read_gift("::e1:: Discuss. {}\n", "quiz.gift", "quiz")
    (problem,) = imported.problems
    assert (problem.code, problem.params["what"], problem.params["why"]) == (
        "skipped",
        "essay",
        "essay",
    )
    assert problem.format() == (
        "quiz.gift:1:1: warning: skipped the essay question: an essay is marked by a teacher, "
        "and our questions are marked automatically [e1]"
    )
    words.install(lambda context, text, disambiguation=None, n=-1: f"<{context}>{text}")
    assert problem.message.startswith("<convert>skipped ")
    assert "<convert>the essay question" in problem.message


@pytest.mark.parametrize(
    ("code", "params", "text"),
    [
        (
            "dropped",
            {"format": "GIFT", "losses": (("time_limit", 2.5), ("tags_after_first", ("a", "b")))},
            "GIFT has no place for the time limit (2,5 s), the tags after the first (a, b);",
        ),
        (
            "skipped",
            {
                "what": "our_type",
                "qtype": "single",
                "why": "too_few",
                "key": "choices",
                "least": 2,
                "count": 1,
            },
            "skipped the single question: our questions need at least 2 choices (it has 1)",
        ),
        ("bank_would_be_too_large", {"count": 1, "size": 2.54, "limit": 2}, "the 1 question "),
        ("partial_answer", {"answer": "x", "weight": 33.5}, "is worth 33,5%"),
        ("convert_source_unreadable", {"reason": "denied", "detail": ""}, "cannot be read: "),
    ],
)
def test_parameters_are_shown_in_words(code: str, params: dict[str, object], text: str) -> None:
    """Losses, skip reasons, counts and numbers become words, numbers with the locale's
    decimal separator."""
    words.use_decimal_point(",")
    try:
        assert text in checkwords.problem_message(code, params)
    finally:
        words.use_decimal_point(".")


def test_an_export_only_format_is_named_as_convert_help_lists_it() -> None:
    """`... can only be written` names the format in the words `quizapp convert --help` lists
    (and translates); convertwords keeps its own copy, as it may not import the converters."""
    for name in EXPORT_ONLY:
        message = checkwords.problem_message("export_only", {"format": name})
        assert message == f"{FORMATS[name]} can only be written"


BROKEN_MOODLE = """<?xml version="1.0"?>
<quiz>
  <question type="essay"><name><text>e1</text></name>
    <questiontext><text>Discuss.</text></questiontext></question>
  <question type="multichoice"><name><text>m1</text></name>
    <questiontext><text>Pick</text></questiontext>
"""


def test_a_german_convert_prints_german_problems_at_their_lines(tmp_path: Path) -> None:
    """`quizapp --lang de convert` on a broken GIFT and a broken Moodle file prints each
    problem in German, `file:line:column:` first; no English sentence is left."""
    gift = tmp_path / "kaputt.gift"
    gift.write_text("::q1:: Welcher Fluss? {\n=Kura\n~Aras\n\n::q2:: Jahr? {#abc}\n", "utf-8")
    moodle = tmp_path / "kaputt.xml"
    moodle.write_text(BROKEN_MOODLE, encoding="utf-8")
    run = [sys.executable, "-m", "quizapp", "--lang", "de", "convert"]
    out = subprocess.run(
        [*run, str(gift), str(tmp_path / "a.yaml")], capture_output=True, text=True, cwd=REPO
    )
    assert f"{gift}:1:1: Fehler: ein `{{` oder `}}` fehlt oder steht an der falschen Stelle" in (
        out.stdout
    )
    assert f"{gift}:5:1: Fehler: „abc“ ist keine Zahl" in out.stdout
    assert f"{gift}: Hinweis: gelesen als UTF-8" in out.stdout
    out = subprocess.run(
        [*run, str(moodle), str(tmp_path / "b.yaml")], capture_output=True, text=True, cwd=REPO
    )
    assert f"{moodle}:7:1: Fehler: das ist kein wohlgeformtes XML: " in out.stdout
    for english in ("error:", "warning:", "note:", "is not", "cannot"):
        assert english not in out.stdout + out.stderr
