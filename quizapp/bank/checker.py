"""Bank YAML text -> `LoadResult`: the model built from the node tree, and every problem found.

The checker never stops at the first mistake: it walks the whole file, collects each problem
with its line and column (a code and its parameters; `quizapp.checkwords` words it, with a
plain fix), and keeps every question that has none.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from quizapp.bank import fields as F
from quizapp.bank.model import (
    Bank,
    BankId,
    Difficulty,
    Image,
    Question,
    QuestionId,
    QuestionType,
    Source,
)
from quizapp.bank.nodereader import Fields, NodeReader, TooMuchWork, suggest
from quizapp.bank.problems import LoadResult, Problem, Severity, SkippedQuestion
from quizapp.bank.sourcetext import SourceText
from quizapp.bank.yamlnodes import (
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    YamlProblem,
    compose,
    decode,
)
from quizapp.files import os_detail, os_reason, path_problem

MAX_BYTES = 2 * 1024 * 1024
_ID = re.compile(F.ID_PATTERN)
_TYPE_NAMES = tuple(t.value for t in QuestionType)
_QUESTION_KEYS = frozenset(F.ALL_QUESTION_KEYS)
_TOP_KEYS = frozenset(F.TOP_KEYS)
_SOURCE_KEYS = frozenset(F.SOURCE_KEYS)
_DEFAULT_KEYS = frozenset(F.DEFAULT_KEYS)
_KEYS_BY_TYPE = {t: frozenset(F.COMMON_QUESTION_KEYS + keys) for t, keys in F.TYPE_KEYS.items()}
_DIFFICULTIES = {d.value: d for d in Difficulty}

SourceReader = Callable[[Path], "SourceText | str"]


def check_bytes(
    data: bytes,
    path: str,
    read_source: SourceReader | None = None,
    content_hash: str = "",
) -> LoadResult:
    """Check a bank file's bytes. `read_source` reads `source.file` (None: no quote checks)."""
    if len(data) > MAX_BYTES:
        return _fatal(path, 1, 1, "bank_too_large", size=len(data), limit=MAX_BYTES)
    try:
        text = decode(data)
    except YamlProblem as exc:
        return _fatal(path, exc.line, exc.column, exc.code, **exc.params)
    return check_text(text, path, read_source, content_hash)


def check_text(
    text: str,
    path: str,
    read_source: SourceReader | None = None,
    content_hash: str = "",
) -> LoadResult:
    """Check bank YAML given as text; see `check_bytes`."""
    try:
        root = compose(text)
    except YamlProblem as exc:
        return _fatal(path, exc.line, exc.column, exc.code, **exc.params)
    if root is None:
        return _fatal(path, 1, 1, "bank_empty")
    checker = _Checker(path, read_source)
    try:
        return checker.check(root, content_hash)
    except TooMuchWork:
        return _fatal(path, 1, 1, "too_many_aliases")
    except RecursionError:
        return _fatal(path, 1, 1, "too_deep")


def _fatal(path: str, line: int, column: int, code: str, **params: object) -> LoadResult:
    return LoadResult(path, None, (Problem(path, line, column, Severity.ERROR, code, params),))


def _peek_id(node: Node) -> str | None:
    """A question's id as written, so even its earliest problems can name it."""
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) == "id" and isinstance(value, ScalarNode):
                return str(value.value) or None
    return None


