"""Screenshots of every page, light and dark: `xvfb-run -a -s "-screen 0 1280x800x24"
.venv/bin/python docs/screenshots/take.py` (`... take.py --lang de light`: in German, into
`docs/screenshots/de/`). Uses the app's own window in a throwaway data folder,
with two weeks of made-up practice (a fake clock), and saves `docs/screenshots/<page>-<theme>.png`.
The classroom shots use a preset next to the banks and a class of made-up learners; `small-*` are
800x600 with 200% text, `large-*` the same text in the usual window.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quizapp import paths  # noqa: E402
from quizapp.app.context import AppContext  # noqa: E402
from quizapp.app.recording import AttemptRecorder  # noqa: E402
from quizapp.clock import FakeClock  # noqa: E402
from quizapp.progress import LearnerSettings, Store  # noqa: E402
from quizapp.quiz import QuizConfig, Session, State, expected_response  # noqa: E402
from quizapp.ui.theme import apply_theme  # noqa: E402
from quizapp.ui.window import MainWindow  # noqa: E402

PRESET = """\
title: Week 3 review
instructions: >-
  Work alone, without notes. You have ten minutes for the whole quiz; the clock keeps running.
  Your teacher sees your answers after class.
banks: [{bank}]
questions: 8
seed: 42
mode: exam
time_limit: {{quiz: 600}}
feedback: {feedback}
attempts: 1
results: {results}
"""
CLASS = ["Ana", "Bilal", "Chen", "Dana", "Emil", "Fatima", "Gabor", "Hana", "Ivo", "Jamal"]

BROKEN = """\
title: Rivers of Europe (draft)
id: rivers-draft
questions:
  - id: longest
    type: single
    prompt: Which river is the longest?
    choices: [Volga, Danube]
    answer: Rhine
  - id: source
    type: short
    prompt: Where does the Danube rise?
    answer: Black Forest
