"""Question banks: YAML files -> checked model, with every problem located. No Qt here."""

from quizapp.bank.checker import check_bytes, check_text
from quizapp.bank.loader import Library, find_bank_files, load_file, load_files, load_library
from quizapp.bank.model import Bank, BankId, Difficulty, Question, QuestionId, QuestionType, Source
from quizapp.bank.problems import BankError, LoadResult, Problem, Severity, SkippedQuestion

__all__ = [
    "Bank",
    "BankError",
    "BankId",
    "Difficulty",
    "Library",
    "LoadResult",
    "Problem",
    "Question",
    "QuestionId",
    "QuestionType",
    "Severity",
    "SkippedQuestion",
    "Source",
    "check_bytes",
    "check_text",
    "find_bank_files",
    "load_file",
    "load_files",
    "load_library",
]
