"""The words for the problems the bank checker and the classroom preset checker report.

The checkers (`quizapp.bank`, `quizapp.classroom`) return each problem as a code with its
parameters (`quizapp.bank.problems.Problem`); here they become a sentence for the teacher who
wrote the file, with a plain fix, in the language chosen at start (`quizapp.words.install`).
Contexts for translators: `checker` (banks, and what presets share with them) and `preset`;
the converters' problems are worded in `quizapp.convertwords` (context `convert`).

What a teacher wrote stays as written: YAML key names (`answer:`), values, file names and the
did-you-mean suggestion are parameters, never translated. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from quizapp.files import NAME_MAX, PATH_MAX
from quizapp.words import Context, count, decimal, reported_os_words, short_number

if TYPE_CHECKING:
    from quizapp.bank.problems import Problem

checker = Context("checker")
preset = Context("preset")

Params = Mapping[str, object]
_MB = 1024 * 1024


def problem_message(code: str, params: Params) -> str:
    """A problem's words; an unknown code (a newer cache?) is shown as the code itself."""
    make = _MESSAGES.get(code)
    if make is None:  # a converter's problem (`quizapp convert`), worded on its own
        from quizapp.convertwords import MESSAGES

        make = MESSAGES.get(code)
    return code if make is None else make(params)


def severity_words(severity: str) -> str:
    """`error`, `warning` (`quizapp.bank.problems.Severity` values) or `note`, as a teacher
    reads it."""
    if severity == "error":
        return checker.tr("error", "severity of a problem: path:line:column: error: message")
    if severity == "note":
        return checker.tr("note", "a remark, not a problem: path:line: note: message")
    return checker.tr("warning", "severity of a problem: path:line:column: warning: message")


def problem_line(p: Problem) -> str:
    """Compiler-style `path:line:col: error: message [question id]`, as editors expect."""
    text = compiler_line(f"{p.path}:{p.line}:{p.column}", p.severity.value, p.message)
    return f"{text} [{p.question_id}]" if p.question_id else text


def compiler_line(where: object, severity: str, text: str) -> str:
    """`where: note: text`, `where` being a path, `path:line` or `path:line:col`: the
    compiler style editors read, with the severity (`severity_words`) in the chosen language."""
    return f"{where}: {severity_words(severity)}: {text}"


# -- the parameters, as they appear in a sentence --------------------------------------------


def _did_you_mean(word: object) -> str:
    if not word:
        return ""
    return checker.tr(" — did you mean '{word}'?", "after a wrong word").format(word=word)


def _kind(code: object) -> str:
    kinds = {
        "mapping": checker.tr("a set of keys", "what a YAML value is: 'not {kind}'"),
        "list": checker.tr("a list", "what a YAML value is: 'not {kind}'"),
        "empty": checker.tr("empty", "what a YAML value is: 'not {kind}'"),
    }
    return kinds.get(str(code)) or checker.tr("a single value", "what a YAML value is")


def _what(code: object) -> tuple[str, str]:
    """A part of a file, as the subject of a sentence and after 'in' ("in the bank")."""
    if code == "bank":
        return checker.tr("the bank", "subject"), checker.tr("in the bank")
    if code == "question":
        return checker.tr("a question", "subject"), checker.tr("in a question")
    if code == "preset":
        return preset.tr("the preset", "subject"), preset.tr("in the preset")
    return f"`{code}`", checker.tr("in `{key}`", "inside a YAML key").format(key=code)


def _path_words(code: object) -> str:
    """Why a text cannot be a path (`quizapp.files.path_problem` codes)."""
    if code == "nul":
        return checker.tr("it contains a NUL character")
    if code == "unencodable":
        return checker.tr("it contains characters file names cannot hold")
    if code == "name_too_long":
        return checker.tr("one of its names is longer than {max} bytes").format(max=NAME_MAX)
    return checker.tr("it is longer than {max} bytes").format(max=PATH_MAX)


