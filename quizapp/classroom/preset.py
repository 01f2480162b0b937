"""Quiz presets: a teacher's small YAML file (`*.preset.yaml`) that fixes one classroom quiz.

Checked like a bank: composed into a node tree with positions (`quizapp.bank.yamlnodes`), every
problem collected as a `Problem` with line and column (a code; `quizapp.checkwords` words it),
did-you-mean for unknown keys and names. With a `Library`, bank ids, tags and question ids are
checked against it too. The checker itself is `presetcheck.py`, imported on first use so a plain
start never loads the YAML parser. The format is documented, with a complete example, in
docs/classroom.md.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quizapp.bank.problems import Problem, Severity
from quizapp.classroom.errors import PresetError
from quizapp.classroom.files import slug
from quizapp.files import FileRefused, os_detail, os_reason, read_bounded
from quizapp.quiz.config import QuizConfig

if TYPE_CHECKING:
    from quizapp.bank.loader import Library
    from quizapp.classroom.presetlrs import LrsSettings

PRESET_SUFFIXES = (".preset.yaml", ".preset.yml")
MAX_BYTES = 256 * 1024


class Feedback(enum.StrEnum):
    """What a learner is shown of their answers: after each one, only at the end, the score
    alone (no answers: the next learner at this machine must not see the key), or nothing."""

    AFTER_EACH = "after_each"
    END = "end"
    SCORE = "score"
    NONE = "none"


def is_preset_file(path: Path) -> bool:
    return path.name.lower().endswith(PRESET_SUFFIXES)


@dataclass(frozen=True, slots=True)
class Preset:
    """A checked preset: everything a classroom quiz needs, with nothing left to the learner.

    `id` names the preset in results files and attempt counts (the file name without
    `.preset.yaml`, unless the file gives `id:`). `attempts` 0 means unlimited.
    In `quiz`, `question_limits` is True when `time_limit: question:` is set, False when it is
    `off` (no per-question limits at all), None for the engine's default (bank limits in exams).
    """

    id: str
    title: str
    path: str  # absolute
    content_hash: str  # sha256 of the file's bytes
    feedback: Feedback
    attempts: int
    results_dir: Path
    quiz: QuizConfig  # everything the engine needs, with no extra time (see `quiz_config`)
    instructions: str | None = None
    lrs: LrsSettings | None = None  # where attempts also go as xAPI statements (docs/lrs.md)

    def quiz_config(self, extra_time: float = 1.0) -> QuizConfig:
        """The engine's configuration for one learner, with their extra-time factor."""
        return dataclasses.replace(self.quiz, extra_time=extra_time)


@dataclass(frozen=True, slots=True)
class PresetResult:
    """The outcome of checking one preset file: the preset (None if any error) and problems."""

    path: str
    preset: Preset | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)

    def require(self) -> Preset:
        """The preset, or `PresetError` carrying every error."""
        if self.preset is None:
            raise PresetError(self.errors or self.problems)
        return self.preset


def load_preset(
    path: str | Path, library: Library | None = None, *, look_at_folders: bool = True
) -> PresetResult:
    """Read and check a preset file; with `library`, bank ids, tags and ids are checked too.

    `look_at_folders` also warns when the results folder does not exist (yet)."""
    shown = str(path)
    try:
        data = read_bounded(path, MAX_BYTES)
    except OSError as exc:
        if isinstance(exc, FileRefused) and exc.reason == "too_big":
            return _fatal(shown, 1, 1, "preset_too_large")
        reason, detail = os_reason(exc), os_detail(exc)
        return _fatal(shown, 1, 1, "preset_unreadable", reason=reason, detail=detail)
    except ValueError:
        return _fatal(shown, 1, 1, "preset_name_nul")
    return check_preset_bytes(data, shown, library, look_at_folders=look_at_folders)


def open_preset(path: str | Path, library: Library | None = None) -> Preset:
    """The checked preset, or `PresetError` with every error (for `quizapp --preset FILE`)."""
    return load_preset(path, library).require()


def check_preset_bytes(
    data: bytes, path: str, library: Library | None = None, *, look_at_folders: bool = False
) -> PresetResult:
    if len(data) > MAX_BYTES:
        return _fatal(path, 1, 1, "preset_too_large")
    from quizapp.bank.yamlnodes import YamlProblem, decode

    content_hash = hashlib.sha256(data).hexdigest()
    try:
        text = decode(data)
    except YamlProblem as exc:
        return _fatal(path, exc.line, exc.column, exc.code, **exc.params)
    return check_preset_text(
        text, path, library, content_hash=content_hash, look_at_folders=look_at_folders
    )


def check_preset_text(
    text: str,
    path: str,
    library: Library | None = None,
    *,
    content_hash: str = "",
    look_at_folders: bool = False,
) -> PresetResult:
    """Check preset YAML given as text, as if it were the file `path` (a pure function unless
    `look_at_folders`)."""
    # The YAML parser is loaded only when a preset is checked (never on a plain app start).
    from quizapp.bank.yamlnodes import YamlProblem, compose
    from quizapp.classroom.presetcheck import PresetChecker

    try:
        root = compose(text)
    except YamlProblem as exc:
        return _fatal(path, exc.line, exc.column, exc.code, **exc.params)
    if root is None:
        return _fatal(path, 1, 1, "preset_empty")
    checker = PresetChecker(path, library, look_at_folders)
    try:
        preset = checker.check(root, content_hash or hashlib.sha256(text.encode()).hexdigest())
    except RecursionError:
        return _fatal(path, 1, 1, "preset_too_deep")
    problems = tuple(sorted(checker.problems, key=lambda p: (p.line, p.column)))
    if any(p.is_error for p in problems):
        preset = None
    return PresetResult(path, preset, problems)


def find_preset_files(folders: Iterable[Path]) -> list[Path]:
    """Preset files in each folder and its subfolders (hidden folders skipped), sorted."""
    found: list[Path] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        try:
            found += sorted(
                p
                for p in folder.rglob("*")
                if is_preset_file(p)
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(folder).parts)
            )
        except OSError:
            continue  # the bank search reports unreadable folders
    return found


def _fatal(path: str, line: int, column: int, code: str, **params: object) -> PresetResult:
    problem = Problem(path, line, column, Severity.ERROR, code, params)
    return PresetResult(path, None, (problem,))


def preset_id_from_path(path: str) -> str:
    name = Path(path).name
    for suffix in PRESET_SUFFIXES:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    else:
        name = Path(name).stem
    return slug(name, "preset", limit=40)
