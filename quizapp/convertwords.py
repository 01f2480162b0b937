"""The words for the problems `quizapp convert` finds in a file it imports or writes.

The converters (`quizapp.convert`) report each problem as a code with its parameters, like the
bank checker; `quizapp.checkwords.problem_message` turns to this module for the codes it does
not know itself. Context for translators: `convert`.

What a file holds stays as written: answers, file names, Moodle's question type names, YAML
keys and values are parameters, never translated. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from quizapp.words import (
    Context,
    count,
    decimal,
    reported_os_words,
    short_number,
    translate,
)

convert = Context("convert")

Params = Mapping[str, object]
# a format that can only be written, as `quizapp convert --help` names it (CommandHelp)
_FORMAT_NAMES = {"pdf": "a printable exam (.pdf, export only)"}


def _joined(value: object) -> str:
    return ", ".join(map(str, value)) if isinstance(value, tuple) else str(value)


def _quoted(texts: object) -> str:
    """Texts from the file, each in the language's quotation marks, joined by commas."""
    assert isinstance(texts, tuple)
    quote = convert.tr("'{text}'", "a text from the file, in quotation marks")
    return ", ".join(quote.format(text=t) for t in texts)


def _fill(text: str, p: Params) -> str:
    """A translated sentence with its named placeholders filled; lists joined by commas."""
    return text.format_map({k: _joined(v) for k, v in p.items()})


# -- a question left out on import: "skipped {what}: {why}" ----------------------------------


_WHAT: dict[str, Callable[[Params], str]] = {
    "description": lambda p: convert.tr("the description", "skipped ..."),
    "essay": lambda p: convert.tr("the essay question", "skipped ..."),
    "matching": lambda p: convert.tr("the matching question", "skipped ..."),
    "numerical": lambda p: convert.tr("the numerical question", "skipped ..."),
    "truefalse": lambda p: convert.tr("the true/false question", "skipped ..."),
    "multichoice": lambda p: convert.tr("the multiple-choice question", "skipped ..."),
    "cloze_note": lambda p: convert.tr("the cloze note", "skipped ... (an Anki note)"),
    "note": lambda p: convert.tr("the note", "skipped ... (an Anki note)"),
    "moodle_type": lambda p: _fill(
        convert.tr("the Moodle {qtype} question", "skipped ...; {qtype}: Moodle's type name"), p
    ),
    "moodle_unknown": lambda p: _fill(
        convert.tr("the Moodle '{qtype}' question", "skipped ...; {qtype}: Moodle's type name"), p
    ),
    "our_type": lambda p: _fill(
        convert.tr("the {qtype} question", "skipped ...; {qtype}: our type (single, short...)"),
        p,
    ),
}

_NOUN = {
    "choices": lambda: convert.tr("choices", "our questions need at least 2 ..."),
    "items": lambda: convert.tr("items", "our questions need at least 2 ..."),
    "pairs": lambda: convert.tr("pairs", "our questions need at least 2 ..."),
}


def _noun(p: Params) -> dict[str, object]:
    return {**p, "key": _NOUN[str(p["key"])]()}


