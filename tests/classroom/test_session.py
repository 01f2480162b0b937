"""A classroom on one machine: learners one after another, attempt allowances across machines,
leaving, hidden feedback, extra time, and attempts that a crash interrupted."""

from __future__ import annotations

import random
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from quizapp.bank import Library, load_library
from quizapp.classroom import (
    Classroom,
    ClassroomError,
    Preset,
    class_report,
    load_preset,
    read_result,
)
from quizapp.clock import FakeClock
from quizapp.progress import LearnerSettings, Store
from quizapp.quiz import FinishReason, State, expected_response
from tests.classroom.helpers import take

EXAM = """\
title: Week 3 review
banks: [azerbaijan-us-relations]
questions: 4
mode: exam
time_limit: {quiz: 600}
results: results
"""

OpenStore = Callable[[str], Store]
MakePreset = Callable[..., Preset]


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".result.json"))


def test_a_finished_attempt_reaches_the_results_folder_with_everything_the_report_needs(
    make_preset: MakePreset,
    library: Library,
    open_store: OpenStore,
    clock: FakeClock,
    results_dir: Path,
) -> None:
    """Learner, machine, preset and bank hashes, each answer with its score, time, and the
    bank file and line; the local store has the same attempt, finished."""
    preset = make_preset(EXAM)
    store = open_store("lab-1")
    sitting = Classroom(preset, library, store, clock, machine="lab-1").begin("Ana")
    take(sitting, clock, random.Random(1), skill=1.0)
    assert sitting.finished and sitting.delivery is not None and sitting.delivery.complete
    [path] = files(results_dir)
    result = read_result(path)
    bank = library.banks[0]
    assert (result.learner, result.machine, result.interrupted) == ("Ana", "lab-1", False)
    assert (result.preset.id, result.preset.content_hash) == ("week3", preset.content_hash)
    assert [(b.id, b.content_hash) for b in result.banks] == [(bank.id, bank.content_hash)]
    assert len(result.answers) == 4 and result.score == 1.0
    for answer in result.answers:
        question = bank.question(answer.question_id)
        assert question is not None
        assert (answer.bank_file, answer.line) == (bank.path, question.line)
        assert answer.prompt == question.prompt and answer.time_ms > 0
    [attempt] = store.attempts(sitting.learner.id)
    assert (attempt.end_reason, attempt.score, attempt.answer_count) == ("completed", 1.0, 4)


