"""The checker's rules, each pinned with a small inline bank."""

from __future__ import annotations

import pytest

from quizapp.bank import QuestionType
from tests.bank.helpers import check, errors, messages

GOOD = """
title: Test bank
questions:
  - id: q1
    type: single
    prompt: Which city?
    choices: [Baku, Paris]
    answer: Baku
    explanation: Because.
"""


def test_good_bank_loads_without_problems() -> None:
    """A minimal correct bank loads with its question and no problems."""
    result = check(GOOD)
    assert result.problems == ()
    assert result.bank is not None
    assert result.bank.id == "bank"
    assert [q.id for q in result.bank.questions] == ["q1"]
    assert result.bank.questions[0].correct_choices == ("Baku",)


@pytest.mark.parametrize("word", ["NO", "yes", "3.10", "1e3", "null", "~", "2001-01-01", "0x1F"])
def test_text_fields_keep_exactly_what_was_typed(word: str) -> None:
    """YAML's implicit types never change a prompt, choice, answer or item: NO stays 'NO'."""
    result = check(
        f"""
        title: {word}
        questions:
          - id: q1
            type: single
            prompt: {word}
            choices: [{word}, other]
            answer: {word}
            explanation: {word}
          - id: q2
            type: order
            prompt: p
            items: [{word}, b]
            explanation: e
          - id: q3
            type: short
            prompt: p
            answer: {word}
            explanation: e
          - id: q4
            type: match
            prompt: p
            pairs: {{{word}: {word}, b: c}}
            explanation: e
        """
    )
    assert errors(result) == []
    assert result.bank is not None
    q1, q2, q3, q4 = result.bank.questions
    assert result.bank.title == word
    assert (q1.prompt, q1.choices[0], q1.correct_choices, q1.explanation) == (
        word,
        word,
        (word,),
        word,
    )
    assert q2.items[0] == word
    assert q3.accepted == (word,)
    assert q4.pairs[0] == (word, word)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("choises: [a, b]", "unknown key 'choises' in a question — did you mean 'choices'?"),
        ("answr: a", "unknown key 'answr' in a question — did you mean 'answer'?"),
        ("explaination: x", "did you mean 'explanation'?"),
    ],
)
def test_unknown_keys_are_errors_with_a_suggestion(snippet: str, expected: str) -> None:
    """A misspelt key is reported with the key it probably meant, and the question id."""
    result = check(GOOD + f"    {snippet}\n")
    assert any(expected in m and m.endswith("[q1]") for m in errors(result)), messages(result)


def test_unknown_top_level_key_is_an_error() -> None:
    """A misspelt top-level key is found too."""
    result = check("titel: x\n" + GOOD.lstrip().split("\n", 1)[1])
    assert any(
        "unknown key 'titel' in the bank — did you mean 'title'?" in m for m in errors(result)
    )


def test_duplicate_keys_are_errors_not_silently_overwritten() -> None:
    """PyYAML keeps the last of two equal keys; the checker reports the second with the first's line."""
    result = check(GOOD + "    answer: Paris\n")
    assert any(
        "bank.yaml:10:5: error: the key 'answer' appears twice in a question (first on line 8)" in m
        for m in messages(result)
    ), messages(result)
    assert result.bank is None  # the only question is skipped


def test_answer_not_among_choices_suggests_the_closest_choice() -> None:
    """A single answer that is not a choice names the closest choice."""
    result = check(GOOD.replace("answer: Baku", "answer: Bakuu"))
    assert errors(result) == [
        "bank.yaml:8:13: error: the answer 'Bakuu' is not one of the choices — did you mean "
        "'Baku'? [q1]"
    ]


def test_multiple_answers_must_each_be_a_choice() -> None:
    """Each answer of a multiple question must be among the choices."""
    result = check(
        """
        title: T
        questions:
          - id: m
            type: multiple
            prompt: p
            choices: [Albright, Rice, Biden]
            answer: [Albright, Rise]
            explanation: e
        """
    )
    assert any(
        "the answer 'Rise' is not one of the choices — did you mean 'Rice'?" in m
        for m in errors(result)
    )


def test_every_error_in_a_file_is_reported_not_only_the_first() -> None:
    """Three broken questions give three errors, each with its own line and id."""
    result = check(
        """
        title: T
        questions:
          - id: a
            type: single
            prompt: p
            choices: [x, y]
            answer: z
          - id: b
            type: numeric
            prompt: p
            answer: many
          - id: c
            type: order
            prompt: p
            items: [only-one]
        """
    )
    errs = errors(result)
    assert len(errs) == 3, errs
    assert [e.rsplit("[", 1)[1] for e in errs] == ["a]", "b]", "c]"]
    assert result.bank is None


