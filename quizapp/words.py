"""The words and numbers a person reads, made in one place: plurals, percentages, durations, and
the sentences for the reasons the core reports as codes (a grade's `Reason`, the app's
`Refused`).

The core never writes these sentences itself; it returns codes with their numbers, and the GUI,
the terminal commands and the class report all ask here. Translation hooks in here too. Plain
Python, no Qt, so every layer that shows text to a person can use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from quizapp import files

if TYPE_CHECKING:
    from quizapp.app.refused import Refused
    from quizapp.quiz.scoring import Grade


def plural(n: int, word: str, many: str | None = None) -> str:
    """`3 questions`, `1 question`; `many` for irregular plurals."""
    return f"{n} {word if n == 1 else (many or word + 's')}"


def percent(fraction: float | None) -> str:
    """0.734 -> `73%`; no value -> `—`."""
    return "—" if fraction is None else f"{round(fraction * 100)}%"


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
END_WORDS = {
    "completed": "finished",
    "time_up": "time ran out",
    "abandoned": "ended early",
    "interrupted": "interrupted",
}
MODE_WORDS = {
    "practice": "Practice",
    "exam": "Exam",
    "mistakes": "My mistakes",
    "review": "Due for review",
}


def end_words(code: str | None) -> str:
    """How an attempt ended, from the store's code; None: it has not ended."""
    return "not finished" if code is None else END_WORDS.get(code, code.replace("_", " "))


# -- why an answer scored as it did (quizapp.quiz.scoring.Reason codes) -----------------------


def _multiple_partial(p: Mapping[str, object]) -> str:
    hits, right, misses, score = p["hits"], p["right"], p["misses"], p["score"]
    assert isinstance(hits, int) and isinstance(misses, int) and isinstance(score, float)
    picks = "pick" if misses == 1 else "picks"
    floor = " (never below 0)" if hits < misses else ""
    return (
        f"{hits} of the {right} right choices picked and {misses} wrong {picks}: "
        f"({hits} − {misses}) / {right}{floor} = {score:.2f}."
    )


def _article_ignored(p: Mapping[str, object]) -> str:
    articles = p["articles"]
    assert isinstance(articles, tuple)
    words = [f"'{a}'" for a in articles]
    listed = words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"
    return f"A leading {listed} does not count when answers are compared."


def _too_many_edits(p: Mapping[str, object]) -> str:
    allowed = p["allowed"]
    edits = "edit" if allowed == 1 else "edits"
    end = " for an answer that short." if p["short"] else "."
    far = f"That is {p['distance']} edits from '{p['closest']}'"
    return f"{far}; up to {allowed} {edits} allowed{end}"


_REASONS: dict[str, Callable[[Mapping[str, object]], str]] = {
    "no_answer": lambda p: "No answer was given.",
    "time_ran_out": lambda p: "Time ran out before an answer was given.",
    "submitted_at_time_out": lambda p: "Time ran out; what you had entered was submitted.",
    "multiple_partial": _multiple_partial,
    "also_accepted": lambda p: f"'{p['answer']}' is also accepted.",
    "close_spelling": lambda p: (
        f"Your answer was accepted as a close spelling of '{p['closest']}'."
    ),
    "too_many_edits": _too_many_edits,
    "article_ignored": _article_ignored,
    "not_a_number": lambda p: str(p["detail"]),
    "no_number": lambda p: "This question has no number to compare with.",
    "within_tolerance": lambda p: f"{p['value']} is within ± {p['tolerance']} of {p['answer']}.",
    "outside_tolerance": lambda p: (
        f"{p['value']} is {p['off']} away from the answer; "
        f"answers within ± {p['tolerance']} are accepted."
    ),
    "order_partial": lambda p: (
        f"{p['right']} of the {p['needed']} neighbouring pairs are in the right order."
    ),
    "match_partial": lambda p: f"{p['right']} of the {p['total']} pairs are matched right.",
}


def grade_reason(grade: Grade) -> str | None:
    """Why the answer scored as it did, in words, or None when that is obvious."""
    if not grade.reasons:
        return None
    return " ".join(_REASONS[r.code](r.params) for r in grade.reasons)


# -- why a use case did not happen (quizapp.app.refused.Refused codes) -------------------------

_REFUSALS: dict[str, tuple[str, str]] = {  # code -> (title, text with {detail} and {path})
    "quiz_cannot_start": ("The quiz cannot start", "{detail}"),
    "quiz_cannot_resume": ("This quiz cannot be resumed", "{detail}"),
    "attempt_cannot_open": ("This attempt cannot be opened", "{detail}"),
    "classroom_cannot_start": ("The classroom session cannot start", "{detail}"),
    "preset_has_mistakes": (
        "This preset cannot be used",
        "The preset {path} has mistakes, so the classroom session cannot start:\n\n{detail}"
        "\n\nCorrect them in the file (`quizapp validate` lists the same), then start again.",
    ),
}


def refusal(refused: Refused) -> tuple[str, str]:
    """A dialog's title and text for why something did not happen."""
    title, text = _REFUSALS[refused.code]
    return title, text.format(detail=refused.detail, path=refused.path)


# -- outbox and store states (quizapp.classroom.outbox, its forwarders: Notice codes) ----------


class Notice(NamedTuple):
    """A state the core reports (why a result waits, what was repaired), as a code and its
    parameters; `notice()` makes the words."""

    code: str
    params: Mapping[str, object]


def _os(p: Mapping[str, object]) -> str:
    return files.reason_words(str(p["reason"]), str(p.get("detail", "")))


def _outbox_too(p: Mapping[str, object]) -> str:
    first = p["first"]
    assert isinstance(first, Notice)
    return f"{notice(first)} The outbox {p['outbox']} cannot be written either ({_os(p)})."


_NOTICES: dict[str, Callable[[Mapping[str, object]], str]] = {
    "results_folder_missing": lambda p: (
        f"The results folder {p['folder']} is not there (is the USB stick plugged in, or the "
        "shared folder connected?)."
    ),
    "results_folder_not_folder": lambda p: f"The results folder {p['folder']} is not a folder.",
    "results_folder_gone": lambda p: f"The results folder {p['folder']} is not there any more.",
    "results_folder_refused": lambda p: (
        f"The results folder {p['folder']} cannot be written to: {_os(p)}."
    ),
    "outbox_refused_too": _outbox_too,
    "waiting_unreadable": lambda p: (
        f"The waiting result {p['path']} cannot be read ({p['detail']})."
    ),
    "lrs_waits": lambda p: str(p["detail"]),  # the LRS client's own sentence, as it gave it
}


def notice(n: Notice) -> str:
    """The words for one reported state."""
    return _NOTICES[n.code](n.params)


def results_waiting(problems: Sequence[Notice], waiting: int) -> str | None:
    """One message for a status line about results kept on this machine; None if none wait."""
    if not waiting:
        return None
    kept = f"{plural(waiting, 'result')} {'is' if waiting == 1 else 'are'} kept on this machine"
    why = " ".join(notice(n) for n in problems)
    return f"{why} {kept} and will be delivered when it is back.".strip()
