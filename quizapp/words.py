"""The words and numbers a person reads, made in one place: counts, percentages, durations, and
the sentences for the reasons the core reports as codes (a grade's `Reason`, the app's
`Refused`).

The core never writes these sentences itself; it returns codes with their numbers, and the GUI,
the terminal commands and the class report all ask here. Plain Python, no Qt, so every layer
that shows text to a person can use it.

Translation: every sentence goes through a `Context`'s `tr(text, disambiguation, n)`, named
after the variable that holds it (`words = Context("words")`, then `words.tr("...")`):
`pyside6-lupdate` finds `NAME.tr("literal", ..., n)` calls, takes NAME as the context and, with
`n`, makes the message a plural one (it does not for a 4-argument `translate`). The app
replaces the translator at start (`install`) with Qt's (`quizapp.ui.i18n`). Until then it is
English: `%n` becomes the number and `(s)` a plural ending. Placeholders are named, `{hits}`,
filled after translating, so a translation may put them in any order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, NamedTuple

from quizapp import files

if TYPE_CHECKING:
    from quizapp.app.refused import Refused
    from quizapp.quiz.scoring import Grade

# (context, text, disambiguation, n) -> the text a person reads
Translator = Callable[[str, str, "str | None", int], str]

_PLURAL_ENDING = re.compile(r"\((s|es)\)")


def english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with `%n` filled and `(s)` made singular or plural by `n`."""
    del context, disambiguation
    if n < 0:
        return text
    return _PLURAL_ENDING.sub("" if n == 1 else r"\1", text).replace("%n", str(n))


_translator: Translator = english


