"""The words for the states the core reports as `Notice` codes: why a result waits (the
classroom's outbox and the LRS), what the progress store repaired or could not write, why a quiz
cannot be made or a classroom refuses a learner, why a results file cannot be used.

Split from `quizapp.words` (which keeps the translator, counts, numbers, `Notice` and `notice()`)
so that file stays readable and the start does not build these tables: `notice()` loads this
module the first time a state is worded. The contexts (`words`, `lrs`, `results`) are the same
as before, so the catalogues did not change.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from quizapp.words import (
    Context,
    Notice,
    count,
    notice,
    os_described,
    reported_os_words,
    short_number,
    words,
)


def _outbox_too(p: Mapping[str, object]) -> str:
    first = p["first"]
    assert isinstance(first, Notice)
    either = words.tr("The outbox {outbox} cannot be written either ({why}).")
    return f"{notice(first)} {either.format(outbox=p['outbox'], why=reported_os_words(p))}"


NOTICES: dict[str, Callable[[Mapping[str, object]], str]] = {
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
    ).format(folder=p["folder"], why=reported_os_words(p)),
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


NOTICES.update(
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


NOTICES.update(
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
        ).format(low=short_number(p["low"]), high=short_number(p["high"])),
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


NOTICES.update(
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
            count(p["allowed"]),
        ).format(name=p["name"], title=p["title"]),
        "resume_bank_gone": lambda p: words.tr(
            "The bank '{bank}' is not available any more, so this quiz cannot be resumed. Put "
            "the bank file back, or start a new quiz."
        ).format(bank=p["bank"]),
        "resume_question_gone": lambda p: words.tr(
            "The question '{question}' is no longer in the bank '{bank}' (it was removed or now "
            "has an error), so this quiz cannot be resumed."
        ).format(question=p["question"], bank=p["bank"]),
        "resume_damaged": lambda p: words.tr("The saved quiz is damaged: {detail}.").format(
            detail=p["detail"]
        ),
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

NOTICES.update(
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
        value=short_number(p["value"])
    ),
}


def _damaged_detail(p: Mapping[str, object]) -> str:
    make = _DAMAGED.get(str(p.get("problem")))
    return results.tr("its content does not fit together") if make is None else make(p)
