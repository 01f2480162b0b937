"""Preset files: every checker rule with its position and fix, the defaults, the engine
configuration they make, the checks against the library, and `quizapp validate`."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from quizapp.bank import Library, find_bank_files
from quizapp.classroom import Feedback, PresetError, check_preset_text, load_preset, open_preset
from quizapp.quiz import Mode, ref
from tests.classroom.helpers import BANK_ID as BANK
from tests.classroom.helpers import MINIMAL_PRESET as MINIMAL
from tests.conftest import REPO


def check(yaml_text: str, library: Library | None = None, path: str = "week3.preset.yaml"):  # type: ignore[no-untyped-def]
    return check_preset_text(textwrap.dedent(yaml_text), path, library)


def formatted(yaml_text: str, library: Library | None = None) -> list[str]:
    return [p.format() for p in check(yaml_text, library).problems]


def test_a_minimal_preset_is_a_practice_quiz_with_unlimited_attempts() -> None:
    """Only title, banks and results are required; practice mode's defaults fill the rest."""
    result = check(MINIMAL)
    assert result.problems == ()
    preset = result.require()
    assert (preset.id, preset.title, preset.quiz.bank_ids) == ("week3", "Week 3", (BANK,))
    assert preset.quiz.mode is Mode.PRACTICE and preset.feedback is Feedback.AFTER_EACH
    assert (preset.attempts, preset.quiz.clock_keeps_running, preset.quiz.seed) == (0, False, None)
    assert preset.results_dir == Path("week3.preset.yaml").absolute().parent / "out"


def test_an_exam_defaults_to_one_attempt_feedback_at_the_end_and_a_running_clock() -> None:
    """`mode: exam` alone changes the defaults a teacher expects of an exam."""
    preset = check(MINIMAL + "mode: exam\n").require()
    assert (preset.attempts, preset.feedback, preset.quiz.clock_keeps_running) == (
        1,
        Feedback.END,
        True,
    )


def test_every_setting_reaches_the_engine_configuration(library: Library) -> None:
    """The full example's settings become the QuizConfig, with the learner's extra time."""
    preset = check(
        f"""\
        title: Week 3 review
        id: week3-review
        instructions: Work alone. You have ten minutes.
        banks: [{BANK}]
        filters: {{tags: [section-907, energy], difficulty: [easy, medium]}}
        questions: 10
        shuffle: {{questions: true, choices: false}}
        seed: 42
        mode: exam
        time_limit: {{quiz: 600, question: 60}}
        feedback: none
        attempts: 2
        clock_keeps_running: false
        results: /media/usb/week3-results
        """,
        library,
    ).require()
    config = preset.quiz_config(extra_time=1.5)
    assert (
        preset.id == "week3-review" and preset.instructions == "Work alone. You have ten minutes."
    )
    assert config.bank_ids == (BANK,) and config.mode is Mode.EXAM
    assert config.tags == {"section-907", "energy"}
    assert {d.value for d in config.difficulties} == {"easy", "medium"}
    assert (config.count, config.seed, config.shuffle_questions, config.shuffle_choices) == (
        10,
        42,
        True,
        False,
    )
    assert (config.quiz_time_limit, config.question_time_limit, config.question_limits) == (
        600.0,
        60.0,
        True,
    )
    assert (config.extra_time, config.clock_keeps_running) == (1.5, False)
    assert (preset.feedback, preset.attempts) == (Feedback.NONE, 2)
    assert preset.results_dir == Path("/media/usb/week3-results")


def test_time_limits_can_be_switched_off_entirely() -> None:
    """`time_limit: off` turns off even the banks' own per-question limits; `question: off` too."""
    assert check(MINIMAL + "time_limit: off\n").require().quiz.question_limits is False
    limits = check(MINIMAL + "time_limit: {quiz: 300, question: off}\n").require().quiz
    assert (limits.quiz_time_limit, limits.question_limits) == (300.0, False)
    assert check(MINIMAL).require().quiz.question_limits is None  # the engine's default


