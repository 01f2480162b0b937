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
            self.error(root, "preset_is_list")
            return None
        top = self.mapping(root, _TOP, "preset")
        if top is None:
            return None
        title = self.required_text(top, "title", root, "preset_no_title")
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
            self.error(node, "bad_preset_id", value=value, example=slug(value, "week-3", limit=40))
        return value

    def _mode(self, top: Fields) -> Mode | None:
        node = top.get("mode")
        if node is None:
            return Mode.PRACTICE
        value = self.text(node, "mode")
        if value is None:
            return None
        if value not in _MODES:
            self.error(node, "bad_mode", value=value, suggestion=suggest(value, _MODES))
            return None
        return Mode(value)

    def _banks(self, top: Fields, root: Node) -> tuple[BankId, ...]:
        node = top.get("banks")
        if node is None:
            self.error(root, "preset_no_banks")
            return ()
        out: list[BankId] = []
        for item, value in self.texts(
            node, "banks", allow_single=True, repeats_harmless=True, empty_ok=False
        ):
            if not _ID.fullmatch(value):
                self.error(item, "not_a_bank_id", value=value)
                continue
            out.append(BankId(value))
        return tuple(out)

    def _filters(
        self, top: Fields, bank_ids: tuple[BankId, ...]
    ) -> tuple[frozenset[str], frozenset[Difficulty], tuple[QuestionRef, ...]]:
        node = top.get("filters")
        if node is None:
            return frozenset(), frozenset(), ()
        fields = self.mapping(node, _FILTERS, "filters")
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
                        "filter_difficulty",
                        value=value,
                        suggestion=suggest(value, _DIFFICULTIES),
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
                self.error(node, "ref_bank_not_listed", value=value, bank=bank)
                return None
            return QuestionRef(BankId(bank), QuestionId(question))
        if len(bank_ids) == 1:
            return QuestionRef(bank_ids[0], QuestionId(value))
        owners = [b for b in bank_ids if (found := self._bank(b)) and found.question(value)]
        if len(owners) == 1:
            return QuestionRef(owners[0], QuestionId(value))
        if len(owners) > 1:
            self.error(node, "ref_ambiguous", value=value, banks=tuple(owners))
        elif self.library is None:
            self.error(node, "ref_needs_bank", value=value)
        else:
            self.error(node, "ref_not_found", value=value)
        return None

    def _count(self, top: Fields) -> int | None:
        node = top.get("questions")
        if node is None:
            return None
        if isinstance(node, ScalarNode) and node.value == "all" and not node.style:
            return None
        if not isinstance(node, ScalarNode):
            self.error(node, "questions_count")
            return None
        return self.whole(node, "questions", 1, MAX_QUESTIONS)

    def _shuffle(self, top: Fields) -> tuple[bool, bool]:
        node = top.get("shuffle")
        if node is None:
            return True, True
        if isinstance(node, MappingNode):
            fields = self.mapping(node, _SHUFFLE, "shuffle")
            questions = choices = True
            if fields is not None and "questions" in fields:
                questions = self.boolean(fields.value("questions"), "questions") is not False
            if fields is not None and "choices" in fields:
                choices = self.boolean(fields.value("choices"), "choices") is not False
            return questions, choices
        both = self.boolean(node, "shuffle", "{questions: true, choices: false}")
        return both is not False, both is not False

    def _limits(self, top: Fields) -> tuple[float | None, float | None, bool | None]:
        node = top.get("time_limit")
        if node is None:
            return None, None, None
        if is_off(node):  # no limit at all, not even the banks' own per-question limits
            return None, None, False
        if not isinstance(node, MappingNode):
            self.error(node, "time_limit_not_mapping")
            return None, None, None
        fields = self.mapping(node, _LIMITS, "time_limit")
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
            self.error(node, "bad_feedback", value=value, suggestion=suggest(value, _FEEDBACK))
            return None
        if value == Feedback.AFTER_EACH and mode is Mode.EXAM:
            self.error(node, "exam_feedback")
            return None
        return Feedback(value)

    def _results(self, top: Fields, root: Node) -> Path | None:
        node = top.get("results")
        if node is None:
            self.error(root, "preset_no_results")
            return None
        value = self.text(node, "results")
        if value is None:
            return None
        problem = path_problem(value.strip())
        if problem is not None:
            self.error(node, "results_name_unusable", problem=problem)
            return None
        try:
            folder = Path(value.strip()).expanduser()
            if not folder.is_absolute():
                folder = Path(self.path).absolute().parent / folder
        except RuntimeError:  # "~nobody": a home folder that cannot be found
            self.error(node, "results_no_home", value=value)
            return None
        if system_folder(folder):
            self.error(node, "results_system_folder", value=value, folder=str(folder))
            return None
        if self.look_at_folders and not _is_dir(folder):
            code = "results_not_folder" if os.path.lexists(folder) else "results_not_there"
            self.warn(node, code, folder=str(folder))
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
                self.error(
                    item_node(banks_node, bank_id) or banks_node,
                    "no_such_bank",
                    bank=bank_id,
                    suggestion=suggest(bank_id, known),
                    known=tuple(known) if 0 < len(known) <= 6 else (),
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
                    where or banks_node, "no_such_tag", tag=tag, suggestion=suggest(tag, all_tags)
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
                    "no_such_question",
                    bank=r.bank_id,
                    question=r.question_id,
                    suggestion=suggest(r.question_id, ids),
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
            self.error(where_node, "nothing_matches")
        elif count is not None and count > matching:
            self.warn(top.value("questions"), "fewer_match", matching=matching, count=count)


def _is_dir(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except (OSError, ValueError):
        return False