def _why(p: Params) -> str:
    """Why a file cannot be read: a `files` reason code (or `not_utf8`) and the system's words."""
    if p["reason"] == "not_utf8":
        return checker.tr("it is not UTF-8 text")
    return reported_os_words(p)


def _megabytes(size: object) -> str:
    assert isinstance(size, int | float)
    return decimal(f"{size / 1e6:.1f}")


def _shown(p: Params) -> str:
    """A wrong value as written, in quotes, or what it is when it is no single value."""
    if p.get("value") is None:
        return _kind(p.get("kind"))
    return checker.tr("'{value}'", "a value as written in the file").format(value=p["value"])


def _values(p: Params) -> dict[str, object]:
    """The parameters as they are shown: lists joined, codes in words."""
    out = {k: ", ".join(map(str, v)) if isinstance(v, tuple) else v for k, v in p.items()}
    if "suggestion" in p:
        out["suggestion"] = _did_you_mean(p["suggestion"])
    if "kind" in p:
        out["kind"] = _kind(p["kind"])
    if "what" in p:
        out["what"], out["in_what"] = _what(p["what"])
    if "reason" in p:
        out["why"] = _why(p)
    if "problem" in p:
        out["why"] = _path_words(p["problem"])
    return out


def _fill(text: str, p: Params) -> str:
    """A message that only fills its named placeholders (`text` is already translated)."""
    return text.format_map(_values(p))


def _not_boolean(p: Params) -> str:
    if p.get("quoted"):
        text = checker.tr("`{name}` must be true or false without quotes, not {shown}")
    elif p.get("also"):
        text = checker.tr("`{name}` must be true or false (or `{also}`), not {shown}")
    else:
        text = checker.tr("`{name}` must be true or false, not {shown}")
    return text.format(name=p["name"], also=p.get("also"), shown=_shown(p))


def _not_number(p: Params) -> str:
    if p.get("quoted"):
        text = checker.tr("`{name}` must be a number, not {shown} (remove the quotes)")
    else:
        text = checker.tr("`{name}` must be a number, not {shown}")
    return text.format(name=p["name"], shown=_shown(p))


def _missing_answer(p: Params) -> str:
    fixes = {
        "single": lambda: checker.tr(
            "`answer:` is missing; write the right choice, copied from `choices`"
        ),
        "multiple": lambda: checker.tr(
            "`answer:` is missing; list the right choices, e.g. answer: [A, C]"
        ),
        "true_false": lambda: checker.tr(
            "`answer:` is missing; write answer: true or answer: false"
        ),
        "numeric": lambda: checker.tr("`answer:` is missing; write the number, e.g. answer: 1998"),
    }
    fix = fixes.get(str(p.get("type")))
    if fix is None:
        return checker.tr(
            "`answer:` is missing; write the expected text, or a list of accepted ones"
        )
    return fix()


def _numeric_not_number(p: Params) -> str:
    if p.get("quoted"):
        text = checker.tr("a numeric answer must be a number, not '{value}' (remove the quotes)")
    else:
        text = checker.tr("a numeric answer must be a number, not '{value}'")
    return text.format(value=p["value"])


def _quote_not_found(p: Params) -> str:
    if p.get("near") is None:
        text = checker.tr(
            "this quote is not in {file} (copy it exactly; only spaces and curly quotes may differ)"
        )
    else:
        text = checker.tr(
            "this quote is not in {file} (copy it exactly; only spaces and curly quotes may "
            "differ); the closest passage is on line {near} of the text"
        )
    return text.format(file=p["file"], near=p.get("near"))


