"""Importing and writing GIFT: every construct the issue names, as Moodle's importer reads them."""

from __future__ import annotations

import textwrap

import pytest

from quizapp.convert.gift import escape, read_gift

GIFT = textwrap.dedent("""\
    // a comment line
    $CATEGORY: $course$/top/Rivers

    ::Grant::Who's buried in Grant's tomb?{~Grant ~Jefferson =no one#Right!####Nobody is buried; they are entombed.}

    ::Primes::Which are prime?{~%50%2 ~%50%3 ~%-100%4}

    Grant is {~buried =entombed ~living} in Grant's tomb.

    ::TF::Grant was born in 1822.{T}

    Grant is buried in Grant's tomb.{FALSE#wrong#right}

    ::Short::Who's buried there?{=no one =nobody =%50%nobody at all}

    ::Num::When was Grant born?{#1822:5}

    ::Range::A number from 1 to 5?{#1..5}

    ::Match::Match countries and capitals.{=Canada -> Ottawa =Italy -> Rome =Japan -> Tokyo}

    ::Escapes::What is 2\\=1+1 \\{really\\}\\: yes \\# no \\~ maybe?{=a\\:b}

    ::Html::[html]<p>Is <b>this</b> bold?</p>{TRUE}

    ::Markdown::[markdown]Is *this* plain?{TRUE}

    ::Essay::Write about Grant.{}

    ::Description::Just some text.

    ::Order::Put in order.{>3 ALL VERTICAL ALL_OR_NOTHING SHOW
    first
    second
    third
    }
""")


@pytest.fixture
def parsed() -> tuple[dict[str, dict[str, object]], list[str]]:
    imported = read_gift(GIFT, "q.gift", "q")
    return {str(q["id"]): q for q in imported.questions}, [p.format() for p in imported.problems]


def test_gift_constructs_map_onto_our_types(parsed) -> None:  # type: ignore[no-untyped-def]
    """`{=a ~b}`, `~%50%`, missing word, `{T}`/`{FALSE}`, `=` answers, `{#3:2}`, `{#1..5}`,
    `->` pairs, `####` feedback, `::title::`, `$CATEGORY` and the ordering syntax."""
    q, _ = parsed
    assert q["grant"] == {
        "id": "grant", "type": "single", "prompt": "Who's buried in Grant's tomb?",
        "choices": ["Grant", "Jefferson", "no one"], "answer": "no one",
        "explanation": "Nobody is buried; they are entombed.", "tags": ["Rivers"],
    }  # fmt: skip
    assert q["primes"]["type"] == "multiple" and q["primes"]["answer"] == ["2", "3"]
    missing = next(v for v in q.values() if str(v["prompt"]).startswith("Grant is _____"))
    assert (
        missing["prompt"] == "Grant is _____ in Grant's tomb." and missing["answer"] == "entombed"
    )
    assert q["tf"]["answer"] is True
    assert any(v["answer"] is False and v["type"] == "true_false" for v in q.values())
    assert q["short"]["answer"] == ["no one", "nobody"]
    assert (q["num"]["answer"], q["num"]["tolerance"]) == (1822.0, 5.0)
    assert (q["range"]["answer"], q["range"]["tolerance"]) == (3.0, 2.0)
    assert q["match"]["pairs"] == {"Canada": "Ottawa", "Italy": "Rome", "Japan": "Tokyo"}
    assert q["order"]["items"] == ["first", "second", "third"]


def test_escapes_and_formats_become_plain_text(parsed) -> None:  # type: ignore[no-untyped-def]
    """`\\= \\{ \\} \\: \\# \\~` are literal characters; `[html]` becomes plain text."""
    q, _ = parsed
    assert q["escapes"]["prompt"] == "What is 2=1+1 {really}: yes # no ~ maybe?"
    assert q["escapes"]["answer"] == ["a:b"]
    assert q["html"]["prompt"] == "Is this bold?"
    assert q["markdown"]["prompt"] == "Is *this* plain?"


def test_what_gift_has_and_we_lack_is_a_located_warning(parsed) -> None:  # type: ignore[no-untyped-def]
    """Partial answers, essays and descriptions are named with their line; the rest converts."""
    q, problems = parsed
    assert (
        "q.gift:14:1: warning: the answer 'nobody at all' is worth 50%; left out [Short]"
        in problems
    )
    assert (
        "q.gift:28:1: warning: skipped the essay question: an essay is marked by a teacher, and our questions are marked automatically [Essay]"
        in problems
    )
    assert any(p.startswith("q.gift:30:1: warning: skipped the description") for p in problems)
    assert "essay" not in q and "description" not in q
    assert (
        "q.gift:4:1: warning: the feedback for the answer 'no one' is left out (our questions have one explanation, not one per answer) [Grant]"
        in problems
    )
    assert (
        "q.gift:12:1: warning: the feedback for the answers is left out (our questions have one explanation, not one per answer)"
        in problems
    )


def test_missing_brace_is_a_located_error() -> None:
    """A question with `{` but no `}` is an error on its line; the next question converts."""
    imported = read_gift("::A::Broken {=x\n\n::B::Fine?{TRUE}\n", "q.gift", "q")
    assert [p.format()[:23] for p in imported.problems] == ["q.gift:1:1: error: a `{"]
    assert [q["id"] for q in imported.questions] == ["b"]


@pytest.mark.parametrize("text", ["a=b", "x{y}z", "c:d#e~f", "back\\slash", "two\nlines"])
def test_escape_is_read_back_exactly(text: str) -> None:
    """What `escape` writes, the importer reads back as the same text (Moodle's repchar)."""
    imported = read_gift(f"::Q::{escape(text)}{{=answer}}", "q.gift", "q")
    assert imported.questions[0]["prompt"] == text