"""


def settle(app: QApplication, window: MainWindow, ms: int = 150) -> None:
    for _ in range(ms // 10):
        app.processEvents()
        window.repaint()


def history(store: Store, clock: FakeClock, learner_id: int, banks: list) -> None:  # type: ignore[type-arg]
    rng = random.Random(7)
    index = {b.id: b for b in banks}
    for day in range(14):
        skill = 0.45 + day * 0.03
        config = QuizConfig(bank_ids=(banks[0].id,), count=10, seed=day)
        session = Session(config, banks, clock)
        session.start()
        recorder = AttemptRecorder(store, session, index)
        recorder.start(learner_id)
        while session.state is not State.FINISHED:
            if session.state is State.ASKING:
                q = session.current.question
                clock.advance(rng.uniform(6, 25))
                session.submit(expected_response(q) if rng.random() < skill else None)
                recorder.record_new_answers()
            else:
                session.next()
        recorder.finish()
        clock.advance(86_400 - 200)


def shoot(theme: str, out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, theme)
    scratch = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    extra = scratch / "banks"
    extra.mkdir()
    (extra / "rivers-draft.yaml").write_text(BROKEN, encoding="utf-8")
    folders = paths.resolve(scratch / "data", scratch / "cache", [extra])
    clock = FakeClock()
    store = Store.open(folders, clock)
    ana = store.create_learner("Ana")
    store.create_learner("Bilal")
    store.create_learner("Chen")
    window = MainWindow(AppContext(folders, store, clock))
    window.resize(1200, 760)
    window.show()
    while not window.ctx.library.banks:
        app.processEvents()
    banks = list(window.ctx.library.banks)
    history(store, clock, ana.id, banks)
    # an unfinished quiz, to show the offer to resume
    s = Session(QuizConfig(bank_ids=(banks[0].id,), count=10, seed=99), banks, clock)
    s.start()
    r = AttemptRecorder(store, s, {b.id: b for b in banks})
    r.start(ana.id)
    s.submit(expected_response(s.current.question))
    r.record_new_answers()
    window.learners.refresh(select=ana.id)
    window.learners.set_library_ready(True)

    def grab(name: str) -> None:
        settle(app, window)
        window.grab().save(str(out / f"{name}-{theme}.png"))

    window.show_page(window.learners)
    grab("learners")
    window.learners._discard()

    window.choose_learner(store.learner(ana.id))
    while not window.library.summaries:
        app.processEvents()
    window.library.select(banks[0].id)
    grab("library")
    window.library.select("rivers-draft")
    grab("library-problems")
    window.library.select(banks[0].id)
    window.set_up_quiz(banks[0].id)
    window.setup.mode.setCurrentIndex(1)
    grab("setup")
    window.start_quiz(QuizConfig(bank_ids=(banks[0].id,), count=40, seed=3, quiz_time_limit=600))
    quiz = window.quiz
    clock.advance(95)
    quiz.tick()
    grab("quiz")
    while quiz.session.current.question.type.value != "order":
        quiz.session.submit(None)
        quiz.session.next()
        quiz.redraw()
    grab("quiz-order")
    quiz.widget.pick(2)
    quiz.submit()
    grab("quiz-feedback")
    quiz.go_on()
    while quiz.session.state is not State.FINISHED:
        if quiz.session.state is State.ASKING:
            q = quiz.session.current.question
            quiz.session.submit(expected_response(q) if q.type.value != "multiple" else None)
        quiz._after_move()
        if quiz.session.state is State.FEEDBACK:
            quiz.go_on()
    grab("results")
    window.results.list.setCurrentRow(1)
    feedback = window.results.feedback
    if feedback.show_text.isVisible():
        feedback.show_text.click()
        grab("reader")
    window.go_progress()
    while window.progress.report is None:
        app.processEvents()
    grab("progress")
    window.progress.tabs.setCurrentIndex(1)
    grab("progress-history")
    results = classroom_shots(app, theme, out, scratch, folders, store, clock, banks)
    window.go_class_report()
    window.class_report.load(results)
    while window.class_report.report is None:
        app.processEvents()
    window.class_report.questions.sortItems(4, Qt.SortOrder.AscendingOrder)
    grab("class-report")
    window.class_report.tabs.setCurrentIndex(1)
    grab("class-report-questions")
    window.close()
    from quizapp.ui.workers import Job

    window.deleteLater()  # its folder watcher goes too: no reload after the store is closed
    while Job._running:
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    shutil.rmtree(scratch, ignore_errors=True)


def small_screen_shots(theme: str, out: Path) -> None:
    """A lab projector: 800x600 with 200% text (22 pt), saved as `small-<page>-<theme>.png`;
    and the same text size in the usual window, `large-<page>-<theme>.png`."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_theme(app, theme)
    scratch = Path(tempfile.mkdtemp(prefix="quizapp-shots-"))
    folders = paths.resolve(scratch / "data", scratch / "cache", [])
    clock = FakeClock()
    store = Store.open(folders, clock)
    ana = store.create_learner("Ana", LearnerSettings(font_size=22))
    window = MainWindow(AppContext(folders, store, clock))
    window.show()
    while not window.ctx.library.banks:
        app.processEvents()
    banks = list(window.ctx.library.banks)
    history(store, clock, ana.id, banks)
    window.learners.refresh(select=ana.id)
    for prefix, size in (("small", (800, 600)), ("large", (1200, 760))):
        window.resize(*size)

        def grab(name: str, prefix: str = prefix) -> None:
            settle(app, window)
            window.grab().save(str(out / f"{prefix}-{name}-{theme}.png"))

        window.go_learners()
        grab("learners")
        window.choose_learner(store.learner(ana.id))
        while not window.library.summaries:
            app.processEvents()
        window.library.select(banks[0].id)
        grab("library")
        window.set_up_quiz(banks[0].id)
        grab("setup")
        config = QuizConfig(bank_ids=(banks[0].id,), count=10, seed=3, quiz_time_limit=600)
        window.start_quiz(config)
        quiz = window.quiz
        grab("quiz")
        quiz.widget.pick(1)
        quiz.submit()
        grab("quiz-feedback")
        quiz.end_quiz()
        grab("results")
    window.close()
    from quizapp.ui.workers import Job

    window.deleteLater()
    while Job._running:
        app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    shutil.rmtree(scratch, ignore_errors=True)


