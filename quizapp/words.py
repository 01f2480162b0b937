"""The words and numbers a person reads, made in one place: plurals, percentages, durations, and
the sentences for the reasons the core reports as codes (a grade's `Reason`, the app's
`Refused`).

The core never writes these sentences itself; it returns codes with their numbers, and the GUI,
the terminal commands and the class report all ask here. Translation hooks in here too. Plain
Python, no Qt, so every layer that shows text to a person can use it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
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


# -- the progress store's states (quizapp.progress: Notice codes) ------------------------------

_KEPT = "Your answers are kept while quizapp stays open and are saved as soon as it can write."


def _made(p: Mapping[str, object]) -> str:
    made = p["made"]
    assert isinstance(made, datetime)
    return made.astimezone().strftime("%Y-%m-%d %H:%M")


def _moved(p: Mapping[str, object]) -> str:
    moved = p.get("moved")
    return f"It was moved to {moved} (kept, not deleted)" if moved else "Nothing was moved"


def _cannot_write(p: Mapping[str, object]) -> str:
    """Why a folder cannot be written, as the file system said (a `files` reason code)."""
    return files.describe(str(p["reason"]), str(p["folder"])).rstrip(".")


_STILL = (
    "You can still take quizzes; answers are kept while quizapp stays open and saved as soon as "
    "it can write."
)
_JSON_WHAT = {"state": "The session state", "config": "The quiz configuration"}


def _why(p: Mapping[str, object]) -> str:
    why = p["why"]
    assert isinstance(why, Notice)
    return notice(why)


def _described(p: Mapping[str, object]) -> str:
    """A file operation's reason code, naming the path, with what to do."""
    reason = str(p["reason"])
    detail = str(p.get("detail", ""))
    return files.describe(reason, str(p["where"]), detail if reason == "other" else "")


def _already_running(p: Mapping[str, object]) -> str:
    pid, host, since = p.get("pid"), p.get("host"), p.get("since")
    who = f" (process {pid} on {host}{', since ' + str(since) if since else ''})" if pid else ""
    return (
        f"quizapp is already open for the data folder {p['folder']}{who}. Switch to that "
        "window, or close it first. A lab machine can give each session its own folder with "
        "--data-dir."
    )


def _unsaved(p: Mapping[str, object]) -> str:
    count, why, fallback = p["count"], p.get("why"), p.get("fallback")
    assert isinstance(count, int)
    text = f"{plural(count, 'answer')} could not be saved to {p['folder']}."
    if isinstance(why, Notice):
        text += " " + notice(why)
    if fallback:
        text += f" They were written to {fallback} instead; keep that file."
    return text


_NOTICES.update(
    {
        "store_restored": lambda p: (
            f"The progress file was damaged ({p['problem']}). {_moved(p)}, and progress was "
            f"restored from the backup made on {_made(p)}: answers given after that time are "
            "missing."
        ),
        "store_lost": lambda p: (
            f"The progress file was damaged ({p['problem']}) and there is no usable backup. "
            f"{_moved(p)}, and progress starts again from empty."
        ),
        "store_cannot_write": _cannot_write,
        "store_read_only": lambda p: f"Progress cannot be written: {_why(p)}. {_STILL}",
        "store_from_backup": lambda p: (
            f"The progress file {p['path']} is missing and cannot be restored now: {_why(p)}. "
            f"Progress is shown from the backup made on {_made(p)}; it is restored, and your "
            f"new answers saved, as soon as quizapp can write there. {_STILL}"
        ),
        "store_cannot_save": lambda p: (
            f"Progress cannot be saved: {_why(p)}. Choose a folder quizapp can write to with "
            "--data-dir (or QUIZAPP_DATA_DIR)."
        ),
        "no_progress_yet": lambda p: f"There is no saved progress in {p['folder']} yet.",
        "store_unreadable": lambda p: f"Cannot read the progress file: {_described(p)}",
        "store_older": lambda p: (
            f"The progress file {p['path']} is from an older quizapp and cannot be upgraded "
            f"now: {_why(p)}. Open quizapp once where it can write."
        ),
        "store_newer": lambda p: (
            f"The progress file {p['path']} was made by a newer version of quizapp (schema "
            f"{p['found']}, this one knows up to {p['latest']}). Update quizapp, or choose "
            "another data folder."
        ),
        "store_damaged_read_only": lambda p: (
            f"The progress file {p['path']} is damaged ({p['problem']}). Start quizapp once "
            "where it can write: it repairs the file from its newest backup."
        ),
        "store_cannot_read": lambda p: f"Cannot read the progress file {p['path']}: {p['detail']}",
        "store_cannot_open": lambda p: f"Cannot open the progress file {p['path']}: {p['detail']}",
        "data_folder_refused": lambda p: f"Cannot take the data folder: {p['detail']}",
        "already_running": _already_running,
        "store_cannot_write_now": lambda p: "Progress cannot be written right now.",
        "store_save_failed": lambda p: f"Could not save progress: {p['detail']}",
        "store_reading_only": lambda p: "This progress file was opened for reading only.",
        "store_closed": lambda p: "The progress store is closed.",
        "no_learner": lambda p: f"There is no learner with id {p['id']}.",
        "no_attempt": lambda p: f"There is no attempt with id {p['id']}.",
        "attempt_ended": lambda p: f"Attempt {p['id']} has already ended.",
        "name_taken": lambda p: f"There is already a learner called {p['name']!r}.",
        "name_empty": lambda p: "A learner needs a name.",
        "name_too_long": lambda p: f"A learner's name can be at most {p['max']} characters long.",
        "name_unsavable": lambda p: "A learner's name contains characters that cannot be saved.",
        "extra_time_range": lambda p: (
            f"The extra-time factor must be between {p['low']:g} (no extra time) and {p['high']:g}."
        ),
        "font_size_range": lambda p: (
            f"The font size must be between {p['low']} and {p['high']} points."
        ),
        "score_range": lambda p: f"An answer's score must be between 0 and 1, not {p['score']}.",
        "negative_time": lambda p: "An answer cannot take negative time.",
        "time_without_zone": lambda p: "Times must carry their timezone.",
        "response_not_json": lambda p: f"An answer's response is not valid JSON: {p['detail']}",
        "not_plain_json": lambda p: (
            f"{_JSON_WHAT.get(str(p['what']), str(p['what']))} cannot be saved: it is not plain "
            f"JSON ({p['detail']})."
        ),
        "store_busy": lambda p: (
            f"Another program is using the progress file in {p['folder']}. {_KEPT}"
        ),
        "store_damaged_now": lambda p: (
            f"The progress file in {p['folder']} is damaged; it will be repaired from a backup "
            f"when quizapp starts again. {_KEPT}"
        ),
        "store_full": lambda p: (
            f"The disk holding your progress ({p['folder']}) is full. Free some space. {_KEPT}"
        ),
        "store_io": lambda p: (
            f"The disk holding your progress ({p['folder']}) reported an error; was a USB "
            f"stick removed? {_KEPT}"
        ),
        "store_other": lambda p: (
            f"Progress cannot be written to {p['folder']} ({p['error']}). {_KEPT}"
        ),
        "store_refused": lambda p: (
            f"Progress cannot be written: {files.describe(str(p['reason']), str(p['where']))} "
            f"{_KEPT}"
        ),
        "answers_unsaved": _unsaved,
    }
)
