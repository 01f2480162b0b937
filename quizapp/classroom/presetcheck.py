"""The preset checker: a preset's node tree -> `Preset`, with every problem located.

Loaded only when a preset is checked (it brings in the YAML parser); see `preset.py` for the
format and the functions to call.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from quizapp.bank.loader import Library
from quizapp.bank.model import Bank, BankId, Difficulty, QuestionId
from quizapp.bank.yamlnodes import MappingNode, Node, ScalarNode, SequenceNode
from quizapp.classroom.files import slug
from quizapp.classroom.preset import Feedback, Preset, preset_id_from_path
from quizapp.classroom.presetlrs import read_lrs
from quizapp.classroom.reader import Fields, Off, PresetReader, is_off, item_node, suggest
from quizapp.files import path_problem, system_folder
from quizapp.quiz.config import Mode, QuestionRef, QuizConfig
from quizapp.quiz.errors import QuizError
from quizapp.quiz.select import bank_index, select_questions

_ID = re.compile(r"[a-z0-9][a-z0-9._-]*")
_TOP = (
    "title",
    "id",
    "instructions",
    "banks",
    "filters",
    "questions",
    "shuffle",
    "seed",
    "mode",
    "time_limit",
    "feedback",
    "attempts",
    "clock_keeps_running",
    "results",
    "lrs",
)
_FILTERS = ("tags", "difficulty", "questions")
_SHUFFLE = ("questions", "choices")
_LIMITS = ("quiz", "question")
_MODES = (Mode.PRACTICE.value, Mode.EXAM.value)
_DIFFICULTIES = tuple(d.value for d in Difficulty)
MAX_SECONDS = 24 * 3600
MAX_QUESTIONS = 10_000
MAX_ATTEMPTS = 1000


_FEEDBACK = tuple(f.value for f in Feedback)


class PresetChecker(PresetReader):
    """Reads one preset's node tree; `problems` holds every mistake found."""

    def __init__(self, path: str, library: Library | None, look_at_folders: bool) -> None:
        super().__init__(path)
        self.library = library
        self.look_at_folders = look_at_folders
        self.filter_fields: Fields | None = None

    def check(self, root: Node, content_hash: str) -> Preset | None:
        if isinstance(root, SequenceNode):
            self.error(
                root,
                "the file starts with a list; a preset is a set of `key: value` "
                "lines like `title:`, `banks:` and `results:`",
            )
            return None
        top = self.mapping(root, _TOP, "the preset")
        if top is None:
            return None
        title = self.required_text(
            top, "title", root, "`title:` is missing; add a line like `title: Week 3 review`"
        )
        preset_id = self._preset_id(top)
        instructions = self.optional_text(top, "instructions")
        mode = self._mode(top)
        bank_ids = self._banks(top, root)
        tags, difficulties, question_ids = self._filters(top, bank_ids)
        count = self._count(top)
        shuffle_questions, shuffle_choices = self._shuffle(top)
        seed = None
        if "seed" in top:
            seed = self.whole(top.value("seed"), "seed", 0, 2**32 - 1)
        quiz_limit, question_limit, question_limits = self._limits(top)
        feedback = self._feedback(top, mode)
        exam = mode is Mode.EXAM
        attempts: int | None = 1 if exam else 0
        if "attempts" in top:
            attempts = self.whole(top.value("attempts"), "attempts", 0, MAX_ATTEMPTS)
        keeps_running: bool | None = exam
        if "clock_keeps_running" in top:
            keeps_running = self.boolean(top.value("clock_keeps_running"), "clock_keeps_running")
        results = self._results(top, root)
        lrs = read_lrs(self, top.get("lrs"))
        if self.library is not None and bank_ids:
            self._against_library(top, bank_ids, tags, difficulties, question_ids, count)
        if (
            self.has_errors()
            or title is None
            or results is None
            or mode is None
            or feedback is None
            or attempts is None
            or keeps_running is None
        ):
            return None
        return Preset(
            id=preset_id,
            title=title.strip(),
            path=str(Path(self.path).absolute()),
            content_hash=content_hash,
            feedback=feedback,
            attempts=attempts,
            results_dir=results,
            instructions=instructions,
            lrs=lrs,
            quiz=QuizConfig(
                bank_ids=bank_ids,
                mode=mode,
                question_ids=question_ids,
                tags=tags,
                difficulties=difficulties,
                count=count,
                seed=seed,
                shuffle_questions=shuffle_questions,
                shuffle_choices=shuffle_choices,
                quiz_time_limit=quiz_limit,
                question_time_limit=question_limit,
                question_limits=question_limits,
                clock_keeps_running=keeps_running,
            ),
        )

    # -- one key at a time -----------------------------------------------------------------------

    def _preset_id(self, top: Fields) -> str:
        node = top.get("id")
        value = None if node is None else self.text(node, "id")
        if node is None or value is None:
            return preset_id_from_path(self.path)
        if not _ID.fullmatch(value):
            self.error(
                node,
                f"the preset id '{value}' may use only a-z, 0-9, '.', '_' and '-' "
                f"(for example '{slug(value, 'week-3', limit=40)}')",
            )
        return value

    def _mode(self, top: Fields) -> Mode | None:
        node = top.get("mode")
        if node is None:
            return Mode.PRACTICE
        value = self.text(node, "mode")
        if value is None:
            return None
        if value not in _MODES:
            self.error(
                node, f"`mode` must be practice or exam, not '{value}'{suggest(value, _MODES)}"
            )
            return None
        return Mode(value)

    def _banks(self, top: Fields, root: Node) -> tuple[BankId, ...]:
        node = top.get("banks")
        if node is None:
            self.error(
                root,
                "`banks:` is missing; name the ids of the banks to ask from, e.g. "
                "`banks: [azerbaijan-us-relations]`",
            )
            return ()
        out: list[BankId] = []
        for item, value in self.texts(
            node, "banks", allow_single=True, repeats_harmless=True, empty_ok=False
        ):
            if not _ID.fullmatch(value):
                self.error(
                    item,
                    f"'{value}' is not a bank id: a bank id uses only a-z, 0-9, '.', '_' and "
                    "'-' (it is the bank's `id:`, or its file name without .yaml)",
                )
                continue
            out.append(BankId(value))
        return tuple(out)

    def _filters(
        self, top: Fields, bank_ids: tuple[BankId, ...]
    ) -> tuple[frozenset[str], frozenset[Difficulty], tuple[QuestionRef, ...]]:
        node = top.get("filters")
        if node is None:
            return frozenset(), frozenset(), ()
        fields = self.mapping(node, _FILTERS, "`filters`")
        if fields is None:
            return frozenset(), frozenset(), ()
        self.filter_fields = fields
        tags: set[str] = set()
        if "tags" in fields:
            found = self.texts(
                fields.value("tags"),
                "tags",
                allow_single=True,
                repeats_harmless=True,
                empty_ok=False,
            )
            tags = {value.strip() for _, value in found}
        difficulties: set[Difficulty] = set()
        if "difficulty" in fields:
            for item, value in self.texts(
                fields.value("difficulty"),
                "difficulty",
                allow_single=True,
                repeats_harmless=True,
                empty_ok=False,
            ):
                if value in _DIFFICULTIES:
                    difficulties.add(Difficulty(value))
                else:
                    self.error(
                        item,
                        f"`difficulty` must be easy, medium or hard, not "
                        f"'{value}'{suggest(value, _DIFFICULTIES)}",
                    )
        refs: list[QuestionRef] = []
        if "questions" in fields:
            for item, value in self.texts(
                fields.value("questions"),
                "questions",
                allow_single=True,
                repeats_harmless=True,
                empty_ok=False,
            ):
                found_ref = self._question_ref(item, value.strip(), bank_ids)
                if found_ref is not None:
                    refs.append(found_ref)
        return frozenset(tags), frozenset(difficulties), tuple(refs)

    def _question_ref(
        self, node: Node, value: str, bank_ids: tuple[BankId, ...]
    ) -> QuestionRef | None:
        """`question-id` (one bank, or found in exactly one of them) or `bank-id/question-id`."""
        if "/" in value:
            bank, _, question = value.partition("/")
            if bank not in bank_ids:
                self.error(node, f"'{value}' names the bank '{bank}', which is not in `banks`")
                return None
            return QuestionRef(BankId(bank), QuestionId(question))
        if len(bank_ids) == 1:
            return QuestionRef(bank_ids[0], QuestionId(value))
        owners = [b for b in bank_ids if (found := self._bank(b)) and found.question(value)]
        if len(owners) == 1:
            return QuestionRef(owners[0], QuestionId(value))
        if len(owners) > 1:
            self.error(
                node,
                f"the question id '{value}' is in {' and '.join(owners)}; write it as "
                f"bank-id/{value}",
            )
        elif self.library is None:
            self.error(node, f"with more than one bank, write the question as bank-id/{value}")
        else:
            self.error(node, f"no bank in `banks` has a question '{value}'")
        return None

    def _count(self, top: Fields) -> int | None:
        node = top.get("questions")
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.value == "all" and not node.style:
            return None
        if not isinstance(node, ScalarNode):
            self.error(
                node,
                "`questions` is how many questions to ask (a number, or `all`); to pick "
                "questions by id, list them under `filters:` as `questions: [...]`",
            )
            return None
        return self.whole(node, "questions", 1, MAX_QUESTIONS)

    def _shuffle(self, top: Fields) -> tuple[bool, bool]:
        node = top.get("shuffle")
        if node is None:
            return True, True
        if isinstance(node, MappingNode):
            fields = self.mapping(node, _SHUFFLE, "`shuffle`")
            questions = choices = True
            if fields is not None and "questions" in fields:
                questions = self.boolean(fields.value("questions"), "questions") is not False
            if fields is not None and "choices" in fields:
                choices = self.boolean(fields.value("choices"), "choices") is not False
            return questions, choices
        both = self.boolean(node, "shuffle", " (or `{questions: true, choices: false}`)")
        return both is not False, both is not False

    def _limits(self, top: Fields) -> tuple[float | None, float | None, bool | None]:
        node = top.get("time_limit")
        if node is None:
            return None, None, None
        if is_off(node):  # no limit at all, not even the banks' own per-question limits
            return None, None, False
        if not isinstance(node, MappingNode):
            self.error(
                node,
                "`time_limit` takes `quiz:` and/or `question:` in seconds, e.g. "
                "`time_limit: {quiz: 600, question: 60}` (or `time_limit: off`)",
            )
            return None, None, None
        fields = self.mapping(node, _LIMITS, "`time_limit`")
        if fields is None:
            return None, None, None
        quiz: float | None = None
        if "quiz" in fields:
            value = self.seconds(fields.value("quiz"), "quiz", MAX_SECONDS)
            quiz = value if isinstance(value, float) else None
        question: float | None = None
        limits: bool | None = None
        if "question" in fields:
            value = self.seconds(fields.value("question"), "question", MAX_SECONDS)
            if isinstance(value, Off):
                limits = False
            elif value is not None:
                question, limits = value, True
        return quiz, question, limits

    def _feedback(self, top: Fields, mode: Mode | None) -> Feedback | None:
        node = top.get("feedback")
        if node is None:
            return Feedback.END if mode is Mode.EXAM else Feedback.AFTER_EACH
        value = self.text(node, "feedback")
        if value is None:
            return None
        if value not in _FEEDBACK:
            self.error(
                node,
                f"`feedback` must be after_each, end, score or none, not "
                f"'{value}'{suggest(value, _FEEDBACK)}",
            )
            return None
        if value == Feedback.AFTER_EACH and mode is Mode.EXAM:
            self.error(
                node,
                "an exam shows feedback only at the end; write `feedback: end` (or `none`), "
                "or use `mode: practice` for feedback after each question",
            )
            return None
        return Feedback(value)

    def _results(self, top: Fields, root: Node) -> Path | None:
        node = top.get("results")
        if node is None:
            self.error(
                root,
                "`results:` is missing; name the folder where results are collected, e.g. "
                "`results: week3-results` (a relative folder is next to this file)",
            )
            return None
        value = self.text(node, "results")
        if value is None:
            return None
        problem = path_problem(value.strip())
        if problem is not None:
            self.error(node, f"`results:` is not a usable folder name: {problem}")
            return None
        try:
            folder = Path(value.strip()).expanduser()
            if not folder.is_absolute():
                folder = Path(self.path).absolute().parent / folder
        except RuntimeError:  # "~nobody": a home folder that cannot be found
            self.error(node, f"`results: {value}`: that home folder does not exist")
            return None
        if system_folder(folder):
            self.error(
                node,
                f"`results: {value}` is a system folder ({folder}); results belong in a folder "
                "of their own, e.g. `results: week3-results` next to this file",
            )
            return None
        if self.look_at_folders and not _is_dir(folder):
            what = "is not a folder" if os.path.lexists(folder) else "does not exist (yet)"
            self.warn(
                node,
                f"the results folder {folder} {what}; create it, or plug in its stick. "
                "quizapp never creates it, and keeps results on each machine until it is there",
            )
        return folder

    # -- against the library ---------------------------------------------------------------------

    def _bank(self, bank_id: str) -> Bank | None:
        return None if self.library is None else self.library.bank(bank_id)

    def _against_library(
        self,
        top: Fields,
        bank_ids: tuple[BankId, ...],
        tags: frozenset[str],
        difficulties: frozenset[Difficulty],
        question_ids: tuple[QuestionRef, ...],
        count: int | None,
    ) -> None:
        assert self.library is not None
        known = sorted(b.id for b in self.library.banks)
        banks_node = top.value("banks")
        errors_before = sum(p.is_error for p in self.problems)
        for bank_id in bank_ids:
            if self._bank(bank_id) is None:
                listed = f" (the library has {', '.join(known)})" if 0 < len(known) <= 6 else ""
                self.error(
                    item_node(banks_node, bank_id) or banks_node,
                    f"there is no bank '{bank_id}' in the library{suggest(bank_id, known)}{listed}",
                )
        if sum(p.is_error for p in self.problems) > errors_before:
            return
        banks = [b for b in (self._bank(i) for i in bank_ids) if b is not None]
        filters = self.filter_fields
        all_tags = sorted({t for b in banks for q in b.questions for t in q.tags})
        for tag in sorted(tags):
            if tag not in all_tags:
                where = item_node(filters.get("tags"), tag) if filters else None
                self.error(
                    where or banks_node,
                    f"no question of the chosen banks has the tag '{tag}'{suggest(tag, all_tags)}",
                )
        for r in question_ids:
            bank = self._bank(r.bank_id)
            if bank is not None and bank.question(r.question_id) is None:
                where = (
                    item_node(filters.get("questions"), str(r), r.question_id) if filters else None
                )
                ids = [q.id for q in bank.questions]
                self.error(
                    where or banks_node,
                    f"the bank '{r.bank_id}' has no question '{r.question_id}'"
                    f"{suggest(r.question_id, ids)}",
                )
        if self.has_errors():  # filters that are wrong cannot be counted
            return
        config = QuizConfig(
            bank_ids=bank_ids,
            tags=tags,
            difficulties=difficulties,
            question_ids=question_ids,
            seed=0,
            shuffle_questions=False,
        )
        try:
            matching = len(select_questions(config, bank_index(banks)))
        except QuizError:
            matching = 0
        if matching == 0:
            where_node = top.get("filters") or banks_node
            self.error(where_node, "no question of the chosen banks matches these filters")
        elif count is not None and count > matching:
            self.warn(
                top.value("questions"),
                f"only {matching} question(s) match, so every learner gets those {matching}, "
                f"not {count}",
            )


def _is_dir(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except (OSError, ValueError):
        return False
