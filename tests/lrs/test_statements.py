"""xAPI statements built from real classroom results: valid xAPI 1.0.3 by an independent
validator, one per answer plus the attempt's own, with deterministic ids and the answers' own
times, interaction definitions per question type, and learners never named by e-mail."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

import pytest
from pydantic import ValidationError

from quizapp.bank import Library
from quizapp.classroom import AttemptResult, read_result
from quizapp.classroom.results import result_files
from quizapp.lrs.statements import (
    ANSWERED,
    COMPLETED,
    FAILED,
    INTERACTION,
    PASSED,
    TERMINATED,
    Profile,
    attempt_statements,
    component_id,
    duration,
    questions_in,
)
from tests.lrs.conftest import sit_class
from tests.lrs.xapi import validate

SCHOOL = Profile("https://school.example")


@pytest.fixture(scope="module")
def sat(tmp_path_factory: pytest.TempPathFactory, library: Library) -> Path:
    """Six learners sat the whole bank; learner 2 left after 5 answers."""
    root = tmp_path_factory.mktemp("class")
    sit_class(root, library, 6, leave_after={2: 5})
    return root


def results(root: Path) -> list[AttemptResult]:
    return [read_result(p) for p in result_files(root / "results")]


def test_every_statement_of_a_class_validates_against_xapi_1_0_3(
    sat: Path, library: Library
) -> None:
    """All seven question types, right, wrong and blank answers, finished and interrupted
    attempts, by name and by pseudonym, with a pass mark: Ralph's xAPI models accept each."""
    profiles = [SCHOOL, Profile("https://school.example/", b"k" * 32, pass_mark=0.5)]
    seen_types = set()
    count = 0
    for profile in profiles:
        for result in results(sat):
            for statement in attempt_statements(result, profile, questions_in(library.banks)):
                validate(statement)
                count += 1
                definition = statement["object"].get("definition", {})
                seen_types.add(definition.get("interactionType"))
    assert seen_types >= {
        "choice",
        "true-false",
        "fill-in",
        "numeric",
        "sequencing",
        "matching",
    }
    assert count > 6 * 2 * 40


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("actor", "account", "homePage"), "not a web address"),
        (("verb", "id"), "answered"),
        (("context", "registration"), "attempt-1"),
        (("result", "duration"), "12 seconds"),
        (("result", "score", "scaled"), 1.5),
        (("object", "definition", "choices", 0, "id"), "has space"),
        (("timestamp",), "yesterday"),
    ],
)
def test_the_validator_rejects_a_broken_statement(
    sat: Path, library: Library, path: tuple[object, ...], value: object
) -> None:
    """The validator is not a rubber stamp: one wrong field fails it."""
    [choice] = [
        s
        for s in attempt_statements(results(sat)[0], SCHOOL, questions_in(library.banks))
        if s["object"].get("definition", {}).get("interactionType") == "choice"
        and "response" in s.get("result", {})
    ][:1]
    broken = copy.deepcopy(choice)
    node = broken
    for key in path[:-1]:
        node = node[key]  # type: ignore[index]
    node[path[-1]] = value  # type: ignore[index]
    validate(choice)
    with pytest.raises(ValidationError):
        validate(broken)


def test_one_answered_statement_per_answer_then_completed_with_the_attempt_score(
    sat: Path, library: Library
) -> None:
    """Each answer becomes an `answered` statement about that question, with its response,
    success, partial score and time; the attempt ends with `completed` and raw/min/max."""
    result = next(r for r in results(sat) if not r.interrupted)
    statements = attempt_statements(result, SCHOOL, questions_in(library.banks))
    answered = [s for s in statements if s["verb"]["id"] == ANSWERED]
    assert len(answered) == len(result.answers)
    for statement, item in zip(answered, result.answers, strict=True):
        assert statement["object"]["id"].endswith(
            f"/banks/{item.bank_id}/questions/{item.question_id}"
        )
        assert statement["object"]["definition"]["type"] == INTERACTION
        assert statement["object"]["definition"]["name"] == {"und": item.prompt}
        assert statement["result"]["success"] is item.correct
        assert statement["result"]["score"]["scaled"] == round(item.score, 4)
        assert statement["result"]["duration"] == duration(item.time_ms)
        assert statement["timestamp"] == item.answered_at
        assert ("response" in statement["result"]) == (item.response is not None)
        assert statement["context"]["contextActivities"]["parent"][0]["id"].endswith(
            "/presets/week3"
        )
    [last] = statements[len(answered) :]
    assert last["verb"]["id"] == COMPLETED
    assert last["result"]["completion"] is True
    assert last["result"]["score"] == {
        "scaled": round(result.score, 4),
        "raw": round(result.points_earned, 4),
        "min": 0,
        "max": round(result.points_possible, 4),
    }
    assert last["timestamp"] == result.ended_at.isoformat()


def test_an_interrupted_attempt_is_terminated_never_completed(sat: Path, library: Library) -> None:
    """The learner who left: five answers and `terminated`, with no `completed`/`passed`."""
    result = next(r for r in results(sat) if r.interrupted)
    profile = Profile("https://school.example", pass_mark=0.5)
    verbs = [s["verb"]["id"] for s in attempt_statements(result, profile)]
    assert verbs == [ANSWERED] * 5 + [TERMINATED]


