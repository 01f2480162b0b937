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
        _int(p["needed"]),
    ).format(right=p["right"]),
    "match_partial": lambda p: words.tr(
        "{right} of the %n pair(s) are matched right.", None, _int(p["total"])
    ).format(right=p["right"]),
}


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


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


def _os(p: Mapping[str, object]) -> str:
    return os_words(str(p["reason"]), str(p.get("detail", "")))


def _outbox_too(p: Mapping[str, object]) -> str:
    first = p["first"]
    assert isinstance(first, Notice)
    either = words.tr("The outbox {outbox} cannot be written either ({why}).")
    return f"{notice(first)} {either.format(outbox=p['outbox'], why=_os(p))}"


_NOTICES: dict[str, Callable[[Mapping[str, object]], str]] = {
    "results_folder_missing": lambda p: words.tr(
        "The results folder {folder} is not there (is the USB stick plugged in, or the "
        "shared folder connected?)."
    ).format(folder=p["folder"]),
    "results_folder_not_folder": lambda p: words.tr(
        "The results folder {folder} is not a folder."
    ).format(folder=p["folder"]),
    "results_folder_gone": lambda p: words.tr(
        "The results folder {folder} is not there any more."
    ).format(folder=p["folder"]),
    "results_folder_refused": lambda p: words.tr(
        "The results folder {folder} cannot be written to: {why}."
    ).format(folder=p["folder"], why=_os(p)),
    "outbox_refused_too": _outbox_too,
    "waiting_unreadable": lambda p: words.tr(
        "The waiting result {path} cannot be read ({detail})."
    ).format(path=p["path"], detail=p["detail"]),
    "lrs_waits": lambda p: notice(p["problem"]),  # type: ignore[arg-type]  # an LRS notice
}

# -- the LRS client's reasons (quizapp.lrs: `LrsError.notice`, `Client.check`) -----------------

lrs = Context("lrs")


def _lrs_why(p: Mapping[str, object]) -> str:
    """Why a request to the LRS got no answer (`quizapp.lrs.client._reason` codes)."""
    why = {
        "timeout": lambda: lrs.tr("no answer in time"),
        "refused": lambda: lrs.tr("connection refused"),
        "cut": lambda: lrs.tr("the connection was cut"),
        "lookup": lambda: lrs.tr("the name cannot be looked up"),
    }.get(str(p["why"]))
    return why() if why else str(p.get("detail", ""))


def _lrs_rejected(p: Mapping[str, object]) -> str:
    if p.get("detail"):
        text = lrs.tr("The LRS at {url} refused the statements ({status}: {detail}).")
    else:
        text = lrs.tr("The LRS at {url} refused the statements ({status}).")
    return text.format(url=p["url"], status=p["status"], detail=p.get("detail"))


_NOTICES.update(
    {
        "lrs_not_web_address": lambda p: lrs.tr(
            "The LRS endpoint '{url}' is not a web address; give one like "
            "https://lrs.school.example/xAPI/"
        ).format(url=p["url"]),
        "lrs_address_holds_secret": lambda p: lrs.tr(
            "The LRS endpoint address holds a user name or password; give the key and secret "
            "separately (see docs/lrs.md), never in the address."
        ),
        "lrs_needs_key": lambda p: lrs.tr(
            "The LRS at {url} needs a key and a secret: set them in the preset's `lrs:` or in "
            "QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET."
        ).format(url=p["url"]),
        "lrs_not_named": lambda p: lrs.tr(
            "No LRS is named: give --endpoint, an `lrs: endpoint:` in the preset, or {env}."
        ).format(env=p["env"]),
        "lrs_no_home_page": lambda p: lrs.tr(
            "Name the school's web address: `lrs: home_page:` or {env}."
        ).format(env=p["env"]),
        "lrs_no_pseudonym_key": lambda p: lrs.tr(
            "The preset asks for pseudonyms but {env} is not set on this machine: nothing is "
            "sent until it is (the statements are kept)."
        ).format(env=p["env"]),
        "lrs_key_without_secret": lambda p: lrs.tr(
            "Give --key and --secret together (or neither, to use the preset's)."
        ),
        "lrs_without_statements": lambda p: lrs.tr(
            "The LRS at {url} answered without statements."
        ).format(url=p["url"]),
        "lrs_answers": lambda p: lrs.tr("The LRS at {url} answers and accepts this key.").format(
            url=p["url"]
        ),
        "lrs_answers_cannot_read": lambda p: lrs.tr(
            "The LRS at {url} accepts this key, but it may not read statements (that is "
            "enough for sending)."
        ).format(url=p["url"]),
        "lrs_answered": lambda p: lrs.tr(
            "The LRS at {url} answered {status}; the statements are kept and sent later."
        ).format(url=p["url"], status=p["status"]),
        "lrs_unreachable": lambda p: lrs.tr(
            "The LRS at {url} cannot be reached ({why}); the statements are kept and sent later."
        ).format(url=p["url"], why=_lrs_why(p)),
        "lrs_refused_key": lambda p: lrs.tr(
            "The LRS at {url} refused the key and secret ({status}): check them in the "
            "preset's `lrs:` or in QUIZAPP_LRS_KEY / QUIZAPP_LRS_SECRET. The statements are "
            "kept and sent once they are right."
        ).format(url=p["url"], status=p["status"]),
        "lrs_no_statements_here": lambda p: lrs.tr(
            "There is no xAPI statements resource at {url} (404): the endpoint is the address "
            "ending before `statements`, often …/xAPI/."
        ).format(url=p["url"]),
        "lrs_rejected": _lrs_rejected,
        "lrs_failed": lambda p: lrs.tr("Sending to the LRS failed (the log says why)."),
    }
)


