"""xAPI 1.0.3 statements for one classroom attempt, built from its results file alone.

Per answered question an `answered` statement whose object is a `cmi.interaction` activity (its
definition - choices, correct responses - comes from the bank when the bank file is still the
one the attempt used); per attempt `completed` (and `passed` / `failed` with a pass mark) or,
for an interrupted attempt, `terminated`. Every id is a UUID v5 of the attempt id and the
statement's place in it, and every timestamp is the answer's own time, so building the same
attempt twice gives the same statements byte for byte: sending twice stores nothing twice.

Learners are `account {homePage, name}` actors, by name or by a keyed hash the school can map
back (`Profile.pseudonym_key`); never an e-mail address.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from quizapp import __version__
from quizapp.bank.model import Bank, Question, QuestionType
from quizapp.classroom.files import slug
from quizapp.classroom.results import AttemptResult, ItemResult
from quizapp.quiz.numbers import format_number

Statement = dict[str, Any]
QuestionLookup = Callable[[str, str], Question | None]

VERSION = "1.0.3"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ANSWERED = ADL_VERBS + "answered"
COMPLETED = ADL_VERBS + "completed"
PASSED = ADL_VERBS + "passed"
FAILED = ADL_VERBS + "failed"
TERMINATED = ADL_VERBS + "terminated"
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
COURSE = "http://adlnet.gov/expapi/activities/course"
LANG = "und"  # results files do not record the bank's language: "undetermined" (BCP 47)

# The namespace of every statement id quizapp makes (a fixed, random UUID).
NAMESPACE = uuid.UUID("6f1d3c2a-8b4e-5a7f-9c0d-2e4b6a8c1f35")

_INTERACTION_TYPE = {
    QuestionType.SINGLE: "choice",
    QuestionType.MULTIPLE: "choice",
    QuestionType.TRUE_FALSE: "true-false",
    QuestionType.SHORT: "fill-in",
    QuestionType.NUMERIC: "numeric",
    QuestionType.ORDER: "sequencing",
    QuestionType.MATCH: "matching",
}


@dataclass(frozen=True, slots=True)
class Profile:
    """How statements name the school, its learners and its things.

    `home_page` is the school's web address: the actors' `account.homePage` and the root of
    every activity IRI. With `pseudonym_key` a learner is a keyed hash of their name, which the
    school (holding the key) can map back and nobody else can. `pass_mark` (0..1) adds
    `passed` / `failed` to each finished attempt."""

    home_page: str
    pseudonym_key: bytes | None = field(default=None, repr=False)
    pass_mark: float | None = None

    @property
    def base(self) -> str:
        return self.home_page.rstrip("/") + "/quizapp"


def statement_id(attempt_id: str, part: str) -> str:
    """The id of the statement `part` of an attempt: the same every time it is built."""
    return str(uuid.uuid5(NAMESPACE, f"{attempt_id}/{part}"))


def registration(attempt_id: str) -> str:
    """The attempt's UUID (results files carry one); any other text is mapped to one."""
    try:
        return str(uuid.UUID(attempt_id))
    except ValueError:
        return str(uuid.uuid5(NAMESPACE, f"attempt/{attempt_id}"))


def actor_name(learner_key: str, profile: Profile) -> str:
    """The learner's account name: their name, or `p-` and a keyed hash of it."""
    if profile.pseudonym_key is None:
        return learner_key
    digest = hmac.new(profile.pseudonym_key, learner_key.encode("utf-8"), hashlib.sha256)
    return "p-" + digest.hexdigest()[:32]


def duration(ms: int) -> str:
    """Milliseconds as an ISO 8601 duration to the hundredth of a second xAPI keeps: PT12.34S."""
    centis = max(0, round(ms / 10))
    seconds, hundredths = divmod(centis, 100)
    hours, seconds = divmod(seconds, 3600)
    minutes, seconds = divmod(seconds, 60)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    return text + (f"{seconds}.{hundredths:02d}S" if hundredths else f"{seconds}S")