def classroom_shots(
    app: QApplication,
    theme: str,
    out: Path,
    scratch: Path,
    folders: paths.Paths,
    store: Store,
    clock: FakeClock,
    banks: list,  # type: ignore[type-arg]
) -> Path:
    """The classroom window (name screen, a question, the end screen, results waiting) after
    a made-up class; returns the results folder, for the class report."""
    from quizapp.bank import Library
    from quizapp.classroom import Classroom, load_preset
    from quizapp.ui.classroom.window import ClassroomWindow

    library = Library((), tuple(banks), ())
    results = scratch / "week3-results"
    results.mkdir()
    preset_file = scratch / "week3.preset.yaml"
    preset_file.write_text(
        PRESET.format(bank=banks[0].id, feedback="end", results=results.name), encoding="utf-8"
    )
    preset = load_preset(preset_file, library).require()
    room = Classroom(preset, library, store, clock, machine="lab-3")
    rng = random.Random(11)
    for n, name in enumerate(CLASS):
        sitting = room.begin(name)
        skill = 0.35 + 0.06 * n
        while sitting.session.state is not State.FINISHED:
            if sitting.session.state is State.ASKING:
                q = sitting.session.current.question
                clock.advance(rng.uniform(8, 50))
                sitting.submit(expected_response(q) if rng.random() < skill else None)
            else:
                sitting.next()
            if n == 3 and len(sitting.session.answers) == 4:
                sitting.leave()  # one learner left early
        clock.advance(40)

    window = ClassroomWindow(AppContext(folders, store, clock, library), room)
    window.resize(1200, 760)
    window.show()

    def grab(name: str) -> None:
        for _ in range(15):
            app.processEvents()
            window.repaint()
        window.grab().save(str(out / f"{name}-{theme}.png"))

    window.names.name.setText("Kofi")
    grab("classroom-name")
    window.start("Kofi")
    quiz = window.quiz
    while quiz.widget is None:  # the results folder is asked for Kofi's attempts off the GUI thread
        app.processEvents()
    quiz.widget.pick(2)  # type: ignore[union-attr]
    quiz.submit()
    clock.advance(38)
    quiz.tick()
    grab("classroom-quiz")
    while quiz.running():
        s = quiz.session
        assert s is not None
        if s.state is State.ASKING:
            q = s.current.question
            ok = rng.random() < 0.7 and q.type.value not in ("order", "match")
            s.submit(expected_response(q) if ok else None)
        quiz._after_move()
    window.end.list.setCurrentRow(1)
    grab("classroom-end")
    window.next_learner()

    # a stick pulled out: the next result waits on this machine, and the line says so
    preset_file.write_text(
        PRESET.format(bank=banks[0].id, feedback="none", results="stick"), encoding="utf-8"
    )
    away = Classroom(
        load_preset(preset_file, library).require(), library, store, clock, machine="lab-3"
    )
    waiting = ClassroomWindow(AppContext(folders, store, clock, library), away)
    waiting.resize(1200, 760)
    waiting.show()
    waiting.start("Lena")
    while waiting.quiz.running():
        s = waiting.quiz.session
        assert s is not None
        s.submit(expected_response(s.current.question))
        waiting.quiz._after_move()
    window.allow_close()
    window.close()
    window = waiting
    grab("classroom-end-none")
    waiting.next_learner()
    grab("classroom-waiting")
    waiting.allow_close()
    waiting.close()
    return results


def main() -> int:
    import faulthandler
    import logging

    logging.basicConfig(level=logging.WARNING)

    faulthandler.dump_traceback_later(300, exit=True)
    out = HERE
    args = sys.argv[1:]
    if args[:1] == ["--lang"]:  # `--lang de light`: the pages in German, in docs/screenshots/de/
        from quizapp.ui import i18n

        QApplication.instance() or QApplication(sys.argv[:1])
        i18n.install(args[1])
        out = HERE / args[1]
        out.mkdir(exist_ok=True)
        args = args[2:]
    themes = args or ["light", "dark"]
    for theme in themes:
        shoot(theme, out)
        small_screen_shots(theme, out)
    print("saved to", out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