def test_a_pass_mark_adds_passed_or_failed_by_the_attempt_score(sat: Path) -> None:
    """With a pass mark, each finished attempt gets `passed` or `failed` after `completed`."""
    finished = [r for r in results(sat) if not r.interrupted]
    for result in finished:
        for mark in (0.0, 1.01):
            statements = attempt_statements(result, Profile("https://s.example", pass_mark=mark))
            assert statements[-2]["verb"]["id"] == COMPLETED
            assert statements[-1]["verb"]["id"] == (PASSED if mark == 0.0 else FAILED)
            assert statements[-1]["result"]["success"] is (mark == 0.0)


def test_statements_are_the_same_every_time_they_are_built(sat: Path, library: Library) -> None:
    """Building from the results file twice (as `lrs send` after live sending does) gives the
    same ids and bytes; ids differ between attempts and are UUIDs; registration is the attempt."""
    lookup = questions_in(library.banks)
    ids: set[str] = set()
    for result in results(sat):
        first = attempt_statements(result, SCHOOL, lookup)
        again = attempt_statements(
            read_result(next((sat / "results").glob(result.file_name))), SCHOOL, lookup
        )
        assert json.dumps(first) == json.dumps(again)
        for statement in first:
            assert uuid.UUID(statement["id"]).version == 5
            assert statement["context"]["registration"] == str(uuid.UUID(result.attempt_id))
        ids |= {s["id"] for s in first}
    assert len(ids) == sum(len(attempt_statements(r, SCHOOL)) for r in results(sat))


def test_the_actor_is_an_account_by_name_or_keyed_pseudonym_never_an_email(sat: Path) -> None:
    """By name: the school's home page and the learner. With a key: `p-` and a hash that the
    same key maps to the same learner and another key does not; no mbox anywhere."""
    result = results(sat)[0]
    by_name = attempt_statements(result, SCHOOL)[0]["actor"]
    assert by_name == {
        "objectType": "Agent",
        "account": {"homePage": "https://school.example", "name": result.learner_key},
    }
    a = attempt_statements(result, Profile("https://school.example", b"key-one"))[0]["actor"]
    b = attempt_statements(result, Profile("https://school.example", b"key-two"))[0]["actor"]
    again = attempt_statements(result, Profile("https://school.example", b"key-one"))[0]["actor"]
    assert a == again and a != b
    assert a["account"]["name"].startswith("p-") and result.learner_key not in json.dumps(a)
    for r in results(sat):
        for s in attempt_statements(r, Profile("https://school.example", b"key-one")):
            text = json.dumps(s)
            assert "mbox" not in text and r.learner not in text


def test_interaction_definitions_follow_each_question_type(library: Library) -> None:
    """Choice, true-false, fill-in (case-insensitive accepted answers), numeric range,
    sequencing and matching carry the correct-response patterns cmi.interaction defines."""
    from quizapp.lrs.statements import _interaction

    bank = library.banks[0]
    by_type = {q.type.value: q for q in bank.questions}
    single = _interaction(by_type["single"])
    assert single["correctResponsesPattern"] == [component_id(by_type["single"].correct_choices[0])]
    assert [c["description"]["und"] for c in single["choices"]] == list(by_type["single"].choices)
    multiple = by_type["multiple"]
    assert _interaction(multiple)["correctResponsesPattern"][0].split("[,]") == [
        component_id(c) for c in multiple.choices if c in multiple.correct_choices
    ]
    tf = by_type["true_false"]
    assert _interaction(tf)["correctResponsesPattern"] == ["true" if tf.truth else "false"]
    short = by_type["short"]
    assert _interaction(short)["correctResponsesPattern"] == [
        "{case_matters=false}" + a for a in short.accepted
    ]
    numeric = by_type["numeric"]
    low, high = _interaction(numeric)["correctResponsesPattern"][0].split("[:]")
    assert float(low) <= numeric.number <= float(high)  # type: ignore[operator]
    order = by_type["order"]
    assert _interaction(order)["correctResponsesPattern"] == [
        "[,]".join(component_id(i) for i in order.items)
    ]
    match = _interaction(by_type["match"])
    assert {c["description"]["und"] for c in match["source"]} == {
        a for a, _ in by_type["match"].pairs
    }
    assert match["correctResponsesPattern"][0].count("[.]") == len(by_type["match"].pairs)


def test_component_ids_have_no_whitespace_and_are_never_empty() -> None:
    """Ralph rejects empty or spaced component ids: texts in any script give a usable id."""
    for text in ("Baku", "  ", "", "Гейдар Алиев", "1991 – 1993", "a\tb"):
        cid = component_id(text)
        assert cid and not any(ch.isspace() for ch in cid)
    assert component_id("Baku") != component_id("baku")


@pytest.mark.parametrize(
    ("ms", "text"),
    [(0, "PT0S"), (12_340, "PT12.34S"), (61_000, "PT1M1S"), (3_723_450, "PT1H2M3.45S")],
)
def test_durations_are_iso_8601(ms: int, text: str) -> None:
    """Time on a question or an attempt is written as an ISO 8601 duration."""
    assert duration(ms) == text