def notice(n: Notice) -> str:
    """The words for one reported state."""
    return _NOTICES[n.code](n.params)


def results_waiting(problems: Sequence[Notice], waiting: int) -> str | None:
    """One message for a status line about results kept on this machine; None if none wait."""
    if not waiting:
        return None
    kept = words.tr(
        "%n result(s) kept on this machine will be delivered when it is back.", None, waiting
    )
    why = " ".join(notice(n) for n in problems)
    return f"{why} {kept}".strip()


# -- the progress store's states (quizapp.progress: Notice codes) ------------------------------


def _kept() -> str:
    return words.tr(
        "Your answers are kept while quizapp stays open and are saved as soon as it can write."
    )


def _still() -> str:
    return words.tr(
        "You can still take quizzes; answers are kept while quizapp stays open and saved as "
        "soon as it can write."
    )


def _made(p: Mapping[str, object]) -> str:
    made = p["made"]
    assert isinstance(made, datetime)
    return made.astimezone().strftime("%Y-%m-%d %H:%M")


def _moved(p: Mapping[str, object]) -> str:
    moved = p.get("moved")
    if moved:
        return words.tr("It was moved to {moved} (kept, not deleted).").format(moved=moved)
    return words.tr("Nothing was moved.")


def _cannot_write(p: Mapping[str, object]) -> str:
    """Why a folder cannot be written, as the file system said (a `files` reason code)."""
    return os_described(str(p["reason"]), p["folder"]).rstrip(".")


def _why(p: Mapping[str, object]) -> str:
    why = p["why"]
    assert isinstance(why, Notice)
    return notice(why)


def _described(p: Mapping[str, object]) -> str:
    """A file operation's reason code, naming the path, with what to do."""
    reason = str(p["reason"])
    detail = str(p.get("detail", ""))
    return os_described(reason, p["where"], detail if reason == "other" else "")


def _already_running(p: Mapping[str, object]) -> str:
    pid, host, since = p.get("pid"), p.get("host"), p.get("since")
    if pid and since:
        who = words.tr("process {pid} on {host}, since {since}")
    elif pid:
        who = words.tr("process {pid} on {host}")
    if pid:
        text = words.tr(
            "quizapp is already open for the data folder {folder} ({who}). Switch to that "
            "window, or close it first. A lab machine can give each session its own folder "
            "with --data-dir."
        )
        who = who.format(pid=pid, host=host, since=since)
    else:
        who = ""
        text = words.tr(
            "quizapp is already open for the data folder {folder}. Switch to that window, or "
            "close it first. A lab machine can give each session its own folder with --data-dir."
        )
    return text.format(folder=p["folder"], who=who)


def _unsaved(p: Mapping[str, object]) -> str:
    count, why, fallback = p["count"], p.get("why"), p.get("fallback")
    assert isinstance(count, int)
    text = words.tr("%n answer(s) could not be saved to {folder}.", None, count)
    text = text.format(folder=p["folder"])
    if isinstance(why, Notice):
        text += " " + notice(why)
    if fallback:
        instead = words.tr("They were written to {fallback} instead; keep that file.")
        text += " " + instead.format(fallback=fallback)
    return text