def test_question_ids_take_the_only_bank_or_a_bank_prefix(library: Library) -> None:
    """`filters: questions:` takes plain ids with one bank, `bank/id` always."""
    preset = check(
        MINIMAL + f"filters: {{questions: [wilson-advice, {BANK}/paris-meeting-place]}}\n",
        library,
    ).require()
    assert preset.quiz.question_ids == (
        ref(BANK, "wilson-advice"),
        ref(BANK, "paris-meeting-place"),
    )


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("", "1:1: error: the file is empty; a preset needs `title:`, `banks:` and `results:`"),
        ("- a\n- b\n", "1:1: error: the file starts with a list"),
        ("title: [x\n", "error: this is not valid YAML"),
        (f"banks: [{BANK}]\nresults: out\n", "1:1: error: `title:` is missing"),
        ("title: T\nresults: out\n", "1:1: error: `banks:` is missing"),
        (f"title: T\nbanks: [{BANK}]\n", "1:1: error: `results:` is missing"),
        (
            MINIMAL + "shufle: true\n",
            "4:1: error: unknown key 'shufle' in the preset — did you mean 'shuffle'?",
        ),
        (
            MINIMAL + "title: again\n",
            "4:1: error: the key 'title' appears twice in the preset (first on line 1)",
        ),
        (
            MINIMAL + "mode: exma\n",
            "4:7: error: `mode` must be practice or exam, not 'exma' — did you mean 'exam'?",
        ),
        (MINIMAL + "mode: review\n", "4:7: error: `mode` must be practice or exam, not 'review'"),
        (
            MINIMAL + "feedback: later\n",
            "4:11: error: `feedback` must be after_each, end, score or none, not 'later'",
        ),
        (
            MINIMAL + "mode: exam\nfeedback: after_each\n",
            "5:11: error: an exam shows feedback only at the end",
        ),
        (
            MINIMAL + "questions: 0\n",
            "4:12: error: `questions` must be a whole number from 1 to 10000",
        ),
        (
            MINIMAL + "questions: 2.5\n",
            "4:12: error: `questions` must be a whole number from 1 to 10000",
        ),
        (
            MINIMAL + "questions: '10'\n",
            "4:12: error: `questions` must be a number, not '10' (remove the quotes)",
        ),
        (MINIMAL + "questions: [a, b]\n", "4:12: error: `questions` is how many questions to ask"),
        (
            MINIMAL + "attempts: -1\n",
            "4:11: error: `attempts` must be a whole number from 0 to 1000",
        ),
        (MINIMAL + "seed: lucky\n", "4:7: error: `seed` must be a number, not 'lucky'"),
        (
            MINIMAL + "shuffle: maybe\n",
            "4:10: error: `shuffle` must be true or false (or `{questions: true, choices: false}`), not 'maybe'",
        ),
        (
            MINIMAL + "shuffle: {questions: true, answers: false}\n",
            "4:28: error: unknown key 'answers' in `shuffle`",
        ),
        (
            MINIMAL + "clock_keeps_running: 'yes'\n",
            "4:22: error: `clock_keeps_running` must be true or false without quotes, not 'yes'",
        ),
        (
            MINIMAL + "time_limit: 600\n",
            "4:13: error: `time_limit` takes `quiz:` and/or `question:` in seconds",
        ),
        (
            MINIMAL + "time_limit: {quiz: 0}\n",
            "4:20: error: `quiz` is in seconds and must be more than 0 and at most 86400",
        ),
        (
            MINIMAL + "time_limit: {quiz: 10 min}\n",
            "4:20: error: `quiz` must be a number, not '10 min'",
        ),
        (
            MINIMAL + "time_limit: {quizz: 600}\n",
            "4:14: error: unknown key 'quizz' in `time_limit` — did you mean 'quiz'?",
        ),
        (
            MINIMAL + "filters: {difficulty: [easy, hardest]}\n",
            "4:30: error: `difficulty` must be easy, medium or hard, not 'hardest' — did you mean 'hard'?",
        ),
        (
            MINIMAL + "filters: {tag: [x]}\n",
            "4:11: error: unknown key 'tag' in `filters` — did you mean 'tags'?",
        ),
        (
            MINIMAL + "filters: [x]\n",
            "4:10: error: `filters` must be a set of `key: value` lines, not a list",
        ),
        (MINIMAL + "filters: {questions: []}\n", "4:22: error: `questions` is empty"),
        ("title: T\nbanks: [Bank One]\nresults: out\n", "2:9: error: 'Bank One' is not a bank id"),
        (
            "title: T\nbanks: [a, b]\nresults: out\nfilters: {questions: [q1]}\n",
            "4:23: error: with more than one bank, write the question as bank-id/q1",
        ),
        (
            MINIMAL + "filters: {questions: [other/q1]}\n",
            "4:23: error: 'other/q1' names the bank 'other', which is not in `banks`",
        ),
        (
            MINIMAL + "id: Week 3!\n",
            "4:5: error: the preset id 'Week 3!' may use only a-z, 0-9, '.', '_' and '-' (for example 'week-3')",
        ),
        (
            "title: !!python/object:os.system x\nbanks: [b]\nresults: out\n",
            "1:8: error: the tag '!!python/object:os.system' is not allowed",
        ),
        ("title: T\n\tbanks: [b]\n", "2:1: error: a tab is used for indentation"),
    ],
)
def test_each_mistake_is_reported_at_its_line_and_column(yaml_text: str, expected: str) -> None:
    """Every rule names the file, line and column, and says what to write instead."""
    problems = formatted(yaml_text)
    assert any(expected in p for p in problems), problems
    assert all(p.startswith("week3.preset.yaml:") for p in problems)
    assert check(yaml_text).preset is None