_WHY: dict[str, Callable[[Params], str]] = {
    "text_only": lambda p: convert.tr("it is text without a question"),
    "essay": lambda p: convert.tr(
        "an essay is marked by a teacher, and our questions are marked automatically"
    ),
    "no_arrow": lambda p: _fill(convert.tr("'{part}' has no `->`"), p),
    "no_right_answer": lambda p: convert.tr("it has no right answer"),
    "cloze_card": lambda p: convert.tr(
        "a cloze card has gaps to fill in the text; our questions have one answer each"
    ),
    "one_field": lambda p: convert.tr("it has only one field; a card needs a front and a back"),
    "tf_no_full": lambda p: convert.tr("neither answer is worth 100%"),
    "right_count": lambda p: convert.tr(
        "it has %n answer(s) worth 100%, and a single-answer question needs exactly one",
        None,
        count(p["count"]),
    ),
    "no_number_answer": lambda p: convert.tr("no answer worth 100% is a number"),
    "unknown_moodle_type": lambda p: convert.tr(
        "this question type is not one we know how to convert"
    ),
    "cloze": lambda p: convert.tr(
        "a cloze (embedded answers) question has several gaps; ours have one answer each"
    ),
    "moodle_description": lambda p: convert.tr("a description is text without a question"),
    "calculated": lambda p: convert.tr(
        "calculated questions draw random numbers from formulas; ours are fixed"
    ),
    "drag_drop": lambda p: convert.tr(
        "drag-and-drop questions have no counterpart among our types"
    ),
    "gapselect": lambda p: convert.tr(
        "select-missing-words questions have several gaps; ours have one answer each"
    ),
    "randomsamatch": lambda p: convert.tr(
        "random short-answer matching draws questions from a category at quiz time"
    ),
    "random": lambda p: convert.tr("a random question is drawn from a category at quiz time"),
    # our checker's rules (quizapp.convert.builder._refusal)
    "no_prompt": lambda p: convert.tr("it has no question text"),
    "too_few": lambda p: convert.tr(
        "our questions need at least {least} {key} (it has {count})"
    ).format_map(_noun(p)),
    "too_many": lambda p: convert.tr(
        "our questions allow at most {most} {key} (it has {count})"
    ).format_map(_noun(p)),
    "empty_entry": lambda p: convert.tr("one of its {key} is empty").format_map(_noun(p)),
    "twice": lambda p: convert.tr("'{text}' appears twice among its {key}").format_map(_noun(p)),
    "none_right": lambda p: convert.tr("no choice is marked right"),
    "right_not_choice": lambda p: convert.tr("its right answer is not among the choices"),
    "no_accepted": lambda p: convert.tr("it has no accepted answer"),
    "answer_not_number": lambda p: convert.tr("its answer is not a number"),
    "bad_tolerance": lambda p: convert.tr("its tolerance is not a number of 0 or more"),
    "empty_right_side": lambda p: convert.tr("one of its pairs has an empty right side"),
}


def _skipped(p: Params) -> str:
    return convert.tr("skipped {what}: {why}").format(
        what=_WHAT[str(p["what"])](p), why=_WHY[str(p["why"])](p)
    )


# -- what an export format cannot hold: "{format} has no place for {losses}; left out" --------


_LOSS: dict[str, Callable[[object], str]] = {
    "typos": lambda v: convert.tr("the typo tolerance (typos: {n})").format(n=v),
    "time_limit": lambda v: convert.tr("the time limit ({seconds} s)").format(
        seconds=short_number(v)
    ),
    "difficulty": lambda v: convert.tr("the difficulty ({value})").format(value=v),
    "points": lambda v: convert.tr("the points ({points})").format(points=short_number(v)),
    "tags_after_first": lambda v: convert.tr(
        "the tags after the first ({tags}); GIFT keeps one category"
    ).format(tags=_joined(v)),
    "image": lambda v: convert.tr("the image", "has no place for ..."),
    "image_unreadable": lambda v: convert.tr("the image {name} (it cannot be read)").format(name=v),
    "order_item_chars": lambda v: convert.tr(
        "an item with a brace, a line break or a leading // (not allowed in GIFT ordering items)"
    ),
    "order_feedback": lambda v: convert.tr(
        "the explanation and source quote (GIFT ordering has no feedback)"
    ),
    "left_arrow": lambda v: convert.tr("a left side containing `->` (GIFT cannot escape it)"),
    "whole_question": lambda v: convert.tr("this question (see above)"),
    "match_two_pairs": lambda v: convert.tr(
        "a match question with 2 pairs (Moodle refuses fewer than 3, and would then stop the "
        "whole import); add a pair to export it"
    ),
    "question_type": lambda v: convert.tr(
        "a {type} question (Aiken holds only single-answer choices)"
    ).format(type=v),
    "explanation": lambda v: convert.tr("the explanation", "has no place for ..."),
    "source_quote": lambda v: convert.tr("the source quote", "has no place for ..."),
    "tags": lambda v: convert.tr("the tags", "has no place for ..."),
    "time_limit_plain": lambda v: convert.tr("the time limit", "has no place for ..."),
    "difficulty_plain": lambda v: convert.tr("the difficulty", "has no place for ..."),
    "points_plain": lambda v: convert.tr("the points", "has no place for ..."),
    "line_breaks": lambda v: convert.tr("line breaks (Aiken keeps each text on one line)"),
    "pairs_arrow": lambda v: convert.tr("the pairs' sides (a left side contains `->`)"),
    "pipe": lambda v: convert.tr("a `|` inside an answer or tag (it separates them)"),
    "weights": lambda v: _weights(v),
    "marking": lambda v: convert.tr(
        "automatic marking (the learner turns the card and judges the answer)"
    ),
}


