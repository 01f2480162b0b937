"""The checkers' problems are codes with parameters; `quizapp.checkwords` makes their words."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from quizapp import checkwords, words
from quizapp.bank import check_text
from quizapp.bank.images import Why
from quizapp.bank.loader import load_file
from quizapp.classroom.preset import check_preset_text

PACKAGE = Path(__file__).resolve().parent.parent / "quizapp"
# where problems are made, and the calls that take a problem code
CHECKERS = [
    *sorted((PACKAGE / "bank").glob("*.py")),
    *sorted((PACKAGE / "classroom").glob("preset*.py")),
    PACKAGE / "classroom" / "reader.py",
    PACKAGE / "commands" / "validate.py",
]
REPORTING = {"error", "warn", "report", "_fatal", "Problem", "YamlProblem"}
CODE_SHAPE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
# codes made from a prefix: `"missing_" + key` (answers.py), `"image_" + Why` (imagecheck.py)
MADE = {f"missing_{key}" for key in ("choices", "answer", "items", "pairs")} | {
    "image_" + why.value.replace("-", "_") for why in Why
}


def _codes_in(node: ast.AST | None) -> set[str]:
    """The code-shaped string `node` is: a constant, either side of `a if c else b`, or the
    first of a tuple `(code, params)`."""
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body) | _codes_in(node.orelse)
    if isinstance(node, ast.Tuple):
        return _codes_in(node.elts[0] if node.elts else None)
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value} if node.value and set(node.value) <= CODE_SHAPE else set()
    return set()


def reported_codes() -> set[str]:
    """Every code a checker passes to a reporting call, returns as a problem, assigns to `code`
    first, or takes as a default."""
    found: set[str] = set()
    for path in CHECKERS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "required_text":  # (fields, key, owner, missing code)
                    found |= _codes_in(node.args[3] if len(node.args) > 3 else None)
                elif name in REPORTING:
                    found |= {c for arg in node.args for c in _codes_in(arg)}
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name | ast.Tuple) and "code" in ast.unparse(t)
                for t in node.targets
            ):
                found |= _codes_in(node.value)
            elif isinstance(node, ast.Return):
                found |= _codes_in(node.value) if isinstance(node.value, ast.Tuple) else set()
            elif isinstance(node, ast.FunctionDef):  # `missing: str = "missing_key"`
                args = node.args.args[len(node.args.args) - len(node.args.defaults) :]
                for arg, default in zip(args, node.args.defaults, strict=True):
                    if arg.arg in ("code", "missing"):
                        found |= _codes_in(default)
    return found | MADE


def test_every_problem_code_a_checker_reports_has_words() -> None:
    """A new problem code fails here until `quizapp.checkwords` has its sentence."""
    codes = reported_codes()
    assert {"unknown_key", "not_utf8", "python_tag", "no_such_path", "fewer_match"} <= codes
    assert codes <= set(checkwords._MESSAGES), sorted(codes - set(checkwords._MESSAGES))


def test_every_sentence_belongs_to_a_code_a_checker_reports() -> None:
    """No words are kept for a code nothing reports any more."""
    unused = set(checkwords._MESSAGES) - reported_codes()
    assert not unused, sorted(unused)


BROKEN = textwrap.dedent(
    """\
    title: T
    questions:
      - id: q1
        type: singel
        promt: P
    """
)


def test_problems_are_codes_until_a_person_reads_them() -> None:
    """The checker keeps the file's words (key names, the suggestion) as parameters; the
    sentence is made when read, in the language installed then."""
    result = check_text(BROKEN, "bank.yaml")
    unknown = next(p for p in result.problems if p.code == "unknown_key")
    assert unknown.params["key"] == "promt"
    assert unknown.params["suggestion"] == "prompt"
    assert unknown.params["what"] == "question"
    assert unknown.format() == (
        "bank.yaml:5:5: error: unknown key 'promt' in a question — did you mean 'prompt'? [q1]"
    )
    words.install(lambda context, text, disambiguation=None, n=-1: f"<{context}>{text}")
    assert unknown.message == "<checker>unknown key 'promt' <checker>in a question" + (
        "<checker> — did you mean 'prompt'?"
    )
    assert unknown.format().startswith("bank.yaml:5:5: <checker>error: ")


def test_a_preset_problem_speaks_in_the_preset_context() -> None:
    """Presets' own sentences are in the `preset` context; what they share with banks (keys,
    values) is in `checker`."""
    words.install(lambda context, text, disambiguation=None, n=-1: f"<{context}>{text}")
    result = check_preset_text("title: T\nbanks: [a]\nresults: r\nmode: exma\n", "p.preset.yaml")
    (problem,) = result.problems
    assert problem.code == "bad_mode"
    assert problem.message == (
        "<preset>`mode` must be practice or exam, not 'exma'<checker> — did you mean 'exam'?"
    )


def test_the_cache_keeps_codes_so_a_warm_load_speaks_the_language_of_now(tmp_path: Path) -> None:
    """Problems read back from the bank cache are the same codes and parameters, worded in the
    language installed when they are shown, not when they were cached."""
    bank = tmp_path / "b.yaml"
    bank.write_text(BROKEN, encoding="utf-8")
    cold = load_file(bank, tmp_path / "cache")
    words.install(lambda context, text, disambiguation=None, n=-1: f"<{context}>{text}")
    warm = load_file(bank, tmp_path / "cache")
    assert warm.problems == cold.problems
    assert warm.skipped == cold.skipped
    assert warm.skipped[0].reasons[0].message.startswith("<checker>")


@pytest.mark.parametrize(
    ("code", "params", "text"),
    [
        ("not_boolean", {"name": "x", "quoted": False, "value": None, "kind": "list"}, "a list"),
        ("not_number", {"name": "x", "quoted": True, "value": "3", "kind": None}, "'3'"),
        ("bank_too_large", {"size": 2_500_000, "limit": 2 * 1024 * 1024}, "2.5 MB"),
        ("no_such_bank", {"bank": "b", "suggestion": None, "known": ("a", "c")}, "has a, c)"),
        ("ref_ambiguous", {"value": "q", "banks": ("a", "b", "c")}, "is in a, b and c;"),
        ("file_name_unusable", {"problem": "name_too_long"}, "longer than 255 bytes"),
        ("source_unreadable", {"name": "t", "reason": "not_utf8", "detail": ""}, "UTF-8"),
        ("fewer_match", {"matching": 1, "count": 5}, "only 1 question, so a learner gets 1"),
        ("seconds_range", {"name": "quiz", "high": 86400.0}, "at most 86400 (or"),
        ("results_not_folder", {"folder": "/m/r"}, "results folder /m/r is not a folder;"),
        ("results_not_there", {"folder": "/m/r"}, "results folder /m/r does not exist (yet);"),
    ],
)
def test_parameters_are_shown_in_words(code: str, params: dict[str, object], text: str) -> None:
    """Kinds, lists, sizes, path reasons and counts become words; the rest is as written."""
    assert text in checkwords.problem_message(code, params)


def test_sizes_follow_the_locale_decimal_separator() -> None:
    """A file's size in MB is written with the locale's decimal comma."""
    words.use_decimal_point(",")
    try:
        message = checkwords.problem_message("bank_too_large", {"size": 2_500_000, "limit": 1})
    finally:
        words.use_decimal_point(".")
    assert "2,5 MB" in message
