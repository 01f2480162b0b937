"""Countdown accuracy in a stalled GUI thread: the clock-based countdown vs counting ticks.

`timer_error_stalled`: a Qt event loop shows the engine's countdown through a 100 ms QTimer
for 10 s, while another timer makes the same thread busy for 250 ms of every second (as a slow
redraw or a big bank load would). A tick that cannot run on time is late, and ticks missed while
the thread is busy are merged into one, so a countdown that subtracts 0.1 s per tick falls
behind. At the first tick after 10 s, value = |engine's remaining − true remaining by the
monotonic clock| in ms; baseline = the same error for `remaining -= 0.1` per tick, same run.

This is the one place (with the GUI) allowed to import PySide6, and to busy-wait.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from common import Result

from quizapp.bank.model import Bank, BankId, Question, QuestionId, QuestionType
from quizapp.clock import SystemClock
from quizapp.quiz import Mode, QuizConfig, Session

RUN_SECONDS = 10.0
TICK_MS = 100
BUSY_EVERY_MS = 1000
BUSY_SECONDS = 0.25
QUIZ_LIMIT = 60.0


def _one_question_bank() -> Bank:
    question = Question(
        QuestionId("q"), QuestionType.TRUE_FALSE, "Time is measured, not counted.", truth=True
    )
    return Bank(BankId("bench"), "Benchmark", "/dev/null", "0" * 64, (question,))


def timer_error_stalled(scratch: Path) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication([])
    bank = _one_question_bank()
    config = QuizConfig((bank.id,), mode=Mode.EXAM, seed=1, quiz_time_limit=QUIZ_LIMIT)
    session = Session(config, [bank], SystemClock())
    label = QLabel()
    label.show()

    counted = QUIZ_LIMIT  # the baseline: one tenth of a second off per tick
    errors: dict[str, float] = {}
    ticks = 0
    start = time.monotonic()
    session.start()

    def on_tick() -> None:
        nonlocal counted, ticks
        ticks += 1
        counted -= TICK_MS / 1000
        session.tick()
        remaining = session.quiz_remaining()
        assert remaining is not None
        true_remaining = QUIZ_LIMIT - (time.monotonic() - start)
        label.setText(f"{remaining:.1f} s left")
        if time.monotonic() - start >= RUN_SECONDS:
            errors["engine"] = abs(remaining - true_remaining) * 1000
            errors["counted"] = abs(counted - true_remaining) * 1000
            app.quit()

    def be_busy() -> None:
        until = time.perf_counter() + BUSY_SECONDS
        while time.perf_counter() < until:
            pass

    tick_timer = QTimer()
    tick_timer.setInterval(TICK_MS)
    tick_timer.timeout.connect(on_tick)
    busy_timer = QTimer()
    busy_timer.setInterval(BUSY_EVERY_MS)
    busy_timer.timeout.connect(be_busy)
    tick_timer.start()
    busy_timer.start()
    app.exec()
    tick_timer.stop()
    busy_timer.stop()
    label.close()
    print(
        f"  {ticks} ticks in {time.monotonic() - start:.2f} s (expected {RUN_SECONDS / 0.1:.0f}); "
        f"engine error {errors['engine']:.3f} ms, tick counting {errors['counted']:.0f} ms"
    )
    return Result(
        value=errors["engine"],
        unit="ms",
        baseline=errors["counted"],
        goal=50,
        goal_on_value=True,
    )


BENCHMARKS = {"timer_error_stalled": timer_error_stalled}