@functools.lru_cache(maxsize=4096)
def component_id(text: str) -> str:
    """An interaction component's id from its text: readable, never empty, no whitespace, and
    the same whether or not the bank is at hand (responses hold texts, not positions)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{slug(text, 'c', 20)}-{digest}"


def questions_in(banks: Mapping[str, Bank] | Sequence[Bank]) -> QuestionLookup:
    """A question lookup over `banks` (by bank id)."""
    listed = banks.values() if isinstance(banks, Mapping) else banks
    by_id: dict[str, Bank] = {b.id: b for b in listed}

    def lookup(bank_id: str, question_id: str) -> Question | None:
        bank = by_id.get(bank_id)
        return bank.question(question_id) if bank is not None else None

    return lookup


def no_questions(bank_id: str, question_id: str) -> None:
    """A lookup for when no bank is at hand: statements carry no correct responses."""
    return None


def attempt_statements(
    result: AttemptResult, profile: Profile, questions: QuestionLookup = no_questions
) -> list[Statement]:
    """Every statement of one attempt, in order: one per answer, then the attempt's own."""
    return list(_attempt_statements(result, profile, questions))


def _attempt_statements(
    result: AttemptResult, profile: Profile, questions: QuestionLookup
) -> Iterator[Statement]:
    actor = {
        "objectType": "Agent",
        "account": {
            "homePage": profile.home_page,
            "name": actor_name(result.learner_key or result.learner, profile),
        },
    }
    quiz = _quiz_activity(result, profile)
    grouping = [_bank_activity(b.id, b.title, profile) for b in result.banks]
    answer_context = _context(result, [quiz], grouping)  # shared: statements are only read
    for position, item in enumerate(result.items):
        if not item.answered:
            continue
        question = questions(item.bank_id, item.question_id)
        if question is not None and question.type.value != item.question_type:
            question = None  # the bank changed under the attempt: trust only the file
        yield {
            "id": statement_id(result.attempt_id, f"answer/{position}"),
            "actor": actor,
            "verb": _verb(ANSWERED, "answered"),
            "object": _question_activity(item, question, profile),
            "result": _answer_result(item),
            "context": answer_context,
            "timestamp": item.answered_at or _when(result),
            "version": VERSION,
        }
    score = {
        "scaled": round(result.score, 4),
        "raw": round(result.points_earned, 4),
        "min": 0,
        "max": round(result.points_possible, 4),
    }
    context = _context(result, [], grouping)
    spent = duration(result.time_used_ms)

    def ending(word: str, outcome: dict[str, Any]) -> Statement:
        return {
            "id": statement_id(result.attempt_id, word),
            "actor": actor,
            "verb": _verb(ADL_VERBS + word, word),
            "object": quiz,
            "result": {"score": score, **outcome, "duration": spent},
            "context": context,
            "timestamp": _when(result),
            "version": VERSION,
        }

    if result.interrupted:
        yield ending("terminated", {"completion": False})
        return
    yield ending("completed", {"completion": True})
    if profile.pass_mark is not None:
        passed = result.score >= profile.pass_mark - 1e-9
        yield ending("passed" if passed else "failed", {"success": passed, "completion": True})


def statements_bytes(statements: Sequence[Statement]) -> bytes:
    """A batch as the JSON an LRS takes (compact UTF-8)."""
    return json.dumps(statements, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- parts ---------------------------------------------------------------------------------------


def _when(result: AttemptResult) -> str:
    return result.ended_at.isoformat()


def _verb(iri: str, word: str) -> dict[str, Any]:
    return {"id": iri, "display": {"en-US": word}}


def _name(text: str, fallback: str) -> dict[str, str]:
    return {LANG: text.strip() or fallback}


def _iri(profile: Profile, *parts: str) -> str:
    return "/".join([profile.base, *map(_segment, parts)])


@functools.lru_cache(maxsize=8192)
def _segment(text: str) -> str:
    """`text` as one IRI path segment (ids repeat across thousands of statements)."""
    return quote(text, safe="")


def _quiz_activity(result: AttemptResult, profile: Profile) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": _iri(profile, "presets", result.preset.id),
        "definition": {
            "type": ASSESSMENT,
            "name": _name(result.preset.title, result.preset.id),
        },
    }


