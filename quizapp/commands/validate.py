"""`quizapp validate`: check bank files and report every problem, compiler style."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.bank.coverage import uncited_passages
from quizapp.bank.loader import Library, find_bank_files, load_files
from quizapp.bank.problems import Problem, Severity
from quizapp.checkwords import compiler_line
from quizapp.commands.folders import folders
from quizapp.files import QT_TRANSLATE_NOOP
from quizapp.words import Context, plural

ValidateCommand = Context("ValidateCommand")  # its words, for translators

if TYPE_CHECKING:  # presets are checked by the classroom package, imported when needed
    from quizapp.classroom.preset import PresetResult


def add_validate_command(
    sub: Any, add_folder_options: Callable[[argparse.ArgumentParser], None]
) -> None:
    parser = sub.add_parser(
        "validate",
        help=QT_TRANSLATE_NOOP("CommandHelp", "check question banks and report every mistake"),
        description=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "Check bank files and classroom presets (*.preset.yaml). With no PATH, "
            "every bank on the search path. Exit status: 0 when there are no errors, 1 when there "
            "are.",
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp", "bank files, classroom presets (*.preset.yaml), or folders holding them"
        ),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandHelp", "treat warnings as errors"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "text: one file:line:col: message a line (default); json: the same, for tools",
        ),
    )
    parser.add_argument(
        "--coverage",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandHelp",
            "also list the passages of each bank's source text that no question cites",
        ),
    )
    add_folder_options(parser)
    parser.set_defaults(run=run_validate)


def run_validate(args: argparse.Namespace) -> int:
    from quizapp.classroom.preset import find_preset_files, is_preset_file
    from quizapp.files import is_folder, lexists, path_problem

    preset_files: list[Path] = []
    if args.paths:
        files: list[Path] = []
        problems: list[Problem] = []
        for name in args.paths:
            path = Path(name)
            if is_folder(path):
                found, trouble = find_bank_files([path])
                files += found
                problems += trouble
                preset_files += find_preset_files([path])
            elif lexists(path):
                (preset_files if is_preset_file(path) else files).append(path)
            else:
                why = path_problem(name)
                code, params = ("path_unusable", {"problem": why}) if why else ("no_such_path", {})
                problems.append(Problem(name, 1, 1, Severity.ERROR, code, params))
        library = load_files(files, None, problems)
    else:
        from quizapp.bank.loader import load_library

        bank_dirs = list(folders(args).bank_dirs)
        library = load_library(bank_dirs, None)
        preset_files = find_preset_files(bank_dirs)
    presets = _check_presets(preset_files, library, args) if preset_files else []
    report = _report(library, strict=args.strict, coverage=args.coverage, presets=presets)
    if args.format == "json":
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        _print_text(report)
    return 1 if report["summary"]["errors"] else 0


def _check_presets(
    files: list[Path], library: Library, args: argparse.Namespace
) -> list[PresetResult]:
    """Check presets against the banks named on the command line, then the search path."""
    from quizapp.bank.loader import load_library
    from quizapp.classroom.preset import load_preset

    searched = load_library(list(folders(args).bank_dirs), None) if args.paths else library
    known = {b.id for b in library.banks}
    banks = library.banks + tuple(b for b in searched.banks if b.id not in known)
    return [load_preset(path, Library((), banks, ())) for path in files]


def _problem_json(p: Problem, strict: bool) -> dict[str, Any]:
    """One problem for tools: where, `code` and `params` (stable, the file's own words), and
    `message` and `text` in the chosen language."""
    severity = "error" if strict else p.severity.value
    return {
        "path": p.path,
        "line": p.line,
        "column": p.column,
        "severity": severity,
        "code": p.code,
        "params": dict(p.params),
        "message": p.message,
        "question_id": p.question_id,
        "text": p._replace(severity=Severity(severity)).format(),
    }


def _report(
    library: Library,
    *,
    strict: bool,
    coverage: bool,
    presets: list[PresetResult] | None = None,
) -> dict[str, Any]:
    banks = []
    all_problems: list[Problem] = list(library.problems)
    for checked in presets or ():
        all_problems += checked.problems
    for result in library.results:
        all_problems += result.problems
        entry: dict[str, Any] = {
            "path": result.path,
            "id": result.bank.id if result.bank else None,
            "title": result.bank.title if result.bank else None,
            "questions": len(result.bank.questions) if result.bank else 0,
            "skipped": [s.question_id for s in result.skipped],
        }
        if coverage and result.bank and result.bank.source and result.bank.source.file:
            entry["source_file"] = result.bank.source.file
            entry["uncited"] = [
                {"line": p.line, "text": p.text} for p in uncited_passages(result.bank)
            ]
        banks.append(entry)
    all_problems.sort(key=lambda p: (p.path, p.line, p.column))
    errors = sum(1 for p in all_problems if strict or p.is_error)
    summary = {
        "banks": sum(1 for b in banks if b["id"]),
        "files": len(banks),
        "questions": sum(b["questions"] for b in banks),
        "errors": errors,
        "warnings": len(all_problems) - errors,
    }
    if presets:
        summary["presets"] = len(presets)
    return {
        "banks": banks,
        "presets": [
            {
                "path": c.path,
                "id": c.preset.id if c.preset else None,
                "title": c.preset.title if c.preset else None,
            }
            for c in presets or ()
        ],
        "problems": [_problem_json(p, strict) for p in all_problems],
        "summary": summary,
    }


def _print_text(report: dict[str, Any]) -> None:
    for p in report["problems"]:
        print(p["text"])
    for bank in report["banks"]:
        for passage in bank.get("uncited", []):
            excerpt = (
                passage["text"] if len(passage["text"]) <= 70 else passage["text"][:67] + "..."
            )
            uncited = ValidateCommand.tr("not cited by any question of {bank}: {excerpt}")
            where = f"{bank['source_file']}:{passage['line']}"
            uncited = uncited.format(bank=bank["id"], excerpt=excerpt)
            print(compiler_line(where, "note", uncited))
        if "uncited" in bank and not bank["uncited"]:
            cited = ValidateCommand.tr("every passage is cited by {bank}").format(bank=bank["id"])
            print(compiler_line(bank["source_file"], "note", cited))
    s = report["summary"]
    skipped = sum(len(b["skipped"]) for b in report["banks"])
    checked = ValidateCommand.tr("{banks}, {questions}").format(
        banks=plural(s["banks"], "bank"), questions=plural(s["questions"], "question")
    )
    if skipped:
        checked += " " + ValidateCommand.tr("(%n question(s) skipped)", None, skipped)
    if "presets" in s:
        checked += ", " + plural(s["presets"], "preset")
    print(
        ValidateCommand.tr("{checked}: {errors}, {warnings}").format(
            checked=checked,
            errors=plural(s["errors"], "error"),
            warnings=plural(s["warnings"], "warning"),
        )
    )
