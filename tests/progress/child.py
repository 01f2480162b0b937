"""A separate quizapp process for the tests to kill: `python child.py DATA_DIR hold|write`.

hold:  open the store, print READY, then wait for stdin to close (holds the folder's lock).
write: open the store, resume the unfinished attempt or start one, print READY <attempt>
       <answered>, then answer questions forever, printing `ANSWER <attempt> <question>` only
       after `record_answer` says the answer is committed. Every 25 answers it finishes the
       attempt and starts another; every 7 it takes a backup, so kills land there too.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC

from quizapp import paths, words
from quizapp.bank.model import BankId, QuestionId
from quizapp.clock import SystemClock
from quizapp.progress import AnswerRecord, BankUse, Mode, Store

BANK = BankUse(BankId("crash"), "hash-1", "Crash bank")
PER_ATTEMPT = 25


def main(data_dir: str, mode: str) -> int:
    clock = SystemClock()
    store = Store.open(paths.resolve(data_dir=data_dir), clock, tz=UTC)
    if store.opened.notices:
        print("RECOVERED", json.dumps([words.notice(n) for n in store.opened.notices]), flush=True)
    if mode == "hold":
        print("READY", flush=True)
        sys.stdin.read()
        store.close()
        return 0
    learner = store.find_learner("Crash") or store.create_learner("Crash")
    unfinished = store.unfinished_attempts(learner.id)
    if unfinished:
        attempt, answered = unfinished[0].attempt.id, int(unfinished[0].state["answered"])
    else:
        attempt, answered = start(store, learner.id), 0
    print("READY", attempt, answered, flush=True)
    rng = random.Random()
    while True:
        answered += 1
        question = f"{attempt}-{answered}"
        record = AnswerRecord(
            bank_id=BANK.bank_id,
            question_id=QuestionId(question),
            response_json=json.dumps("x" * rng.randrange(200)),
            score=1.0,
            correct=rng.random() < 0.7,
            time_ms=rng.randrange(30_000),
            answered_at=clock.now(),
            content_hash=BANK.content_hash,
            prompt=f"Question {question}",
            bank_title=BANK.title,
            tags=("crash",),
        )
        # The state says how many answers the attempt has, and pads to a realistic size.
        state = {"answered": answered, "last": question, "pad": "s" * rng.randrange(4000)}
        result = store.record_answer(attempt, record, state)
        if not result.saved:
            print("PENDING", result.problem and words.notice(result.problem), flush=True)
            return 3
        print("ANSWER", attempt, question, flush=True)
        store.autosave(attempt, lambda now=state: now)  # the app's timer ticks between answers
        if answered % 7 == 0:
            store.backup_now()
        if answered == PER_ATTEMPT:
            store.finish_attempt(attempt, "finished", 0.7)
            attempt, answered = start(store, learner.id), 0
            print("STARTED", attempt, flush=True)


def start(store: Store, learner_id: int) -> int:
    return store.start_attempt(
        learner_id,  # type: ignore[arg-type]
        Mode.PRACTICE,
        config={"size": PER_ATTEMPT},
        seed=1,
        banks=[BANK],
        state={"answered": 0, "last": None},
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