class _Checker(NodeReader):
    """The bank checker: a `NodeReader` whose problems name the question being read."""

    def __init__(self, path: str, read_source: SourceReader | None) -> None:
        super().__init__(path)
        self.read_source = read_source
        self.qid: str | None = None
        self.question_errors = 0
        self.files: list[str] = []  # beside the bank, looked at: see `LoadResult.files`

    def report(self, node: Node, severity: Severity, code: str, params: dict[str, object]) -> None:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self.problems.append(Problem(self.path, line, column, severity, code, params, self.qid))
        if severity is Severity.ERROR:
            self.question_errors += 1

    # -- the bank ----------------------------------------------------------------------------
    def check(self, root: Node, content_hash: str) -> LoadResult:
        if isinstance(root, SequenceNode):
            self.error(root, "bank_is_list")
            return self._result(None, [])
        top = self.mapping(root, _TOP_KEYS, "bank")
        if top is None:
            return self._result(None, [])
        stem = Path(self.path).stem
        title = self.required_text(top, "title", root)
        bank_id = stem
        if "id" in top:
            value = self.text(top.get("id") or root, "id")
            if value is not None and not _ID.fullmatch(value):
                self.error(top.get("id") or root, "bad_bank_id", value=value)
            elif value is not None:
                bank_id = value
        description = self.optional_text(top, "description")
        language = self.optional_text(top, "language")
        source, source_text = self._source(top)
        time_limit, points = self._defaults(top)
        questions, skipped = self._questions(top, root, source, source_text)
        if not questions:
            return self._result(None, skipped)
        bank = Bank(
            id=BankId(bank_id),
            title=title or bank_id,
            path=self.path,
            content_hash=content_hash,
            questions=tuple(questions),
            description=description,
            language=language,
            source=source,
            default_time_limit=time_limit,
            default_points=points if points is not None else 1.0,
        )
        return self._result(bank, skipped)

    def _result(self, bank: Bank | None, skipped: list[SkippedQuestion]) -> LoadResult:
        problems = sorted(self.problems, key=lambda p: (p.line, p.column))
        files = tuple(dict.fromkeys(self.files))
        return LoadResult(self.path, bank, tuple(problems), tuple(skipped), files)

    def _source(self, top: Fields) -> tuple[Source | None, SourceText | None]:
        node = top.get("source")
        if node is None:
            return None, None
        fields = self.mapping(node, _SOURCE_KEYS, "source")
        if fields is None:
            return None, None
        file_node = fields.get("file")
        resolved: str | None = None
        text: SourceText | None = None
        if file_node is not None:
            name = self.text(file_node, "file")
            if name is not None:
                resolved, text = self._source_file(file_node, name)
        source = Source(
            title=self.optional_text(fields, "title"),
            file=resolved,
            license=self.optional_text(fields, "license"),
            url=self.optional_text(fields, "url"),
        )
        return source, text

    def beside_bank(self, node: Node, name: str) -> Path | None:
        """The file `name` names inside the bank's folder, or None (and an error) if it leaves
        it: an absolute path, a '..', or a symlink pointing out; or if it is no usable name."""
        problem = path_problem(name)
        if problem is not None:
            self.error(node, "file_name_unusable", problem=problem)
            return None
        folder = Path(self.path).resolve().parent
        candidate = Path(name)
        if candidate.is_absolute() or ".." in candidate.parts:
            self.error(node, "file_not_beside", name=name)
            return None
        try:
            full = (folder / candidate).resolve()
        except (OSError, ValueError) as exc:
            self.error(
                node, "file_unreadable", name=name, reason=os_reason(exc), detail=os_detail(exc)
            )
            return None
        if not full.is_relative_to(folder):
            self.error(node, "file_leads_outside", name=name)
            return None
        return full

    def _source_file(self, node: Node, name: str) -> tuple[str | None, SourceText | None]:
        full = self.beside_bank(node, name)
        if full is None:
            return None, None
        if self.read_source is None:
            return str(full), None
        self.files.append(str(full))
        if not os.path.lexists(full):
            self.error(node, "source_missing", name=name)
            return str(full), None
        try:
            loaded = self.read_source(full)
        except (OSError, ValueError) as exc:
            reason = "not_utf8" if isinstance(exc, UnicodeError) else os_reason(exc)
            self.error(node, "source_unreadable", name=name, reason=reason, detail=os_detail(exc))
            return str(full), None
        text = loaded if isinstance(loaded, SourceText) else SourceText.from_text(loaded)
        return str(full), text

    def _defaults(self, top: Fields) -> tuple[float | None, float | None]:
        node = top.get("defaults")
        if node is None:
            return None, None
        fields = self.mapping(node, _DEFAULT_KEYS, "defaults")
        if fields is None:
            return None, None
        limit = fields.get("time_limit")
        points = fields.get("points")
        return (
            self.number(limit, "time_limit", positive=True) if limit is not None else None,
            self.number(points, "points", positive=True) if points is not None else None,
        )

    def _questions(
        self,
        top: Fields,
        root: Node,
        source: Source | None,
        source_text: SourceText | None,
    ) -> tuple[list[Question], list[SkippedQuestion]]:
        node = top.get("questions")
        if node is None:
            self.error(root, "no_questions")
            return [], []
        if not self.visit(node):
            return [], []
        if not isinstance(node, SequenceNode):
            self.error(node, "questions_not_list")
            return [], []
        if not node.value:
            self.error(node, "questions_empty")
            return [], []
        questions: list[Question] = []
        skipped: list[SkippedQuestion] = []
        ids: dict[str, int] = {}
        for item in node.value:
            self.qid = None
            self.question_errors = 0
            before = len(self.problems)
            question = self._question(item, ids, source, source_text)
            if question is not None and self.question_errors == 0:
                questions.append(question)
            else:
                reasons = tuple(p for p in self.problems[before:] if p.is_error)
                skipped.append(SkippedQuestion(self.qid, item.start_mark.line + 1, reasons))
        self.qid = None
        return questions, skipped

    def _question(
        self,
        node: Node,
        ids: dict[str, int],
        source: Source | None,
        source_text: SourceText | None,
    ) -> Question | None:
        self.qid = _peek_id(node)
        fields = self.mapping(node, _QUESTION_KEYS, "question")
        if fields is None:
            return None
        qid = self._question_id(fields, node, ids)
        qtype = self._question_type(fields, node)
        prompt = self.required_text(fields, "prompt", node)
        if qtype is not None:
            for key in fields.values.keys() - _KEYS_BY_TYPE[qtype]:
                if key == "answer":  # order and match explain this one themselves
                    continue
                owners = tuple(t.value for t, keys in F.TYPE_KEYS.items() if key in keys)
                self.error(
                    fields.key_node(key),
                    "key_not_for_type",
                    key=key,
                    type=qtype.value,
                    owners=owners,
                )
        answer_fields = self._answer(fields, node, qtype) if qtype is not None else {}
        common = self._common(fields, node, source, source_text)
        if qid is None or qtype is None or prompt is None or self.question_errors:
            return None
        return Question(
            id=QuestionId(qid),
            type=qtype,
            prompt=prompt,
            line=node.start_mark.line + 1,
            **answer_fields,  # type: ignore[arg-type]
            **common,  # type: ignore[arg-type]
        )

    def _question_id(self, fields: Fields, node: Node, ids: dict[str, int]) -> str | None:
        id_node = fields.get("id")
        if id_node is None:
            self.error(node, "no_id")
            return None
        qid = self.text(id_node, "id")
        if qid is None:
            return None
        self.qid = qid
        if not _ID.fullmatch(qid):
            fixed = re.sub(r"[^a-z0-9._-]+", "-", qid.casefold()).strip("-") or "q1"
            self.error(id_node, "bad_id", value=qid, example=fixed)
            return None
        if qid in ids:
            self.error(id_node, "id_used", value=qid, first=ids[qid])
            return None
        ids[qid] = node.start_mark.line + 1
        return qid

    def _question_type(self, fields: Fields, node: Node) -> QuestionType | None:
        type_node = fields.get("type")
        names = _TYPE_NAMES
        if type_node is None:
            self.error(node, "no_type", types=names)
            return None
        value = self.text(type_node, "type")
        if value is None:
            return None
        try:
            return QuestionType(value)
        except ValueError:
            self.error(
                type_node,
                "unknown_type",
                value=value,
                suggestion=suggest(value, names),
                types=names,
            )
            return None

    def _answer(self, fields: Fields, node: Node, qtype: QuestionType) -> dict[str, object]:
        from quizapp.bank.answers import read_answer

        return read_answer(self, fields, node, qtype)

    def _common(
        self,
        fields: Fields,
        node: Node,
        source: Source | None,
        source_text: SourceText | None,
    ) -> dict[str, object]:
        out: dict[str, object] = {}
        explanation = fields.get("explanation")
        if explanation is None:
            self.warn(node, "no_explanation")
        else:
            out["explanation"] = self.text(explanation, "explanation")
        quote_node = fields.get("source")
        if quote_node is not None:
            quote = self.text(quote_node, "source")
            out["source_quote"] = quote
            if quote is not None:
                self._check_quote(quote_node, quote, source, source_text)
        tags = fields.get("tags")
        if tags is not None:
            tag_names = tuple(v.strip() for _, v in self.texts(tags, "tags", repeats_harmless=True))
            out["tags"] = tag_names
            if "draft" in tag_names:  # written by `quizapp draft`, not yet read by a teacher
                self.warn(tags, "draft")
        difficulty = fields.get("difficulty")
        if difficulty is not None:
            value = self.text(difficulty, "difficulty")
            names = tuple(_DIFFICULTIES)
            if value is not None and value not in _DIFFICULTIES:
                self.error(
                    difficulty, "bad_difficulty", names=names, suggestion=suggest(value, names)
                )
            elif value is not None:
                out["difficulty"] = _DIFFICULTIES[value]
        for key in ("time_limit", "points"):
            value_node = fields.get(key)
            if value_node is not None:
                out[key] = self.number(value_node, key, positive=True)
        image = fields.get("image")
        if image is not None:
            out["image"] = self._image(image, fields.key_node("image"))
        return out

    def _image(self, node: Node, key: Node) -> Image | None:
        from quizapp.bank.imagecheck import read_image

        return read_image(self, node, key, check_file=self.read_source is not None)

    def _check_quote(
        self, node: Node, quote: str, source: Source | None, text: SourceText | None
    ) -> None:
        if source is None or source.file is None:
            self.warn(node, "quote_unchecked")
            return
        if text is None:  # the file itself was reported, or quotes are not being checked
            return
        if text.find(quote) >= 0:
            return
        near = text.closest_passage(quote)
        self.error(
            node,
            "quote_not_found",
            file=os.path.basename(source.file),
            near=near.line if near else None,
        )