def _not_plain_json(p: Mapping[str, object]) -> str:
    if p["what"] == "state":
        text = words.tr("The session state cannot be saved: it is not plain JSON ({detail}).")
    elif p["what"] == "config":
        text = words.tr("The quiz configuration cannot be saved: it is not plain JSON ({detail}).")
    else:
        text = words.tr("{what} cannot be saved: it is not plain JSON ({detail}).")
    return text.format(what=p["what"], detail=p["detail"])


def _g(value: object) -> str:
    """A factor such as 1.5, without trailing zeros, with the locale's decimal separator."""
    assert isinstance(value, int | float)
    return decimal(f"{value:g}")


_NOTICES.update(
    {
        "store_restored": lambda p: words.tr(
            "The progress file was damaged ({problem}). {moved} Progress was restored from "
            "the backup made on {made}: answers given after that time are missing."
        ).format(problem=p["problem"], moved=_moved(p), made=_made(p)),
        "store_lost": lambda p: words.tr(
            "The progress file was damaged ({problem}) and there is no usable backup. {moved} "
            "Progress starts again from empty."
        ).format(problem=p["problem"], moved=_moved(p)),
        "store_cannot_write": _cannot_write,
        "store_read_only": lambda p: (
            words.tr("Progress cannot be written: {why}.").format(why=_why(p)) + " " + _still()
        ),
        "store_from_backup": lambda p: (
            words.tr(
                "The progress file {path} is missing and cannot be restored now: {why}. Progress "
                "is shown from the backup made on {made}; it is restored, and your new answers "
                "saved, as soon as quizapp can write there."
            ).format(path=p["path"], why=_why(p), made=_made(p))
            + " "
            + _still()
        ),
        "store_cannot_save": lambda p: words.tr(
            "Progress cannot be saved: {why}. Choose a folder quizapp can write to with "
            "--data-dir (or QUIZAPP_DATA_DIR)."
        ).format(why=_why(p)),
        "no_progress_yet": lambda p: words.tr("There is no saved progress in {folder} yet.").format(
            folder=p["folder"]
        ),
        "store_unreadable": lambda p: words.tr("Cannot read the progress file: {why}").format(
            why=_described(p)
        ),
        "store_older": lambda p: words.tr(
            "The progress file {path} is from an older quizapp and cannot be upgraded now: "
            "{why}. Open quizapp once where it can write."
        ).format(path=p["path"], why=_why(p)),
        "store_newer": lambda p: words.tr(
            "The progress file {path} was made by a newer version of quizapp (schema {found}, "
            "this one knows up to {latest}). Update quizapp, or choose another data folder."
        ).format(path=p["path"], found=p["found"], latest=p["latest"]),
        "store_damaged_read_only": lambda p: words.tr(
            "The progress file {path} is damaged ({problem}). Start quizapp once where it can "
            "write: it repairs the file from its newest backup."
        ).format(path=p["path"], problem=p["problem"]),
        "store_cannot_read": lambda p: words.tr(
            "Cannot read the progress file {path}: {detail}"
        ).format(path=p["path"], detail=p["detail"]),
        "store_cannot_open": lambda p: words.tr(
            "Cannot open the progress file {path}: {detail}"
        ).format(path=p["path"], detail=p["detail"]),
        "data_folder_refused": lambda p: words.tr("Cannot take the data folder: {detail}").format(
            detail=p["detail"]
        ),
        "already_running": _already_running,
        "store_cannot_write_now": lambda p: words.tr("Progress cannot be written right now."),
        "store_save_failed": lambda p: words.tr("Could not save progress: {detail}").format(
            detail=p["detail"]
        ),
        "store_reading_only": lambda p: words.tr("This progress file was opened for reading only."),
        "store_closed": lambda p: words.tr("The progress store is closed."),
        "no_learner": lambda p: words.tr("There is no learner with id {id}.").format(id=p["id"]),
        "no_attempt": lambda p: words.tr("There is no attempt with id {id}.").format(id=p["id"]),
        "attempt_ended": lambda p: words.tr("Attempt {id} has already ended.").format(id=p["id"]),
        "name_taken": lambda p: words.tr("There is already a learner called {name}.").format(
            name=repr(p["name"])
        ),
        "name_empty": lambda p: words.tr("A learner needs a name."),
        "name_too_long": lambda p: words.tr(
            "A learner's name can be at most {max} characters long."
        ).format(max=p["max"]),
        "name_unsavable": lambda p: words.tr(
            "A learner's name contains characters that cannot be saved."
        ),
        "extra_time_range": lambda p: words.tr(
            "The extra-time factor must be between {low} (no extra time) and {high}."
        ).format(low=_g(p["low"]), high=_g(p["high"])),
        "font_size_range": lambda p: words.tr(
            "The font size must be between {low} and {high} points."
        ).format(low=p["low"], high=p["high"]),
        "language_code": lambda p: words.tr("A language is a code such as 'de', 'es' or 'pt-BR'."),
        "score_range": lambda p: words.tr(
            "An answer's score must be between 0 and 1, not {score}."
        ).format(score=p["score"]),
        "negative_time": lambda p: words.tr("An answer cannot take negative time."),
        "time_without_zone": lambda p: words.tr("Times must carry their timezone."),
        "response_not_json": lambda p: words.tr(
            "An answer's response is not valid JSON: {detail}"
        ).format(detail=p["detail"]),
        "not_plain_json": _not_plain_json,
        "store_busy": lambda p: (
            words.tr("Another program is using the progress file in {folder}.").format(
                folder=p["folder"]
            )
            + " "
            + _kept()
        ),
        "store_damaged_now": lambda p: (
            words.tr(
                "The progress file in {folder} is damaged; it will be repaired from a backup when "
                "quizapp starts again."
            ).format(folder=p["folder"])
            + " "
            + _kept()
        ),
        "store_full": lambda p: (
            words.tr("The disk holding your progress ({folder}) is full. Free some space.").format(
                folder=p["folder"]
            )
            + " "
            + _kept()
        ),
        "store_io": lambda p: (
            words.tr(
                "The disk holding your progress ({folder}) reported an error; was a USB stick "
                "removed?"
            ).format(folder=p["folder"])
            + " "
            + _kept()
        ),
        "store_other": lambda p: (
            words.tr("Progress cannot be written to {folder} ({error}).").format(
                folder=p["folder"], error=p["error"]
            )
            + " "
            + _kept()
        ),
        "store_refused": lambda p: (
            words.tr("Progress cannot be written: {why}").format(
                why=os_described(str(p["reason"]), p["where"])
            )
            + " "
            + _kept()
        ),
        "answers_unsaved": _unsaved,
    }
)