def test_bad_questions_are_skipped_and_good_ones_still_load() -> None:
    """A bank with one bad question loads its good ones and says which was skipped and why."""
    result = check(
        GOOD
        + """\
  - id: bad
    type: single
    prompt: p
    choices: [x, y]
    answer: z
"""
    )
    assert result.bank is not None
    assert [q.id for q in result.bank.questions] == ["q1"]
    assert [s.question_id for s in result.skipped] == ["bad"]
    assert "not one of the choices" in result.skipped[0].reasons[0].message


def test_duplicate_question_ids_are_errors() -> None:
    """Two questions with one id: the second is reported with the first one's line."""
    result = check(GOOD + GOOD.split("questions:\n", 1)[1])
    assert any("the id 'q1' is already used by the question on line 4" in m for m in errors(result))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("type: single\n    prompt: p\n    choices: [a]\n    answer: a", "at least 2 entries"),
        (
            "type: single\n    prompt: p\n    choices: [a, b, c, d, e, f, g, h, i, j, k]\n"
            "    answer: a",
            "at most 10 entries",
        ),
        ("type: single\n    prompt: p\n    choices: [a, a]\n    answer: a", "appears twice"),
        ("type: order\n    prompt: p\n    items: [a]", "at least 2 entries"),
        ("type: match\n    prompt: p\n    pairs: {a: b}", "at least 2 entries"),
        ("type: numeric\n    prompt: p\n    answer: abc", "must be a number"),
        ("type: numeric\n    prompt: p\n    answer: '1998'", "remove the quotes"),
        ("type: numeric\n    prompt: p\n    answer: 5\n    tolerance: -1", "cannot be negative"),
        ("type: true_false\n    prompt: p\n    answer: maybe", "must be true or false"),
        ("type: true_false\n    prompt: p\n    answer: 'true'", "without quotes"),
        ("type: short\n    prompt: p\n    answer: x\n    typos: 9", "from 0 to 3"),
        ("type: short\n    prompt: p\n    choices: [a, b]\n    answer: a", "does not belong"),
        ("type: single\n    prompt: p\n    choices: [a, b]\n    answer: [a, b]", "type: multiple"),
        ("type: multiple\n    prompt: p\n    choices: [a, b]\n    answer: a", "is a list"),
        ("type: order\n    prompt: p\n    items: [a, b]\n    answer: a", "no `answer:`"),
        ("type: sngle\n    prompt: p", "did you mean 'single'"),
        ("type: single\n    choices: [a, b]\n    answer: a", "`prompt:` is missing"),
        ("prompt: p\n    answer: a", "no `type:`"),
        ("type: single\n    prompt: [a, list]\n    choices: [a, b]\n    answer: a", "must be text"),
        ("type: single\n    prompt: ''\n    choices: [a, b]\n    answer: a", "is empty"),
        ("type: single\n    prompt: p\n    answer: a", "`choices:` is missing"),
        ("type: short\n    prompt: p\n    answer: x\n    tags: history", "must be a list"),
        ("type: short\n    prompt: p\n    answer: x\n    difficulty: hardest", "must be one of"),
        ("type: short\n    prompt: p\n    answer: x\n    time_limit: 0", "more than 0"),
        (
            "type: short\n    prompt: p\n    answer: x\n    points: lots",
            "must be a number, not 'lots'",
        ),
        ("type: match\n    prompt: p\n    pairs: [a, b]", "`left: right` lines"),
    ],
)
def test_each_rule_is_an_error_with_the_question_id(question: str, expected: str) -> None:
    """Each broken field is its own error, located and naming the question."""
    result = check(f"title: T\nquestions:\n  - id: qx\n    {question}\n    explanation: e\n")
    errs = errors(result)
    assert any(expected in e and e.endswith("[qx]") for e in errs), errs
    assert result.bank is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("# only a comment\n", "the file is empty"),
        ("- id: q1\n  type: single\n", "the file starts with a list"),
        ("just some text\n", "must be a set of `key: value` lines"),
        ("title: T\nquestions:\n\t- id: q1\n", "a tab is used for indentation"),
        ("title: T\n---\ntitle: U\n", "more than one YAML document"),
        ("title: [unclosed\n", "not valid YAML"),
        ("title: T\n", "`questions:` is missing"),
        ("title: T\nquestions: []\n", "`questions` is empty"),
        ("title: T\nquestions: yes\n", "`questions` must be a list"),
        ("title: T\x00\n", "contains NUL bytes"),
    ],
)
def test_file_level_mistakes_are_clear_errors(text: str, expected: str) -> None:
    """Empty files, lists, tabs and broken YAML get one plain message with a position."""
    result = check(text)
    assert result.bank is None
    assert any(expected in e for e in errors(result)), errors(result)
    assert all(e.startswith("bank.yaml:") for e in errors(result))


def test_python_tags_are_refused_and_nothing_is_constructed() -> None:
    """A `!!python/object` tag is an error; no Python object is ever built from the file."""
    result = check(
        """
        title: !!python/object/apply:os.system ["echo pwned"]
        questions: []
        """
    )
    assert any("'!!python/object/apply:os.system' is not allowed" in e for e in errors(result))


