"""The JSON Schema editors use and the checker agree: on the bundled bank and the docs' examples."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import jsonschema
import pytest
import yaml

from quizapp.bank import check_text, load_file
from quizapp.bank import fields as F
from quizapp.paths import bundled_bank_dir
from tests.bank.imagefiles import write_png

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(
    (REPO / "resources" / "schema" / "bank.schema.json").read_text(encoding="utf-8")
)
DOC = (REPO / "docs" / "question-format.md").read_text(encoding="utf-8")
EXAMPLES = re.findall(r"^```yaml\n(.*?)^```", DOC, flags=re.S | re.M)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def schema_errors(text: str) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(yaml.safe_load(text))]


def test_the_schema_is_itself_valid() -> None:
    """Editors can load the schema: it is a valid draft 2020-12 schema."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", sorted(bundled_bank_dir().glob("*.yaml")), ids=lambda p: p.name)
def test_bundled_banks_validate_against_the_schema(path: Path) -> None:
    """The shipped bank shows no red squiggles in an editor using the schema."""
    assert schema_errors(path.read_text(encoding="utf-8")) == []


def test_the_docs_show_an_example_of_every_type() -> None:
    """The teachers' guide has a complete example for each of the seven types."""
    types = {t for block in EXAMPLES for t in re.findall(r"type: (\w+)", block)}
    assert types >= {"single", "multiple", "true_false", "short", "numeric", "order", "match"}


@pytest.mark.parametrize("block", EXAMPLES, ids=[f"example-{i}" for i in range(len(EXAMPLES))])
def test_docs_examples_pass_both_checker_and_schema(block: str) -> None:
    """Every YAML example in the guide is a valid bank for the checker and for the schema."""
    result = check_text(block, "example.yaml")
    assert result.errors == (), [p.format() for p in result.errors]
    assert result.bank is not None
    assert schema_errors(block) == []


BASE = """\
title: T
questions:
  - id: q1
    explanation: e
"""


def test_checker_and_schema_both_reject_a_bad_question_id() -> None:
    """An id with capitals and spaces is refused by both."""
    text = (
        BASE.replace("id: q1", "id: Bad Id")
        + "    type: true_false\n    prompt: p\n    answer: true\n"
    )
    assert any("may use only a-z" in p.message for p in check_text(text, "b.yaml").errors)
    assert schema_errors(text)


INVALID = {
    "unknown key": "    type: single\n    prompt: p\n    choises: [a, b]\n    answer: a\n",
    "unknown type": "    type: essay\n    prompt: p\n    answer: a\n",
    "missing prompt": "    type: true_false\n    answer: true\n",
    "choices on short": "    type: short\n    prompt: p\n    choices: [a, b]\n    answer: a\n",
    "one choice": "    type: single\n    prompt: p\n    choices: [a]\n    answer: a\n",
    "eleven items": "    type: order\n    prompt: p\n    items: [a, b, c, d, e, f, g, h, i, j, k]\n",
    "text answer for numeric": "    type: numeric\n    prompt: p\n    answer: 'ten'\n",
    "quoted boolean": "    type: true_false\n    prompt: p\n    answer: 'true'\n",
    "negative tolerance": "    type: numeric\n    prompt: p\n    answer: 3\n    tolerance: -1\n",
    "typos too high": "    type: short\n    prompt: p\n    answer: a\n    typos: 7\n",
    "bad difficulty": "    type: true_false\n    prompt: p\n    answer: true\n    difficulty: extreme\n",
    "zero time": "    type: true_false\n    prompt: p\n    answer: true\n    time_limit: 0\n",
    "single answer list": "    type: single\n    prompt: p\n    choices: [a, b]\n    answer: [a]\n",
    "image without alt": "    type: true_false\n    prompt: p\n    answer: true\n"
    "    image: {file: a.png}\n",
    "image as gif": "    type: true_false\n    prompt: p\n    answer: true\n"
    "    image: {file: a.gif, alt: a map}\n",
    "image outside": "    type: true_false\n    prompt: p\n    answer: true\n"
    "    image: {file: ../a.png, alt: a map}\n",
}


@pytest.mark.parametrize("body", INVALID.values(), ids=INVALID.keys())
def test_checker_and_schema_both_reject_the_same_mistakes(body: str) -> None:
    """Mistakes the schema can express are caught by both, so editors and `validate` agree."""
    text = BASE + textwrap.dedent(body)
    assert check_text(text, "bad.yaml").errors, text
    assert schema_errors(text), text


def test_the_schema_knows_exactly_the_keys_the_checker_knows() -> None:
    """A key added to the checker (such as `image`) is added to the schema too, and no other."""
    question = SCHEMA["$defs"]["question"]["properties"]
    assert set(question) == set(F.ALL_QUESTION_KEYS)
    assert set(question["image"]["properties"]) == set(F.IMAGE_KEYS)


@pytest.mark.parametrize(
    "block", [b for b in EXAMPLES if "image:" in b], ids=lambda b: b.split("\n")[0]
)
def test_docs_image_examples_load_from_disk(tmp_path: Path, block: str) -> None:
    """With its picture beside it, each image example loads and the picture is measured."""
    for name in re.findall(r"^\s+file: (\S+)$", block, flags=re.M):
        write_png(tmp_path / name, 90, 60)
    (tmp_path / "example.yaml").write_text(block, encoding="utf-8")
    result = load_file(tmp_path / "example.yaml")
    assert result.problems == (), [p.format() for p in result.problems]
    images = [q.image for q in result.bank.questions if q.image]  # type: ignore[union-attr]
    assert images and all((i.width, i.height) == (90, 60) for i in images)


def test_the_docs_image_mistakes_show_the_checkers_real_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wrong file in the guide's image rule gives exactly the messages printed under it."""
    after = DOC[DOC.index("**Pictures must be there") :]
    bank, shown = re.findall(r"^```text\n(.*?)^```", after, flags=re.S | re.M)[:2]
    (tmp_path / "my-bank.yaml").write_text(bank, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = load_file("my-bank.yaml")
    assert [p.format() for p in result.problems] == shown.splitlines()