def install(translator: Translator | None) -> None:
    """Use `translator` for every sentence from now on (None: back to English)."""
    global _translator
    _translator = translator or english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the language chosen at start; `n` picks a plural form and fills `%n`."""
    return _translator(context, text, disambiguation, n)


class Context:
    """The words of one part of the app, for translators: hold it in a variable of the same
    name (`report = Context("report")`) and call `report.tr("literal", ...)` (a test checks
    every context lupdate finds is one the code uses)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` in the language chosen at start; `n` picks a plural form and fills `%n`."""
        return _translator(self.name, text, disambiguation, n)


words = Context("words")


# what the count of each thing is called; one literal each, so lupdate finds every plural
_COUNTED: dict[str, Callable[[int], str]] = {
    "answer": lambda n: words.tr("%n answer(s)", None, n),
    "attempt": lambda n: words.tr("%n attempt(s)", None, n),
    "bank": lambda n: words.tr("%n bank(s)", None, n),
    "day": lambda n: words.tr("%n day(s)", None, n),
    "draft question": lambda n: words.tr("%n draft question(s)", None, n),
    "duplicate": lambda n: words.tr("%n duplicate(s)", None, n),
    "error": lambda n: words.tr("%n error(s)", None, n),
    "file": lambda n: words.tr("%n file(s)", None, n),
    "preset": lambda n: words.tr("%n preset(s)", None, n),
    "problem": lambda n: words.tr("%n problem(s)", None, n),
    "question": lambda n: words.tr("%n question(s)", None, n),
    "result": lambda n: words.tr("%n result(s)", None, n),
    "unreadable file": lambda n: words.tr("%n unreadable file(s)", None, n),
    "warning": lambda n: words.tr("%n warning(s)", None, n),
}


def plural(n: int, word: str, many: str | None = None) -> str:
    """`3 questions`, `1 question`, in the chosen language. `word` is one of `_COUNTED` (a test
    finds every call); another is counted in English (`many` for an irregular plural)."""
    counted = _COUNTED.get(word)
    if counted is None:
        return f"{n} {word if n == 1 else (many or word + 's')}"
    return counted(n)


_DECIMAL_POINT = "."


def use_decimal_point(point: str) -> None:
    """The locale's decimal separator for numbers shown (`,` in German and Spanish)."""
    global _DECIMAL_POINT
    _DECIMAL_POINT = point


def decimal(text: str) -> str:
    """A number already written with a point (`0.25`), with the locale's decimal separator."""
    return text.replace(".", _DECIMAL_POINT) if _DECIMAL_POINT != "." else text


def date_time(moment: datetime) -> str:
    """A date and time in the chosen locale's short format (the app installs QLocale's);
    `2026-03-14 09:05` until then."""
    return _date_format(moment)


def install_date_format(show: Callable[[datetime], str] | None) -> None:
    """Write dates and times with `show` from now on (None: back to `2026-03-14 09:05`)."""
    global _date_format
    _date_format = show or _iso_minutes


def _iso_minutes(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


_date_format: Callable[[datetime], str] = _iso_minutes


def flag(code: str) -> str:
    """A class report's flag on a question (`quizapp.classroom.report.Flag` values)."""
    names = {
        "too easy": words.tr("too easy", "a question's flag"),
        "too hard": words.tr("too hard", "a question's flag"),
        "negative discrimination": words.tr("negative discrimination", "a question's flag"),
    }
    return names.get(code, code)


def percent(fraction: float | None) -> str:
    """0.734 -> `73%` (`73 %` in German); no value -> `—`."""
    if fraction is None:
        return "—"
    return words.tr("{value}%", "a whole percentage").format(value=round(fraction * 100))


def clock_text(seconds: float | None) -> str:
    """Seconds left as m:ss (h:mm:ss past an hour), rounding up, so 0:00 means time is up."""
    if seconds is None:
        return ""
    whole = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def duration(ms: int | None) -> str:
    """Time taken, from milliseconds, to the nearest second as m:ss; no value -> `—`."""
    if ms is None:
        return "—"
    seconds = round(ms / 1000)
    return f"{seconds // 60}:{seconds % 60:02d}"


# How a stored attempt ended, and its mode, in a learner's words (the store keeps codes).


def end_words(code: str | None) -> str:
    """How an attempt ended, from the store's code; None: it has not ended."""
    ends = {
        None: words.tr("not finished", "how an attempt ended"),
        "completed": words.tr("finished", "how an attempt ended"),
        "time_up": words.tr("time ran out", "how an attempt ended"),
        "abandoned": words.tr("ended early", "how an attempt ended"),
        "interrupted": words.tr("interrupted", "how an attempt ended"),
    }
    return ends.get(code) or (code or "").replace("_", " ")


def mode_in_sentence(code: str) -> str:
    """A quiz's mode inside a sentence: "an unfinished {practice} quiz"."""
    modes = {
        "practice": words.tr("practice", "a quiz's mode, inside a sentence"),
        "exam": words.tr("exam", "a quiz's mode, inside a sentence"),
        "mistakes": words.tr("my mistakes", "a quiz's mode, inside a sentence"),
        "review": words.tr("review", "a quiz's mode, inside a sentence"),
    }
    return modes.get(code, code)


def question_type(code: str) -> str:
    """A question's type (`quizapp.bank.QuestionType` values) as a teacher calls it."""
    types = {
        "single": words.tr("single choice", "a question's type"),
        "multiple": words.tr("multiple choice", "a question's type"),
        "true_false": words.tr("true/false", "a question's type"),
        "short": words.tr("short answer", "a question's type"),
        "numeric": words.tr("number", "a question's type"),
        "order": words.tr("order", "a question's type"),
        "match": words.tr("match", "a question's type"),
    }
    return types.get(code, code)


def how_to_answer(code: str) -> str:
    """What a learner does to answer a question of this type, shown beside its points."""
    ways = {
        "single": words.tr("pick one", "how to answer"),
        "multiple": words.tr("tick every right choice", "how to answer"),
        "true_false": words.tr("true or false", "how to answer"),
        "short": words.tr("type a short answer", "how to answer"),
        "numeric": words.tr("type a number", "how to answer"),
        "order": words.tr("put in order", "how to answer"),
        "match": words.tr("match the pairs", "how to answer"),
    }
    return ways.get(code, code)


def shown_answer(text: str) -> str:
    """An answer as the core writes it (`quizapp.quiz.expected_text`, `response_text`), for a
    person: a true/false question's `True` and `False` in the chosen language."""
    if text == "True":
        return words.tr("True", "a true/false answer")
    if text == "False":
        return words.tr("False", "a true/false answer")
    return text


def mode_words(code: str) -> str:
    """A quiz's mode (`quizapp.quiz.Mode` values) as a learner calls it."""
    modes = {
        "practice": words.tr("Practice", "a quiz's mode"),
        "exam": words.tr("Exam", "a quiz's mode"),
        "mistakes": words.tr("My mistakes", "a quiz's mode"),
        "review": words.tr("Due for review", "a quiz's mode"),
    }
    return modes.get(code, code)


# -- why an answer scored as it did (quizapp.quiz.scoring.Reason codes) -----------------------


def _multiple_partial(p: Mapping[str, object]) -> str:
    hits, right, misses, score = p["hits"], p["right"], p["misses"], p["score"]
    assert isinstance(hits, int) and isinstance(misses, int) and isinstance(score, float)
    picked = words.tr(
        "{hits} of the {right} right choices picked and %n wrong pick(s):", None, misses
    )
    sum_ = f"({hits} − {misses}) / {right}"
    if hits < misses:
        sum_ += " " + words.tr("(never below 0)")
    score_text = f"{score:.2f}".replace(".", _DECIMAL_POINT)
    return f"{picked.format(hits=hits, right=right)} {sum_} = {score_text}."


def _article_ignored(p: Mapping[str, object]) -> str:
    articles = p["articles"]
    assert isinstance(articles, tuple)
    quoted = [words.tr("'{text}'", "a quoted word").format(text=a) for a in articles]
    listed = quoted[0]
    if len(quoted) > 1:
        listed = words.tr("{items} or {last}", "a list of alternatives").format(
            items=words.tr(", ", "list separator").join(quoted[:-1]), last=quoted[-1]
        )
    return words.tr("A leading {articles} does not count when answers are compared.").format(
        articles=listed
    )


def _too_many_edits(p: Mapping[str, object]) -> str:
    allowed = p["allowed"]
    assert isinstance(allowed, int)
    if p["short"]:
        text = words.tr(
            "That is {distance} edits from '{closest}'; up to %n edit(s) allowed for an answer "
            "that short.",
            None,
            allowed,
        )
    else:
        text = words.tr(
            "That is {distance} edits from '{closest}'; up to %n edit(s) allowed.",
            None,
            allowed,
        )
    return text.format(distance=p["distance"], closest=p["closest"])


def number_problem(code: str, text: str) -> str:
    """Why typed text is not a number (`quizapp.quiz.NumberError.code`), for the learner."""
    if code == "empty":
        return words.tr("No number was given.")
    if code == "too_large":
        return words.tr("'{text}' is too large a number.").format(text=text)
    if code == "divides_by_zero":
        return words.tr("'{text}' divides by zero.").format(text=text)
    if code == "ambiguous" and _DECIMAL_POINT == ",":
        return words.tr(
            "'{text}' is ambiguous: write decimals with a comma (1,5), and use a point only "
            "between groups of three digits (1.998).",
        ).format(text=text)
    if code == "ambiguous":
        return words.tr(
            "'{text}' is ambiguous: write decimals with a point (1.5), and use a comma only "
            "between groups of three digits (1,998).",
        ).format(text=text)
    return words.tr("'{text}' is not a number.").format(text=text)


def number_read_as(value: str) -> str:
    """What the typed number was read as, shown under the field while the learner types."""
    return words.tr("Read as {value}").format(value=value)


def _f(text: str) -> Callable[[Mapping[str, object]], str]:
    """A reason whose sentence only fills named placeholders (already translated `text`)."""
    return lambda p: text.format(**p)


_REASONS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "no_answer": lambda p: words.tr("No answer was given."),
    "time_ran_out": lambda p: words.tr("Time ran out before an answer was given."),
    "submitted_at_time_out": lambda p: words.tr(
        "Time ran out; what you had entered was submitted."
    ),
    "multiple_partial": _multiple_partial,
    "also_accepted": lambda p: _f(words.tr("'{answer}' is also accepted."))(p),
    "close_spelling": lambda p: _f(
        words.tr("Your answer was accepted as a close spelling of '{closest}'.")
    )(p),
    "too_many_edits": _too_many_edits,
    "article_ignored": _article_ignored,
    "not_a_number": lambda p: number_problem(str(p["problem"]), str(p["text"])),
    "no_number": lambda p: words.tr("This question has no number to compare with."),
    "within_tolerance": lambda p: _f(words.tr("{value} is within ± {tolerance} of {answer}."))(p),
    "outside_tolerance": lambda p: _f(
        words.tr(
            "{value} is {off} away from the answer; answers within ± {tolerance} are accepted.",
        )
    )(p),
    "order_partial": lambda p: words.tr(
        "{right} of the %n neighbouring pair(s) are in the right order.",
        None,
        count(p["needed"]),
    ).format(right=p["right"]),
    "match_partial": lambda p: words.tr(
        "{right} of the %n pair(s) are matched right.", None, count(p["total"])
    ).format(right=p["right"]),
}


def count(value: object) -> int:
    """A parameter that counts something (the `n` of a plural message), checked to be one."""
    assert isinstance(value, int)
    return value


def short_number(value: object) -> str:
    """A parameter such as 1.5 or 20, as `%g` writes it, with the locale's decimal separator."""
    assert isinstance(value, int | float)
    return decimal(f"{value:g}")


def grade_reason(grade: Grade) -> str | None:
    """Why the answer scored as it did, in words, or None when that is obvious."""
    if not grade.reasons:
        return None
    return " ".join(_REASONS[r.code](r.params) for r in grade.reasons)


# -- why a use case did not happen (quizapp.app.refused.Refused codes) -------------------------

_REFUSALS: dict[str, Callable[[], tuple[str, str]]] = {  # code -> (title, text: {detail} {path})
    "quiz_cannot_start": lambda: (words.tr("The quiz cannot start"), "{detail}"),
    "quiz_cannot_resume": lambda: (words.tr("This quiz cannot be resumed"), "{detail}"),
    "attempt_cannot_open": lambda: (
        words.tr("This attempt cannot be opened"),
        "{detail}",
    ),
    "classroom_cannot_start": lambda: (
        words.tr("The classroom session cannot start"),
        "{detail}",
    ),
    "preset_has_mistakes": lambda: (
        words.tr("This preset cannot be used"),
        words.tr(
            "The preset {path} has mistakes, so the classroom session cannot start:\n\n{detail}"
            "\n\nCorrect them in the file (`quizapp validate` lists the same), then start again.",
        ),
    ),
}


def refusal(refused: Refused) -> tuple[str, str]:
    """A dialog's title and text for why something did not happen."""
    title, text = _REFUSALS[refused.code]()
    return title, text.format(detail=refused.detail, path=refused.path)


# -- outbox and store states (quizapp.classroom.outbox, its forwarders: Notice codes) ----------


class Notice(NamedTuple):
    """A state the core reports (why a result waits, what was repaired), as a code and its
    parameters; `notice()` makes the words."""

    code: str
    params: Mapping[str, object]


def _files_tr(text: str) -> str:
    """A reason's words from `quizapp.files` (marked there for lupdate, context `files`)."""
    return translate("files", text)


def os_words(reason: str, detail: str = "") -> str:
    """Why a file operation failed (a `files` reason code), in a few translated words."""
    return files.reason_words(reason, detail, _files_tr)


def reported_os_words(params: Mapping[str, object]) -> str:
    """`os_words` for a reported problem or state that carries a `files` reason code as
    `reason` and the system's own words as `detail` (absent or empty when there are none)."""
    return os_words(str(params["reason"]), str(params.get("detail") or ""))


def os_described(reason: str, where: object = None, detail: str = "") -> str:
    """A `files` reason code's translated words, naming `where`, with what to do."""
    return files.describe(reason, None if where is None else str(where), detail, _files_tr)


def error_words(error: BaseException) -> str:
    """Why a file operation raised `error`, in a few translated words ("the disk is full")."""
    return os_words(files.os_reason(error), files.os_detail(error))


def os_explained(error: BaseException, where: object = None) -> str:
    """`files.explain_os` translated: why `error` happened, naming `where` (else the error's
    own file name), with what to do."""
    return files.explain_os(error, None if where is None else str(where), _files_tr)


def notice(n: Notice) -> str:
    """The words for one reported state (the tables are in `quizapp.noticewords`, loaded the
    first time a state is worded)."""
    from quizapp.noticewords import NOTICES

    return NOTICES[n.code](n.params)


def results_waiting(problems: Sequence[Notice], waiting: int) -> str | None:
    """One message for a status line about results kept on this machine; None if none wait."""
    if not waiting:
        return None
    kept = words.tr(
        "%n result(s) kept on this machine will be delivered when it is back.", None, waiting
    )
    why = " ".join(notice(n) for n in problems)
    return f"{why} {kept}".strip()


# -- a text to draft a bank from (quizapp.draft.textfile: `TextFileError` reasons) -------------

draft = Context("draft")


def text_file_problem(reason: str, error: BaseException | None = None) -> str:
    """Why a text cannot be drafted from, with what to do."""
    if reason == "missing":
        return draft.tr("no such file (give a plain .txt file)")
    if reason == "too_big":
        return draft.tr("the text is over 2 MB; split it into chapters")
    if reason == "not_utf8":
        return draft.tr("the text is not UTF-8; save it as UTF-8 first")
    why = error_words(error) if error else os_words("other")
    return draft.tr("cannot read the text: {why}").format(why=why)