def _weights(value: object) -> str:
    assert isinstance(value, tuple)
    share, nearest = value
    return convert.tr(
        "exact weights (each right choice is worth {share}%, Moodle's nearest grade to {exact}%)"
    ).format(share=short_number(share), exact=decimal(f"{nearest:.4g}"))


def _dropped(p: Params) -> str:
    losses = p["losses"]
    assert isinstance(losses, tuple)
    what = ", ".join(_LOSS[str(code)](value) for code, value in losses)
    return convert.tr("{format} has no place for {what}; left out").format(
        format=p["format"], what=what
    )


# -- the sides of an Anki card, parts of a Moodle question -----------------------------------


def _sound(p: Params) -> str:
    if p["side"] == "front":
        return convert.tr("the sound on the front is left out")
    return convert.tr("the sound on the back is left out")


def _card_image(p: Params) -> str:
    if p["side"] == "front":
        return _fill(convert.tr("the image on the front ({names}) is left out"), p)
    return _fill(convert.tr("the image on the back ({names}) is left out"), p)


_PART = {
    "general_feedback": lambda: convert.tr("the general feedback", "the image in ..."),
    "answer": lambda: convert.tr("an answer", "the image in ..."),
    "subquestion": lambda: convert.tr("a subquestion", "the image in ..."),
    "item": lambda: convert.tr("an item", "the image in ..."),
}


def _pdf_unwritable(p: Params) -> str:
    if p["reason"] == "no_painter":
        why = convert.tr("Qt could not start a PDF")
    else:
        why = reported_os_words(p)
    return convert.tr("the PDF cannot be written: {why}").format(why=why)


def _not_printed(p: Params) -> str:
    reason = p.get("reason")
    why = convert.tr("it could not be read") if not reason else str(reason)
    return convert.tr(
        "the image '{name}' could not be printed ({why}); its alt text is printed in its place"
    ).format(name=p["name"], why=why)