# -- why a quiz cannot be made (quizapp.quiz: `QuizError`) and a classroom refuses a learner ----


def _preset_banks_missing(p: Mapping[str, object]) -> str:
    banks = p["banks"]
    assert isinstance(banks, tuple)
    if len(banks) == 1:
        text = words.tr(
            "The preset '{title}' asks from {banks}, which is not in the library on this machine "
            "(or has errors). Run `quizapp validate` on the preset to see why."
        )
    else:
        text = words.tr(
            "The preset '{title}' asks from {banks}, which are not in the library on this "
            "machine (or have errors). Run `quizapp validate` on the preset to see why."
        )
    return text.format(title=p["title"], banks=", ".join(banks))


_NOTICES.update(
    {
        "bank_not_available": lambda p: words.tr("The bank '{bank}' is not available.").format(
            bank=p["bank"]
        ),
        "no_question_matches": lambda p: words.tr(
            "No question matches this quiz's choice of banks, tags and difficulty."
        ),
        "no_bank_chosen": lambda p: words.tr("Choose at least one bank for the quiz."),
        "needs_question_list": lambda p: words.tr("This quiz needs the list of questions to ask."),
        "too_few_questions": lambda p: words.tr(
            "A quiz needs at least one question, not {count}."
        ).format(count=p["count"]),
        "time_limit_not_positive": lambda p: words.tr(
            "A time limit must be a positive number of seconds, not {limit}."
        ).format(limit=p["limit"]),
        "extra_time_factor": lambda p: words.tr(
            "Extra time is a factor of at least 1 (e.g. 1.5), not {value}."
        ).format(value=p["value"]),
        "preset_banks_missing": _preset_banks_missing,
        "attempts_used": lambda p: words.tr(
            "{name}, you have used your %n attempt(s) at '{title}'. Ask your teacher if you need "
            "another.",
            None,
            _int(p["allowed"]),
        ).format(name=p["name"], title=p["title"]),
        "resume_bank_gone": lambda p: words.tr(
            "The bank '{bank}' is not available any more, so this quiz cannot be resumed. Put "
            "the bank file back, or start a new quiz."
        ).format(bank=p["bank"]),
        "resume_question_gone": lambda p: words.tr(
            "The question '{question}' is no longer in the bank '{bank}' (it was removed or now "
            "has an error), so this quiz cannot be resumed."
        ).format(question=p["question"], bank=p["bank"]),
        "resume_other_format": lambda p: words.tr(
            "This quiz was saved in format {found}, which this version of quizapp (format "
            "{known}) cannot resume."
        ).format(found=p["found"], known=p["known"]),
        "quiz_cannot_be_made": lambda p: words.tr("This quiz cannot be made: {detail}").format(
            detail=p["detail"]
        ),
    }
)


