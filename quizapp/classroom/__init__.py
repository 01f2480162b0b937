"""Classroom sessions: quiz presets, one results file per attempt, a local outbox, and the
class report. No Qt here; the GUI drives a `Classroom` and redraws. See docs/classroom.md.
"""

from quizapp.classroom.errors import ClassroomError, PresetError, ResultFileError
from quizapp.classroom.outbox import Delivery, Outbox, Waiting
from quizapp.classroom.preset import (
    Feedback,
    Preset,
    PresetResult,
    check_preset_text,
    find_preset_files,
    is_preset_file,
    load_preset,
    open_preset,
)
from quizapp.classroom.report import (
    ClassReport,
    Flag,
    LearnerRow,
    Merged,
    QuestionRow,
    UnreadableFile,
    build_report,
    class_report,
    merge_results,
)
from quizapp.classroom.results import AttemptResult, ItemResult, read_result, write_result
from quizapp.classroom.session import Allowance, Classroom, Sitting

__all__ = [
    "Allowance",
    "AttemptResult",
    "ClassReport",
    "Classroom",
    "ClassroomError",
    "Delivery",
    "Feedback",
    "Flag",
    "ItemResult",
    "LearnerRow",
    "Merged",
    "Outbox",
    "Preset",
    "PresetError",
    "PresetResult",
    "QuestionRow",
    "ResultFileError",
    "Sitting",
    "UnreadableFile",
    "Waiting",
    "build_report",
    "check_preset_text",
    "class_report",
    "find_preset_files",
    "is_preset_file",
    "load_preset",
    "merge_results",
    "open_preset",
    "read_result",
    "write_result",
]