def test_one_attempt_means_one_even_on_another_machine(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """`attempts: 1`: the same learner (any spelling of the name) is refused a second attempt,
    also on another machine that sees the first one in the results folder."""
    preset = make_preset(EXAM)
    lab1 = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    take(lab1.begin("Ana"), clock, random.Random(2), skill=0.5)
    assert lab1.allowance("ana").may_start is False
    with pytest.raises(ClassroomError, match="you have used your 1 attempt at 'Week 3 review'"):
        lab1.begin("  ANA ")
    lab2 = Classroom(preset, library, open_store("lab-2"), clock, machine="lab-2")
    assert lab2.allowance("Ana").used == 1
    with pytest.raises(ClassroomError):
        lab2.begin("Ana")
    assert lab2.store.find_learner("Ana") is None  # no profile is made for a refused learner
    assert lab2.allowance("Bob").remaining == 1
    lab2.begin("Bob")


def test_the_results_folder_is_read_apart_from_the_store_for_the_gui(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """What the GUI runs off its thread: `earlier_attempts` finds another machine's attempt in
    the results folder, and `begin(name, earlier)` decides by that answer alone (an empty one
    lets a second attempt through: the folder is not read again on the caller's thread)."""
    preset = make_preset(EXAM)
    lab1 = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    first = lab1.begin("Ana")
    first.leave()
    lab2 = Classroom(preset, library, open_store("lab-2"), clock, machine="lab-2")
    assert lab2.earlier_attempts(" ANA ") == {first.attempt_id}
    assert lab2.earlier_attempts("Bob") == frozenset()
    with pytest.raises(ClassroomError, match="used your 1 attempt"):
        lab2.begin("Ana", lab2.earlier_attempts("Ana"))
    assert lab2.resume("Ana") is None
    assert lab2.begin("Ana", frozenset()).resumed is False


def test_without_deliver_at_once_recovery_keeps_results_on_this_machine(
    make_preset: MakePreset,
    library: Library,
    open_store: OpenStore,
    clock: FakeClock,
    results_dir: Path,
) -> None:
    """The GUI delivers in the background: recovery then only keeps the interrupted attempt in
    the local outbox (it still counts), and `deliver_pending` takes it to the folder."""
    preset = make_preset(EXAM)
    store = open_store("lab-1")
    take(
        Classroom(preset, library, store, clock).begin("Ana"),
        clock,
        random.Random(4),
        skill=1.0,
        stop_after=1,
    )
    store.close()
    room = Classroom(preset, library, open_store("lab-1"), clock)
    room.deliver_at_once = False
    [kept] = room.recover()
    assert files(results_dir) == [] and [w.file_name for w in room.pending()] == [kept.file_name]
    assert room.allowance("Ana", frozenset()).used == 1
    assert room.deliver_pending().complete
    assert [p.name for p in files(results_dir)] == [kept.file_name]


def test_unlimited_attempts_in_practice(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """`attempts: 0` lets a learner go again and again; each attempt is its own file."""
    preset = make_preset(EXAM.replace("mode: exam", "mode: practice") + "attempts: 0\n")
    room = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    for n in range(3):
        sitting = room.begin("Ana")
        take(sitting, clock, random.Random(n), skill=0.7)
        assert sitting.finished
    assert room.allowance("Ana").used == 3 and room.allowance("Ana").remaining is None
    assert len(files(preset.results_dir)) == 3


def test_leaving_writes_an_interrupted_attempt_that_counts(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """The learner confirms leaving: the attempt is written as interrupted (abandoned), with
    the answers given so far, and it uses up the attempt."""
    preset = make_preset(EXAM)
    room = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    sitting = room.begin("Ana")
    take(sitting, clock, random.Random(3), skill=1.0, stop_after=2)
    delivery = sitting.leave()
    assert delivery.complete
    result = read_result(files(preset.results_dir)[0])
    assert (result.interrupted, result.finish_reason) == (True, "abandoned")
    assert (len(result.answers), len(result.items)) == (2, 4)
    assert room.allowance("Ana").may_start is False
    assert sitting.leave() is delivery  # leaving twice changes nothing


@pytest.mark.parametrize(
    ("feedback", "state"),
    [("after_each", State.FEEDBACK), ("end", State.ASKING), ("none", State.ASKING)],
)
def test_feedback_the_preset_hides_is_skipped(
    make_preset: MakePreset,
    library: Library,
    open_store: OpenStore,
    clock: FakeClock,
    feedback: str,
    state: State,
) -> None:
    """In practice mode the engine pauses on feedback; the sitting moves straight on unless the
    preset shows feedback after each question."""
    text = EXAM.replace("mode: exam", "mode: practice") + f"feedback: {feedback}\n"
    room = Classroom(make_preset(text), library, open_store("lab-1"), clock, machine="lab-1")
    sitting = room.begin("Ana")
    sitting.submit(expected_response(sitting.session.current.question))
    assert sitting.session.state is state
    assert sitting.shows_results_at_end is (feedback != "none")


def test_a_learners_extra_time_applies_and_is_recorded(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """A learner with extra time 1.5 gets 900 s for a 600 s quiz, and the result says so."""
    store = open_store("lab-1")
    store.create_learner("Ana", LearnerSettings(extra_time_factor=1.5))
    room = Classroom(make_preset(EXAM), library, store, clock, machine="lab-1")
    sitting = room.begin("ana")
    assert sitting.session.quiz_remaining() == 900.0
    take(sitting, clock, random.Random(4), skill=1.0)
    assert sitting.result is not None
    assert (sitting.result.extra_time, sitting.result.extra_time_applied) == (1.5, True)


def test_a_missing_bank_is_one_plain_error(
    tmp_path: Path, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """A preset whose bank is not in this machine's library cannot start, and says why."""
    path = tmp_path / "x.preset.yaml"
    path.write_text("title: X\nbanks: [elsewhere]\nresults: results\n", encoding="utf-8")
    preset = load_preset(path).require()
    with pytest.raises(ClassroomError, match="asks from elsewhere, which is not in the library"):
        Classroom(preset, library, open_store("lab-1"), clock)


def test_an_attempt_cut_off_by_a_crash_is_written_interrupted_then_resumed_and_replaced(
    make_preset: MakePreset,
    library: Library,
    open_store: OpenStore,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """The app stops mid-quiz. On the next start, `recover` writes the attempt as interrupted
    at once; when the learner comes back it resumes where it was, and the finished file takes
    the interrupted one's place: the report counts one finished attempt."""
    preset = make_preset(EXAM)
    store = open_store("lab-1")
    sitting = Classroom(preset, library, store, clock, machine="lab-1").begin("Ana")
    take(sitting, clock, random.Random(5), skill=1.0, stop_after=2)
    first_id = sitting.attempt_id
    store.close()  # the app is gone; nothing more is written for this attempt

    clock.advance(30)
    room = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    [snapshot] = room.recover()
    assert (snapshot.attempt_id, snapshot.interrupted, len(snapshot.answers)) == (first_id, True, 2)
    [path] = files(preset.results_dir)
    assert read_result(path).interrupted

    resumed = room.begin("Ana")
    assert resumed.resumed and resumed.attempt_id == first_id
    assert len(resumed.session.answers) == 2
    take(resumed, clock, random.Random(6), skill=1.0)
    assert files(preset.results_dir) == [path]
    report = class_report(preset.results_dir)
    assert (report.finished, report.interrupted, report.merged.duplicates) == (1, 0, 0)
    assert report.learners[0].best_score == 1.0


def test_an_attempt_that_cannot_resume_is_closed_as_interrupted_with_its_saved_answers(
    tmp_path: Path, open_store: OpenStore, clock: FakeClock
) -> None:
    """The bank lost a question while the app was down: the session cannot be rebuilt, so the
    answers the store kept are written as an interrupted attempt and a new attempt can start."""
    bank_dir = tmp_path / "banks"
    bank_dir.mkdir()
    questions = "".join(
        f"  - {{id: q{i}, type: true_false, prompt: Statement {i}, answer: true, explanation: e}}\n"
        for i in range(1, 4)
    )
    (bank_dir / "tiny.yaml").write_text(f"title: Tiny\nquestions:\n{questions}", encoding="utf-8")
    (tmp_path / "results").mkdir()
    preset_path = tmp_path / "tiny.preset.yaml"
    preset_path.write_text(
        textwrap.dedent("""\
        title: Tiny quiz
        banks: [tiny]
        shuffle: false
        results: results
        """),
        encoding="utf-8",
    )
    library = load_library([bank_dir])
    preset = load_preset(preset_path, library).require()
    store = open_store("lab-1")
    sitting = Classroom(preset, library, store, clock, machine="lab-1").begin("Ana")
    sitting.submit(True)
    sitting.next()
    store.close()

    (bank_dir / "tiny.yaml").write_text(
        f"title: Tiny\nquestions:\n{questions.splitlines()[0]}\n", encoding="utf-8"
    )
    library = load_library([bank_dir])
    room = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    [written] = room.recover()
    assert (written.interrupted, written.finish_reason) == (True, "interrupted")
    assert [(a.question_id, a.score) for a in written.answers] == [("q1", 1.0)]
    assert room.begin("Ana").resumed is False


def test_time_that_ran_out_while_the_app_was_closed_finishes_the_attempt(
    make_preset: MakePreset, library: Library, open_store: OpenStore, clock: FakeClock
) -> None:
    """`clock_keeps_running` (an exam's default): coming back after the quiz's time is over
    finishes the attempt as "time up" — not interrupted — and it counts."""
    preset = make_preset(EXAM.replace("quiz: 600", "quiz: 60"))
    store = open_store("lab-1")
    sitting = Classroom(preset, library, store, clock, machine="lab-1").begin("Ana")
    take(sitting, clock, random.Random(7), skill=1.0, stop_after=1)
    store.save_state(sitting.store_attempt, sitting.session.to_dict())
    store.close()
    clock.advance(3600)
    room = Classroom(preset, library, open_store("lab-1"), clock, machine="lab-1")
    [result] = room.recover()
    assert (result.finish_reason, result.interrupted) == (FinishReason.TIME_UP.value, False)
    with pytest.raises(ClassroomError, match="used your 1 attempt"):
        room.begin("Ana")


def test_without_deliver_at_once_a_finished_sitting_keeps_its_result_on_this_machine(
    make_preset: MakePreset,
    library: Library,
    open_store: OpenStore,
    clock: FakeClock,
    results_dir: Path,
) -> None:
    """The GUI delivers in the background: a finished sitting's result waits in the local
    outbox (its delivery says so) until `deliver_pending` takes it to the folder."""
    room = Classroom(make_preset(EXAM), library, open_store("lab-1"), clock)
    room.deliver_at_once = False
    sitting = room.begin("Ana")
    take(sitting, clock, random.Random(5), skill=1.0)
    assert sitting.result is not None and sitting.delivery is not None
    assert not sitting.delivery.complete
    assert files(results_dir) == []
    assert [w.file_name for w in room.pending()] == [sitting.result.file_name]
    assert room.deliver_pending().complete
    assert [p.name for p in files(results_dir)] == [sitting.result.file_name]