def test_every_mistake_is_reported_at_once(library: Library) -> None:
    """Five mistakes in five places: five errors in file order, not just the first."""
    problems = formatted(
        f"""\
        title: T
        banks: [{BANK}]
        filters: {{tags: [sectoin-907], questions: [no-such-question]}}
        mode: exma
        attempts: many
        results: out
        feedback: sometimes
        """,
        library,
    )
    assert [re.sub(r"^week3.preset.yaml:(\d+:\d+).*", r"\1", p) for p in problems] == [
        "3:18",
        "3:44",
        "4:7",
        "5:11",
        "7:11",
    ]
    assert (
        "no question of the chosen banks has the tag 'sectoin-907' — did you mean 'section-907'?"
        in problems[0]
    )
    assert "has no question 'no-such-question'" in problems[1]


def test_bank_ids_are_checked_against_the_library_with_a_suggestion(library: Library) -> None:
    """An id that is not in the library is an error that names the closest bank."""
    problems = formatted("title: T\nbanks: [azerbaijan-us-relation]\nresults: out\n", library)
    assert problems == [
        "week3.preset.yaml:2:9: error: there is no bank 'azerbaijan-us-relation' in the library"
        " — did you mean 'azerbaijan-us-relations'? (the library has azerbaijan-us-relations)"
    ]


def test_filters_that_match_nothing_or_too_few_are_reported(library: Library) -> None:
    """No matching question is an error; asking for more than match is a warning."""
    nothing = formatted(MINIMAL + "filters: {tags: [energy], difficulty: [easy]}\n", library)
    assert nothing == [
        "week3.preset.yaml:4:10: error: no question of the chosen banks matches these filters"
    ]
    few = check(MINIMAL + "filters: {tags: [section-907]}\nquestions: 50\n", library)
    assert few.preset is not None
    n = sum("section-907" in q.tags for b in library.banks for q in b.questions)
    assert 0 < n < 50
    assert [p.format() for p in few.problems] == [
        f"week3.preset.yaml:5:12: warning: the filters match only {n} questions, so a learner "
        f"gets {n}, not 50"
    ]


def test_without_a_library_bank_ids_are_not_looked_up() -> None:
    """Checking a preset alone (no library) accepts any well-formed bank id."""
    assert check("title: T\nbanks: [not-here-yet]\nresults: out\n").problems == ()


def test_a_missing_results_folder_is_a_warning_when_loading_a_file(tmp_path: Path) -> None:
    """quizapp never creates the results folder, so a missing one is pointed out."""
    path = tmp_path / "w.preset.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    result = load_preset(path)
    assert result.preset is not None
    assert [p.severity.value for p in result.problems] == ["warning"]
    assert (
        f"the results folder {tmp_path / 'out'} does not exist (yet)" in result.problems[0].message
    )
    (tmp_path / "out").mkdir()
    assert load_preset(path).problems == ()


def test_open_preset_raises_one_error_carrying_every_problem(tmp_path: Path) -> None:
    """`quizapp --preset` gets a PresetError with every error, formatted file:line:col."""
    path = tmp_path / "bad.preset.yaml"
    path.write_text("title: T\nmode: exma\n", encoding="utf-8")
    with pytest.raises(PresetError) as caught:
        open_preset(path)
    assert len(caught.value.problems) == 3
    assert f"{path}:2:7: error: `mode` must be practice or exam" in str(caught.value)
    with pytest.raises(PresetError, match="cannot be read"):
        open_preset(tmp_path / "missing.preset.yaml")


def test_a_preset_that_is_not_utf8_is_reported_at_the_bad_byte(tmp_path: Path) -> None:
    """A preset saved in Latin-1 gets the line and column of the first bad byte."""
    path = tmp_path / "latin.preset.yaml"
    path.write_bytes("title: Révision\n".encode("latin-1"))
    assert [p.format() for p in load_preset(path).problems] == [
        f"{path}:1:9: error: the file is not UTF-8 text; save it as UTF-8 in your editor"
    ]


def test_the_example_in_the_teachers_guide_is_valid(library: Library) -> None:
    """The complete example in docs/classroom.md passes the checker as written."""
    guide = (REPO / "docs" / "classroom.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(# week3\.preset\.yaml.*?)```", guide, re.S)
    assert example is not None
    result = check_preset_text(example.group(1), "week3.preset.yaml", library)
    assert result.problems == (), [p.format() for p in result.problems]


def test_bank_search_skips_presets(tmp_path: Path) -> None:
    """A preset next to the banks is never loaded as a (broken) bank."""
    (tmp_path / "week3.preset.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "bank.yaml").write_text("title: B\nquestions: []\n", encoding="utf-8")
    files, _ = find_bank_files([tmp_path])
    assert [f.name for f in files] == ["bank.yaml"]