def test_billion_laughs_is_rejected_quickly() -> None:
    """Nested aliases that would expand to billions of entries fail fast with a clear message."""
    import time

    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 12):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    text = "\n".join(lines) + "\ntitle: T\nquestions:\n  - id: q\n    type: order\n"
    text += "    prompt: p\n    items: *l\n"
    start = time.perf_counter()
    result = check(text)
    assert time.perf_counter() - start < 1.0
    assert result.bank is None
    assert errors(result)


def test_deep_nesting_is_refused_without_a_crash() -> None:
    """A file nested thousands deep gets a message, not a RecursionError."""
    result = check("title: " + "[" * 50_000 + "]" * 50_000 + "\n")
    assert any("nested too deeply" in e for e in errors(result))


def test_invalid_utf8_is_reported_with_its_line() -> None:
    """Bytes that are not UTF-8 give a line number and a fix, not a UnicodeDecodeError."""
    from quizapp.bank import check_bytes

    result = check_bytes(b"title: T\nquestions:\n  - id: caf\xe9\n", "bank.yaml")
    assert [p.format() for p in result.problems] == [
        "bank.yaml:3:12: error: the file is not UTF-8 text; save it as UTF-8 in your editor"
    ]


def test_files_over_the_size_limit_are_rejected() -> None:
    """A file over 2 MB is refused before parsing."""
    from quizapp.bank import check_bytes

    result = check_bytes(b"# " + b"x" * (2 * 1024 * 1024), "big.yaml")
    assert "a bank may be at most 2 MB" in result.problems[0].message


def test_missing_explanation_is_a_warning_not_an_error() -> None:
    """A question without explanation still loads, with a warning."""
    result = check(GOOD.replace("    explanation: Because.\n", ""))
    assert result.bank is not None
    assert [p.severity.value for p in result.problems] == ["warning"]
    assert "no `explanation:`" in result.problems[0].message


def test_every_type_builds_its_answer() -> None:
    """Each of the seven types yields the answer fields the quiz engine needs."""
    result = check(
        """
        title: T
        defaults: {time_limit: 45, points: 2}
        questions:
          - {id: s, type: single, prompt: p, choices: [a, b], answer: b, explanation: e}
          - {id: m, type: multiple, prompt: p, choices: [a, b, c], answer: [a, c], explanation: e}
          - {id: t, type: true_false, prompt: p, answer: no, explanation: e}
          - {id: h, type: short, prompt: p, answer: [San Francisco, SF], typos: 1, explanation: e}
          - {id: n, type: numeric, prompt: p, answer: 1998, tolerance: 0.5, explanation: e}
          - {id: o, type: order, prompt: p, items: [x, y, z], explanation: e, time_limit: 90}
          - {id: k, type: match, prompt: p, pairs: {A: 1, B: 2}, explanation: e, points: 3}
        """
    )
    assert result.problems == ()
    bank = result.bank
    assert bank is not None
    s, m, t, h, n, o, k = bank.questions
    assert [q.type for q in bank.questions] == list(QuestionType)
    assert s.correct_choices == ("b",)
    assert m.correct_choices == ("a", "c")
    assert t.truth is False
    assert (h.accepted, h.typos) == (("San Francisco", "SF"), 1)
    assert (n.number, n.number_text, n.tolerance) == (1998.0, "1998", 0.5)
    assert o.items == ("x", "y", "z")
    assert k.pairs == (("A", "1"), ("B", "2"))
    assert (bank.time_limit_for(o), bank.time_limit_for(s)) == (90, 45)
    assert (bank.points_for(k), bank.points_for(s)) == (3, 2)


def test_merge_keys_let_teachers_share_settings() -> None:
    """`<<: *base` copies shared keys into a question; its own keys win."""
    result = check(
        """
        title: T
        questions:
          - &base {id: a, type: true_false, prompt: p, answer: true, explanation: e, tags: [x]}
          - <<: *base
            id: b
            answer: false
        """
    )
    assert result.problems == ()
    assert result.bank is not None
    assert [(q.id, q.truth, q.tags) for q in result.bank.questions] == [
        ("a", True, ("x",)),
        ("b", False, ("x",)),
    ]


def test_a_draft_question_is_a_warning_at_its_tags() -> None:
    """A question tagged `draft` loads, and the checker says it is still to be reviewed."""
    result = check(
        """
        title: T
        questions:
          - {id: a, type: true_false, prompt: p, answer: true, explanation: e, tags: [draft, x]}
          - {id: b, type: true_false, prompt: p, answer: true, explanation: e, tags: [drafts]}
        """
    )
    assert result.bank is not None and len(result.bank.questions) == 2
    assert [(p.question_id, p.is_error, p.message) for p in result.problems] == [
        (
            "a",
            False,
            "this question is a draft: check it against the text, correct or delete it, "
            "then remove the `draft` tag",
        )
    ]