def _bank_activity(bank_id: str, title: str, profile: Profile) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": _iri(profile, "banks", bank_id),
        "definition": {"type": COURSE, "name": _name(title, bank_id)},
    }


def _context(
    result: AttemptResult, parent: list[dict[str, Any]], grouping: list[dict[str, Any]]
) -> dict[str, Any]:
    activities: dict[str, Any] = {}
    if parent:
        activities["parent"] = parent
    if grouping:
        activities["grouping"] = grouping
    context: dict[str, Any] = {
        "registration": registration(result.attempt_id),
        "platform": f"quizapp {result.app_version or __version__}",
    }
    if activities:
        context["contextActivities"] = activities
    return context


def _question_activity(
    item: ItemResult, question: Question | None, profile: Profile
) -> dict[str, Any]:
    definition: dict[str, Any] = {
        "type": INTERACTION,
        "name": _name(item.prompt, item.question_id),
    }
    kind = _kind(item.question_type)
    if kind is not None:
        definition["interactionType"] = _INTERACTION_TYPE[kind]
    if question is not None:
        definition |= _interaction(question)
    return {
        "objectType": "Activity",
        "id": _iri(profile, "banks", item.bank_id, "questions", item.question_id),
        "definition": definition,
    }


def _kind(question_type: str) -> QuestionType | None:
    try:
        return QuestionType(question_type)
    except ValueError:
        return None


def _components(texts: Sequence[str]) -> list[dict[str, Any]]:
    return [{"id": component_id(t), "description": _name(t, "?")} for t in dict.fromkeys(texts)]


def _interaction(q: Question) -> dict[str, Any]:
    """The definition parts of a `cmi.interaction` for `q`: components and correct responses."""
    t = q.type
    if t in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        right = [component_id(c) for c in q.choices if c in q.correct_choices]
        return {"choices": _components(q.choices), "correctResponsesPattern": ["[,]".join(right)]}
    if t is QuestionType.TRUE_FALSE:
        return {"correctResponsesPattern": ["true" if q.truth else "false"]}
    if t is QuestionType.SHORT:
        accepted = [a for a in q.accepted if a.strip()]
        return {"correctResponsesPattern": [f"{{case_matters=false}}{a}" for a in accepted]}
    if t is QuestionType.NUMERIC:
        if q.number is None:
            return {}
        low, high = q.number - q.tolerance, q.number + q.tolerance
        return {"correctResponsesPattern": [f"{format_number(low)}[:]{format_number(high)}"]}
    if t is QuestionType.ORDER:
        return {
            "choices": _components(q.items),
            "correctResponsesPattern": ["[,]".join(component_id(i) for i in q.items)],
        }
    lefts = [left for left, _ in q.pairs]
    rights = [right for _, right in q.pairs]
    pattern = "[,]".join(f"{component_id(a)}[.]{component_id(b)}" for a, b in q.pairs)
    return {
        "source": _components(lefts),
        "target": _components(rights),
        "correctResponsesPattern": [pattern],
    }


def _answer_result(item: ItemResult) -> dict[str, Any]:
    out: dict[str, Any] = {}
    response = cmi_response(item.question_type, item.response)
    if response:
        out["response"] = response
    out |= {
        "success": item.correct,
        "completion": True,
        "score": {"scaled": round(item.score, 4)},
        "duration": duration(item.time_ms),
    }
    return out


def cmi_response(question_type: str, response: object) -> str | None:
    """The learner's response in the cmi.interaction response format of its type, or None for
    a blank answer. Built from the results file's JSON form (texts, never positions)."""
    if response is None:
        return None
    kind = _kind(question_type)
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, str):
        if not response.strip():
            return None
        if kind is QuestionType.SINGLE:
            return component_id(response)
        return response
    if isinstance(response, list):
        texts = [str(x) for x in response]
        if kind is QuestionType.MULTIPLE and not texts:
            return None
        return "[,]".join(component_id(x) for x in texts) or None
    if isinstance(response, dict):
        pairs = [f"{component_id(str(a))}[.]{component_id(str(b))}" for a, b in response.items()]
        return "[,]".join(pairs) or None
    return None