MESSAGES: dict[str, Callable[[Params], str]] = {
    "skipped": _skipped,
    "dropped": _dropped,
    # -- every importer (quizapp.convert.builder) ----------------------------------------------
    "partial_credit_dropped": lambda p: _fill(
        convert.tr(
            "partial credit for '{choice}' is dropped: only the answer worth 100% counts as right"
        ),
        p,
    ),
    "weights_dropped": lambda p: convert.tr(
        "the answers' different weights are dropped: every answer worth more than 0% is a "
        "right choice, and the learner must pick exactly those"
    ),
    # -- GIFT ------------------------------------------------------------------------------------
    "gift_braces": lambda p: convert.tr(
        "a `{` or `}` is missing or out of place; escape a literal brace as \\{ or \\}"
    ),
    "answers_feedback_dropped": lambda p: convert.tr(
        "the feedback for the answers is left out (our questions have one explanation, not one "
        "per answer)"
    ),
    "answer_feedback_dropped": lambda p: _fill(
        convert.tr(
            "the feedback for the answer '{answer}' is left out (our questions have one "
            "explanation, not one per answer)"
        ),
        p,
    ),
    "wildcard_answer": lambda p: _fill(
        convert.tr(
            "the answer '{answer}' uses the wildcard *; left out (we compare whole answers)"
        ),
        p,
    ),
    "partial_answer": lambda p: convert.tr(
        "the answer '{answer}' is worth {weight}%; left out"
    ).format(answer=p["answer"], weight=short_number(p["weight"])),
    "gift_not_numeric": lambda p: _fill(
        convert.tr("'{text}' is not a number, a number:tolerance or a min..max range"), p
    ),
    "first_answer_only": lambda p: convert.tr(
        "only the first of {count} right answers is kept"
    ).format(count=p["count"]),
    # -- Aiken -----------------------------------------------------------------------------------
    "aiken_no_option": lambda p: _fill(
        convert.tr("`ANSWER: {answer}` names no option; use one of {letters}"), p
    ),
    "aiken_letters": lambda p: convert.tr("the options must be lettered A, B, C, ... in order"),
    "aiken_answer_first": lambda p: convert.tr(
        "`ANSWER:` comes before any question text and options"
    ),
    "aiken_expected_option": lambda p: convert.tr(
        "expected another option (`C. text`) or `ANSWER: X` after the options"
    ),
    "aiken_no_answer": lambda p: convert.tr(
        "this question has no `ANSWER:` line; add one after its options"
    ),
    # -- CSV -------------------------------------------------------------------------------------
    "csv_empty": lambda p: convert.tr(
        "the file is empty; the first row names the columns (see docs/converting.md)"
    ),
    "csv_unknown_columns": lambda p: _fill(
        convert.tr("columns quizapp does not know are ignored: {columns}"), p
    ),
    "csv_no_header": lambda p: convert.tr(
        "the first row must name the columns, with at least `type` and `prompt` (see "
        "docs/converting.md)"
    ),
    "csv_unreadable": lambda p: _fill(convert.tr("the CSV cannot be read here: {detail}"), p),
    "csv_unknown_type": lambda p: _fill(
        convert.tr("unknown type '{value}'; use one of {types}"), p
    ),
    "csv_not_positive": lambda p: _fill(
        convert.tr("`{key}` must be a number above 0, not '{value}'"), p
    ),
    "csv_difficulty": lambda p: _fill(
        convert.tr("`difficulty` must be easy, medium or hard, not '{value}'"), p
    ),
    "csv_answer_letter": lambda p: _fill(
        convert.tr(
            "`answer` must be the letter of a filled option (A to {last}) or its text, not "
            "'{value}'"
        ),
        p,
    ),
    "csv_answer_boolean": lambda p: _fill(
        convert.tr("`answer` must be true or false, not '{value}'"), p
    ),
    "csv_typos": lambda p: _fill(convert.tr("`typos` must be 0, 1, 2 or 3, not '{value}'"), p),
    "csv_not_numbers": lambda p: _fill(
        convert.tr("`answer` and `tolerance` must be numbers, not '{value}'"), p
    ),
    "csv_match_option": lambda p: _fill(
        convert.tr("a match option is `left -> right`, not '{value}'"), p
    ),
    "csv_single_letters": lambda p: convert.tr(
        "a single question has one right letter; for several use type multiple"
    ),
    # -- Moodle XML ------------------------------------------------------------------------------
    "image_in_part_dropped": lambda p: convert.tr(
        "the image in {part} is left out: only a question's own text may have one"
    ).format(part=_PART[str(p["part"])]()),
    "answers_feedback_named_dropped": lambda p: convert.tr(
        "the feedback for the answers {answers} is left out (our questions have one "
        "explanation, not one per answer)"
    ).format(answers=_quoted(p["answers"])),
    "hints_dropped": lambda p: convert.tr("the hints are left out (our questions have none)"),
    "images_first_only": lambda p: convert.tr(
        "the question has {count} images; only the first is kept (a question has one image)"
    ).format(count=p["count"]),
    "image_not_in_file": lambda p: _fill(
        convert.tr(
            "the image '{src}' is not in the file and is left out; add it beside the bank and "
            "name it under `image:`"
        ),
        p,
    ),
    "image_file_missing": lambda p: _fill(
        convert.tr(
            "the image '{name}' is named in the text but its file is missing from the XML; left out"
        ),
        p,
    ),
    "image_not_base64": lambda p: _fill(
        convert.tr("the image '{name}' is not valid base64; left out"), p
    ),
    "moodle_image_no_alt": lambda p: convert.tr(
        "the image was saved as {path} but has no alt text, so it is not attached; describe it "
        "and add `{yaml}` to the question"
    ).format(path=p["path"], yaml="image: {file: " + str(p["path"]) + ", alt: ...}"),
    "images_not_shown": lambda p: _fill(
        convert.tr(
            "the image was saved as {path}, but this version of quizapp cannot show images in "
            "questions; not attached"
        ),
        p,
    ),
    "wildcard_answers": lambda p: _fill(
        convert.tr(
            "answers with the wildcard * are left out (we compare whole answers): {answers}"
        ),
        p,
    ),
    "partial_answers": lambda p: _fill(
        convert.tr("answers worth partial credit are left out: {answers}"), p
    ),
    "case_sensitive": lambda p: convert.tr(
        "Moodle compared this answer case-sensitively; quizapp ignores capital letters"
    ),
    "answer_not_number": lambda p: _fill(
        convert.tr("the answer '{answer}' is not a number; left out"), p
    ),
    "units_ignored": lambda p: convert.tr("units are ignored: learners type the number alone"),
    "first_number_only": lambda p: convert.tr(
        "only the first of {count} right answers is kept (ours have one number and a tolerance)"
    ).format(count=p["count"]),
    "extra_wrong_dropped": lambda p: _fill(
        convert.tr(
            "the extra wrong answers are left out (our match questions offer only the right "
            "sides): {answers}"
        ),
        p,
    ),
    "selection_shown_all": lambda p: convert.tr(
        "Moodle showed a selection of the items; quizapp shows them all"
    ),
    "xml_not_well_formed": lambda p: _fill(convert.tr("this is not well-formed XML: {detail}"), p),
    "moodle_not_quiz": lambda p: _fill(
        convert.tr("a Moodle XML file starts with <quiz>, not <{tag}>"), p
    ),
    # -- Anki ------------------------------------------------------------------------------------
    "sound_dropped": _sound,
    "card_image_dropped": _card_image,
    "fields_dropped": lambda p: convert.tr("fields after the second are left out ({count})").format(
        count=p["count"]
    ),
    "long_back": lambda p: convert.tr(
        "the back is long for a typed answer; the learner must type it exactly (consider "
        "shortening it, or a typos: allowance)"
    ),
    "anki_line_unreadable": lambda p: _fill(convert.tr("this line cannot be read: {detail}"), p),
    "not_apkg": lambda p: convert.tr("this is not an Anki package (.apkg files are zip archives)"),
    "apkg_too_new": lambda p: convert.tr(
        "this package uses the format of Anki 2.1.50 and later, which quizapp cannot read; in "
        "Anki, export again with 'Support older Anki versions' ticked"
    ),
    "apkg_too_large": lambda p: convert.tr(
        "the collection in this package is too large to be a deck of cards"
    ),
    "apkg_damaged": lambda p: _fill(
        convert.tr("the package is damaged and cannot be unpacked: {detail}"), p
    ),
    "apkg_collection_unreadable": lambda p: _fill(
        convert.tr("the collection in this package cannot be read: {detail}"), p
    ),
    "apkg_lines_are_notes": lambda p: convert.tr(
        "the line numbers of messages about this package count its notes"
    ),
    "needs_genanki": lambda p: convert.tr(
        "writing .apkg needs the genanki package: pip install 'quizapp[anki]' (or write Anki "
        "text, a .txt, instead)"
    ),
    # -- PDF -------------------------------------------------------------------------------------
    "pdf_unwritable": _pdf_unwritable,
    "image_not_printed": _not_printed,
    "no_pdf": lambda p: convert.tr("printing to PDF is not part of this version of quizapp"),
    # -- the conversion itself (quizapp.convert.pipeline) ---------------------------------------
    "no_such_file": lambda p: convert.tr("no such file"),
    "not_a_file": lambda p: convert.tr("this is not a file"),
    "source_too_large": lambda p: convert.tr("the file is {size} MB; at most {limit} MB").format(
        size=p["size"], limit=p["limit"]
    ),
    "convert_source_unreadable": lambda p: convert.tr("the file cannot be read: {why}").format(
        why=reported_os_words(p)
    ),
    "source_text_missing": lambda p: _fill(
        convert.tr(
            "the bank's source text {name} is not next to {dest}, so its quotes cannot be "
            "checked; copy it there and add `file: {name}` under `source:`"
        ),
        p,
    ),
    "exists_already": lambda p: convert.tr("exists already; use --force to replace it"),
    "not_regular_file": lambda p: convert.tr("is not a regular file; choose another name"),
    "is_the_source": lambda p: convert.tr("is the source file itself; choose another name"),
    "export_only": lambda p: convert.tr("{format} can only be written").format(
        format=translate("CommandHelp", _FORMAT_NAMES.get(str(p["format"]), str(p["format"])))
    ),
    "bank_would_be_too_large": lambda p: convert.tr(
        "the %n question(s) would make a bank of {size} MB, and a bank may be at most {limit} "
        "MB; split the file and convert the parts into separate banks",
        None,
        count(p["count"]),
    ).format(size=decimal(f"{p['size']:.1f}"), limit=p["limit"]),
}