# -- a classroom results file that cannot be used (quizapp.classroom.results) -----------------

results = Context("results")

_NOTICES.update(
    {
        "result_unreadable": lambda p: results.tr("the file cannot be read: {why}").format(
            why=p["why"]
        ),
        "result_too_big": lambda p: results.tr(
            "the file cannot be read: it is over {mb} MB, too large for a result"
        ).format(mb=p["mb"]),
        "result_bad_name": lambda p: results.tr("the file's name cannot be used"),
        "result_not_utf8": lambda p: results.tr("the file is not UTF-8 text (it is damaged)"),
        "result_too_deep": lambda p: results.tr("the file is nested too deeply to be a result"),
        "result_not_json": lambda p: results.tr(
            "the file is not valid JSON (it is damaged or cut short at line {line}, column "
            "{column})"
        ).format(line=p["line"], column=p["column"]),
        "result_not_a_number": lambda p: results.tr(
            "the file holds NaN or Infinity, which is not a number a result can hold"
        ),
        "result_bad_unicode": lambda p: results.tr("the file holds text that is not valid Unicode"),
        "result_huge_number": lambda p: results.tr("the file holds a number too large to be real"),
        "result_not_object": lambda p: results.tr("the file should be a JSON object"),
        "result_not_result": lambda p: results.tr("this is not a quizapp classroom result file"),
        "result_newer": lambda p: results.tr(
            "the file is in format version {version}, written by a newer quizapp; update "
            "quizapp to read it"
        ).format(version=p["version"]),
        "result_checksum": lambda p: results.tr(
            "the file's checksum does not match its content (it is damaged)"
        ),
        "result_damaged": lambda p: results.tr("the file is damaged: {detail}").format(
            detail=_damaged_detail(p)
        ),
    }
)


# what is wrong in a result's content (`field`: its JSON key, as written in the file)
_DAMAGED: dict[str, Callable[[Mapping[str, object]], str]] = {
    "missing": lambda p: results.tr("`{field}` is missing", "a key of a result file").format_map(p),
    "object": lambda p: results.tr("`{field}` should be a JSON object").format_map(p),
    "list": lambda p: results.tr("`{field}` should be a list").format_map(p),
    "text": lambda p: results.tr("`{field}` should be text").format_map(p),
    "number": lambda p: results.tr("`{field}` should be a number").format_map(p),
    "whole": lambda p: results.tr("`{field}` should be a whole number").format_map(p),
    "boolean": lambda p: results.tr("`{field}` should be true or false").format_map(p),
    "range": lambda p: results.tr("`{field}` is out of range").format_map(p),
    "date": lambda p: results.tr("`{field}` is not a date and time").format_map(p),
    "no_zone": lambda p: results.tr("`{field}` has no time zone").format_map(p),
    "empty": lambda p: results.tr("`{field}` is empty").format_map(p),
    "order": lambda p: results.tr("its answers and its question order do not agree"),
    "score": lambda p: results.tr("a score of {value} is not between 0 and 1").format(
        value=decimal(f"{p['value']:g}")
    ),
}


def _damaged_detail(p: Mapping[str, object]) -> str:
    make = _DAMAGED.get(str(p.get("problem")))
    return results.tr("its content does not fit together") if make is None else make(p)


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