def _image_too_large(p: Params) -> str:
    return checker.tr(
        "the image '{name}' is {size} MB; an image may be at most {limit} MB (an SVG 1 MB) — "
        "save it at the size it is shown"
    ).format(name=p["name"], size=_megabytes(p["size"]), limit=count(p["limit"]) // _MB)


def _image_too_many_pixels(p: Params) -> str:
    return checker.tr(
        "the image '{name}' is {pixels} pixels; at most {side} on a side and {million} million "
        "in all — scale it down"
    ).format(
        name=p["name"], pixels=p["pixels"], side=p["side"], million=count(p["most"]) // 1_000_000
    )


_MESSAGES: dict[str, Callable[[Params], str]] = {
    # -- reading the file and its YAML (quizapp.bank.yamlnodes) --------------------------------
    "not_utf8": lambda p: checker.tr("the file is not UTF-8 text; save it as UTF-8 in your editor"),
    "nul_bytes": lambda p: checker.tr("the file contains NUL bytes; it is not a text file"),
    "not_yaml": lambda p: _fill(checker.tr("this is not valid YAML: {detail}"), p),
    "too_deep": lambda p: checker.tr("the file is nested too deeply to be a question bank"),
    "tab_indent": lambda p: checker.tr("a tab is used for indentation; YAML needs spaces here"),
    "several_documents": lambda p: checker.tr(
        "the file holds more than one YAML document (a second '---'); put each bank in its own file"
    ),
    "needs_quotes": lambda p: checker.tr(
        "YAML could not read this line: a text containing ': ' or starting with a quote or one "
        "of [ ] { } & * ! | > % @ ` must be put in quotes"
    ),
    "undefined_alias": lambda p: _fill(checker.tr("this alias refers to no anchor ({detail})"), p),
    "python_tag": lambda p: _fill(
        checker.tr(
            "the tag '{tag}' is not allowed: a bank holds only text, numbers, lists and keys, "
            "and never creates program objects"
        ),
        p,
    ),
    "tag_not_allowed": lambda p: _fill(checker.tr("the tag '{tag}' is not allowed; remove it"), p),
    # -- keys and values (quizapp.bank.nodereader, shared with presets) --------------------------
    "not_mapping": lambda p: _fill(
        checker.tr("{what} must be a set of `key: value` lines, not {kind}"), p
    ),
    "key_not_plain": lambda p: _fill(
        checker.tr("a key {in_what} must be a plain word, not {kind}"), p
    ),
    "key_twice": lambda p: _fill(
        checker.tr(
            "the key '{key}' appears twice {in_what} (first on line {first}); keep only one"
        ),
        p,
    ),
    "unknown_key": lambda p: _fill(checker.tr("unknown key '{key}' {in_what}{suggestion}"), p),
    "merge_not_mapping": lambda p: checker.tr("`<<:` must refer to a set of keys (an &anchor)"),
    "text_empty": lambda p: _fill(
        checker.tr("`{name}` is empty; write the text after `{name}:`"), p
    ),
    "not_text": lambda p: _fill(checker.tr("`{name}` must be text, not {kind}"), p),
    "missing_key": lambda p: _fill(checker.tr("`{key}:` is missing; add it"), p),
    "not_list": lambda p: _fill(
        checker.tr("`{name}` must be a list (`[a, b]` or one `- item` per line)"), p
    ),
    "list_empty": lambda p: _fill(
        checker.tr("`{name}` is empty; list at least one, or leave `{name}` out"), p
    ),
    "entry_repeated": lambda p: _fill(
        checker.tr("'{value}' appears twice in `{name}` (first on line {first})"), p
    ),
    "entry_twice": lambda p: _fill(
        checker.tr(
            "'{value}' appears twice in `{name}` (first on line {first}); each entry must differ"
        ),
        p,
    ),
    "not_boolean": _not_boolean,
    "not_number": _not_number,
    "not_finite": lambda p: _fill(checker.tr("`{name}` must be a finite number"), p),
    "not_positive": lambda p: _fill(checker.tr("`{name}` must be more than 0"), p),
    "negative": lambda p: _fill(checker.tr("`{name}` cannot be negative"), p),
    "not_whole": lambda p: _fill(
        checker.tr("`{name}` must be a whole number from {low} to {high}"), p
    ),
    # -- the bank (quizapp.bank.checker, loader) ---------------------------------------------
    "bank_too_large": lambda p: checker.tr(
        "the file is {size} MB; a bank may be at most {limit} MB — split it into several banks"
    ).format(size=_megabytes(p["size"]), limit=count(p["limit"]) // _MB),
    "bank_over_limit": lambda p: checker.tr(
        "the file cannot be read: it is over {limit} MB; split it into several banks"
    ).format(limit=count(p["limit"]) // _MB),
    "file_cannot_be_read": lambda p: _fill(checker.tr("the file cannot be read: {why}"), p),
    "folder_unlistable": lambda p: _fill(checker.tr("cannot list this folder: {why}"), p),
    "no_such_path": lambda p: checker.tr("no such file or folder"),
    "path_unusable": lambda p: _path_words(p["problem"]),
    "bank_id_taken": lambda p: _fill(
        checker.tr(
            "the bank id '{id}' is also used by {first}, which comes first on the search path, "
            "so this file is not loaded; give it its own `id:`"
        ),
        p,
    ),
    "bank_empty": lambda p: checker.tr(
        "the file is empty; a bank needs at least `title:` and `questions:`"
    ),
    "too_many_aliases": lambda p: checker.tr(
        "the file uses aliases (*name) so much that it would expand to an enormous bank; write "
        "the questions out instead"
    ),
    "bank_is_list": lambda p: checker.tr(
        "the file starts with a list; a bank starts with keys like `title:` and `questions:`, "
        "and the questions go in the list under `questions:`"
    ),
    "bad_bank_id": lambda p: _fill(
        checker.tr("the bank id '{value}' may use only a-z, 0-9, '.', '_' and '-'"), p
    ),
    "file_name_unusable": lambda p: _fill(
        checker.tr("`file:` is not a usable file name: {why}"), p
    ),
    "file_not_beside": lambda p: _fill(
        checker.tr(
            "`file: {name}` must name a file in the bank's own folder (no absolute paths, no '..')"
        ),
        p,
    ),
    "file_unreadable": lambda p: _fill(checker.tr("the file '{name}' cannot be read: {why}"), p),
    "file_leads_outside": lambda p: _fill(
        checker.tr("`file: {name}` leads outside the bank's folder"), p
    ),
    "source_missing": lambda p: _fill(
        checker.tr("the source file '{name}' was not found next to the bank"), p
    ),
    "source_unreadable": lambda p: _fill(
        checker.tr("the source file '{name}' cannot be read: {why}"), p
    ),
    "no_questions": lambda p: checker.tr(
        "`questions:` is missing; a bank needs at least one question"
    ),
    "questions_not_list": lambda p: checker.tr(
        "`questions` must be a list, with each question starting `- id:`"
    ),
    "questions_empty": lambda p: checker.tr("`questions` is empty; add at least one question"),
    # -- a question ----------------------------------------------------------------------------
    "key_not_for_type": lambda p: _fill(
        checker.tr(
            "`{key}` does not belong in a question of type {type} (it is for {owners}); remove "
            "it or change `type`"
        ),
        p,
    ),
    "no_id": lambda p: checker.tr("the question has no `id:`; give it a short unique name like q1"),
    "bad_id": lambda p: _fill(
        checker.tr(
            "the id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example '{example}')"
        ),
        p,
    ),
    "id_used": lambda p: _fill(
        checker.tr(
            "the id '{value}' is already used by the question on line {first}; ids must be "
            "unique in a bank"
        ),
        p,
    ),
    "no_type": lambda p: _fill(checker.tr("the question has no `type:`; use one of {types}"), p),
    "unknown_type": lambda p: _fill(
        checker.tr("unknown question type '{value}'{suggestion} (the types are {types})"), p
    ),
    "no_explanation": lambda p: checker.tr(
        "no `explanation:`; learners will see only right or wrong — add a sentence saying why"
    ),
    "draft": lambda p: checker.tr(
        "this question is a draft: check it against the text, correct or delete it, then remove "
        "the `draft` tag"
    ),
    "bad_difficulty": lambda p: _fill(
        checker.tr("`difficulty` must be one of {names}{suggestion}"), p
    ),
    "quote_unchecked": lambda p: checker.tr(
        "this quote cannot be checked: the bank names no `source: file:`"
    ),
    "quote_not_found": _quote_not_found,
    # -- a question's answer (quizapp.bank.answers) ------------------------------------------
    "missing_choices": lambda p: checker.tr(
        "`choices:` is missing; list the options the learner picks from"
    ),
    "missing_answer": _missing_answer,
    "missing_items": lambda p: checker.tr(
        "`items:` is missing; list the items in their correct order"
    ),
    "missing_pairs": lambda p: checker.tr(
        "`pairs:` is missing; write `left: right` lines under `pairs:`"
    ),
    "too_few_entries": lambda p: _fill(
        checker.tr("`{name}` needs at least {least} entries (it has {count})"), p
    ),
    "too_many_entries": lambda p: _fill(
        checker.tr("`{name}` may have at most {most} entries (it has {count})"), p
    ),
    "not_a_choice": lambda p: _fill(
        checker.tr("the answer '{value}' is not one of the choices{suggestion}"), p
    ),
    "single_answer_list": lambda p: checker.tr(
        "a single question has exactly one answer; for several use type: multiple"
    ),
    "multiple_answer_not_list": lambda p: _fill(
        checker.tr("a multiple question's answer is a list; write answer: [{value}]"), p
    ),
    "multiple_answer_empty": lambda p: checker.tr(
        "`answer` is empty; list at least one right choice"
    ),
    "short_answer_empty": lambda p: checker.tr(
        "`answer` is empty; list at least one accepted text"
    ),
    "numeric_answer_not_number": _numeric_not_number,
    "order_has_no_answer": lambda p: checker.tr(
        "an order question has no `answer:`; write `items:` in the correct order instead"
    ),
    "match_has_no_answer": lambda p: checker.tr(
        "a match question has no `answer:`; the `pairs:` are the answer"
    ),
    "pairs_not_mapping": lambda p: checker.tr(
        "`pairs` must be `left: right` lines, one pair per line"
    ),
    "matched_twice": lambda p: _fill(
        checker.tr(
            "'{value}' is matched twice (first on line {first}); each left side appears once"
        ),
        p,
    ),
    # -- a question's image (quizapp.bank.imagecheck) ----------------------------------------
    "image_no_file": lambda p: checker.tr(
        "`image` has no `file:`; name the picture, for example `file: maps/caucasus.png`"
    ),
    "image_no_alt": lambda p: checker.tr(
        "`image` has no `alt:`; add a sentence saying what the picture shows, for learners who "
        "cannot see it"
    ),
    "alt_is_file_name": lambda p: checker.tr(
        "`alt` repeats the file name; say what the picture shows"
    ),
    "image_suffix": lambda p: _fill(
        checker.tr(
            "'{name}' is not a PNG, JPEG or SVG file; save the picture as .png, .jpg or .svg"
        ),
        p,
    ),
    "image_missing": lambda p: _fill(
        checker.tr("the image '{name}' was not found next to the bank"), p
    ),
    "image_misnamed": lambda p: _fill(
        checker.tr(
            "'{name}' is really a {format} image; rename it to end in {suffix} so other "
            "programs open it too"
        ),
        p,
    ),
    "image_too_large": _image_too_large,
    "image_too_many_pixels": _image_too_many_pixels,
    "image_other_format": lambda p: _fill(
        checker.tr("'{name}' is a {format} image; save it as PNG or JPEG"), p
    ),
    "image_not_a_file": lambda p: _fill(checker.tr("the image '{name}' is not a regular file"), p),
    "image_unreadable": lambda p: _fill(checker.tr("the image '{name}' cannot be read: {why}"), p),
    "image_not_an_image": lambda p: _fill(
        checker.tr("'{name}' is not a PNG, JPEG or SVG image inside; save it again as one"), p
    ),
    "image_damaged": lambda p: _fill(
        checker.tr(
            "the image '{name}' is damaged or cut short; save it again from the program that "
            "made it"
        ),
        p,
    ),
    "image_svg_entities": lambda p: _fill(
        checker.tr(
            "the SVG '{name}' declares a DOCTYPE or entities, which are not allowed; remove its "
            "<!DOCTYPE ...> part"
        ),
        p,
    ),
    "image_svg_no_size": lambda p: _fill(
        checker.tr(
            "the SVG '{name}' has no size; give its <svg> element a viewBox, or a width and height"
        ),
        p,
    ),
}


# -- classroom presets (quizapp.classroom.preset, presetcheck, presetlrs, reader) --------------


def _no_such_bank(p: Params) -> str:
    if p.get("known"):
        text = preset.tr(
            "there is no bank '{bank}' in the library{suggestion} (the library has {known})"
        )
    else:
        text = preset.tr("there is no bank '{bank}' in the library{suggestion}")
    return _fill(text, p)


def _and(items: object) -> str:
    assert isinstance(items, tuple)
    if len(items) < 2:
        return ", ".join(items)
    return preset.tr("{items} and {last}", "a list of bank ids").format(
        items=", ".join(items[:-1]), last=items[-1]
    )


_MESSAGES.update(
    {
        "preset_too_large": lambda p: preset.tr(
            "the file is too large for a preset; a preset is a few lines"
        ),
        "preset_unreadable": lambda p: _fill(preset.tr("the preset file cannot be read: {why}"), p),
        "preset_name_nul": lambda p: preset.tr("the preset's file name contains a NUL character"),
        "preset_empty": lambda p: preset.tr(
            "the file is empty; a preset needs `title:`, `banks:` and `results:`"
        ),
        "preset_too_deep": lambda p: preset.tr("the file is nested too deeply to be a preset"),
        "preset_is_list": lambda p: preset.tr(
            "the file starts with a list; a preset is a set of `key: value` lines like "
            "`title:`, `banks:` and `results:`"
        ),
        "preset_no_title": lambda p: preset.tr(
            "`title:` is missing; add a line like `title: Week 3 review`"
        ),
        "bad_preset_id": lambda p: _fill(
            preset.tr(
                "the preset id '{value}' may use only a-z, 0-9, '.', '_' and '-' (for example "
                "'{example}')"
            ),
            p,
        ),
        "bad_mode": lambda p: _fill(
            preset.tr("`mode` must be practice or exam, not '{value}'{suggestion}"), p
        ),
        "preset_no_banks": lambda p: preset.tr(
            "`banks:` is missing; name the ids of the banks to ask from, e.g. "
            "`banks: [azerbaijan-us-relations]`"
        ),
        "not_a_bank_id": lambda p: _fill(
            preset.tr(
                "'{value}' is not a bank id: a bank id uses only a-z, 0-9, '.', '_' and '-' (it "
                "is the bank's `id:`, or its file name without .yaml)"
            ),
            p,
        ),
        "filter_difficulty": lambda p: _fill(
            preset.tr("`difficulty` must be easy, medium or hard, not '{value}'{suggestion}"), p
        ),
        "ref_bank_not_listed": lambda p: _fill(
            preset.tr("'{value}' names the bank '{bank}', which is not in `banks`"), p
        ),
        "ref_ambiguous": lambda p: preset.tr(
            "the question id '{value}' is in {banks}; write it as bank-id/{value}"
        ).format(value=p["value"], banks=_and(p["banks"])),
        "ref_needs_bank": lambda p: _fill(
            preset.tr("with more than one bank, write the question as bank-id/{value}"), p
        ),
        "ref_not_found": lambda p: _fill(
            preset.tr("no bank in `banks` has a question '{value}'"), p
        ),
        "questions_count": lambda p: preset.tr(
            "`questions` is how many questions to ask (a number, or `all`); to pick questions by "
            "id, list them under `filters:` as `questions: [...]`"
        ),
        "seconds_range": lambda p: preset.tr(
            "`{name}` is in seconds and must be more than 0 and at most {high} (or `off` for no "
            "limit)"
        ).format(name=p["name"], high=short_number(p["high"])),
        "time_limit_not_mapping": lambda p: preset.tr(
            "`time_limit` takes `quiz:` and/or `question:` in seconds, e.g. "
            "`time_limit: {quiz: 600, question: 60}` (or `time_limit: off`)"
        ),
        "bad_feedback": lambda p: _fill(
            preset.tr(
                "`feedback` must be after_each, end, score or none, not '{value}'{suggestion}"
            ),
            p,
        ),
        "exam_feedback": lambda p: preset.tr(
            "an exam shows feedback only at the end; write `feedback: end` (or `none`), or use "
            "`mode: practice` for feedback after each question"
        ),
        "preset_no_results": lambda p: preset.tr(
            "`results:` is missing; name the folder where results are collected, e.g. "
            "`results: week3-results` (a relative folder is next to this file)"
        ),
        "results_name_unusable": lambda p: _fill(
            preset.tr("`results:` is not a usable folder name: {why}"), p
        ),
        "results_no_home": lambda p: _fill(
            preset.tr("`results: {value}`: that home folder does not exist"), p
        ),
        "results_system_folder": lambda p: _fill(
            preset.tr(
                "`results: {value}` is a system folder ({folder}); results belong in a folder of "
                "their own, e.g. `results: week3-results` next to this file"
            ),
            p,
        ),
        "results_not_folder": lambda p: preset.tr(
            "the results folder {folder} is not a folder; create it, or plug in its stick. "
            "quizapp never creates it, and keeps results on each machine until it is there"
        ).format(folder=p["folder"]),
        "results_not_there": lambda p: preset.tr(
            "the results folder {folder} does not exist (yet); create it, or plug in its stick. "
            "quizapp never creates it, and keeps results on each machine until it is there"
        ).format(folder=p["folder"]),
        "no_such_bank": _no_such_bank,
        "no_such_tag": lambda p: _fill(
            preset.tr("no question of the chosen banks has the tag '{tag}'{suggestion}"), p
        ),
        "no_such_question": lambda p: _fill(
            preset.tr("the bank '{bank}' has no question '{question}'{suggestion}"), p
        ),
        "nothing_matches": lambda p: preset.tr(
            "no question of the chosen banks matches these filters"
        ),
        "fewer_match": lambda p: preset.tr(
            "the filters match only %n question(s), so a learner gets %n, not {count}",
            None,
            count(p["matching"]),
        ).format(count=p["count"]),
        # -- the preset's `lrs:` (quizapp.classroom.presetlrs) ---------------------------------
        "lrs_learners": lambda p: _fill(
            preset.tr("`learners` must be names or pseudonyms, not '{value}'{suggestion}"), p
        ),
        "lrs_pass_mark": lambda p: preset.tr(
            "`pass_mark` is a percentage from 0 to 100, e.g. `pass_mark: 60`"
        ),
        "lrs_half_credentials": lambda p: _fill(
            preset.tr(
                "`lrs` has a {given} but no {missing}; give both, or neither and set "
                "QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET on the machines"
            ),
            p,
        ),
        "lrs_secret_in_file": lambda p: preset.tr(
            "the LRS secret is in the preset file, which learners may be able to read; prefer "
            "QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET (see docs/lrs.md)"
        ),
        "lrs_address_missing": lambda p: _fill(
            preset.tr("`lrs` needs `{name}:`, a web address like {example}"), p
        ),
        "lrs_not_address": lambda p: _fill(
            preset.tr("`{name}` must be a web address like {example}, not '{value}'"), p
        ),
        "lrs_address_user": lambda p: _fill(
            preset.tr(
                "`{name}` must not hold a user name or password; give `key:` and `secret:` (or "
                "QUIZAPP_LRS_KEY and QUIZAPP_LRS_SECRET) instead"
            ),
            p,
        ),
    }
)
