"""Loading the library: many folders, broken files, duplicate ids, and the cache."""

from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

from quizapp import paths
from quizapp.bank import find_bank_files, load_file, load_library
from quizapp.bank.cache import BankCache

BANK = """title: {title}
id: {id}
questions:
  - {{id: q1, type: true_false, prompt: p, answer: true, explanation: e}}
"""


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_broken_file_is_reported_and_the_other_banks_still_load(tmp_path: Path) -> None:
    """One unparseable file does not stop the rest of the library."""
    write(tmp_path / "a", "good.yaml", BANK.format(title="Good", id="good"))
    write(tmp_path / "a", "broken.yaml", "title: [oops\n")
    library = load_library([tmp_path / "a"])
    assert [b.id for b in library.banks] == ["good"]
    broken = next(r for r in library.results if r.path.endswith("broken.yaml"))
    assert broken.bank is None and broken.errors


def test_same_bank_id_twice_first_on_the_search_path_wins(tmp_path: Path) -> None:
    """Two banks with one id: the first folder's wins and the other gets a warning."""
    first = write(tmp_path / "one", "x.yaml", BANK.format(title="First", id="same"))
    write(tmp_path / "two", "y.yaml", BANK.format(title="Second", id="same"))
    library = load_library([tmp_path / "one", tmp_path / "two"])
    assert [b.title for b in library.banks] == ["First"]
    (warning,) = library.problems
    assert warning.severity.value == "warning"
    assert str(first) in warning.message and warning.path.endswith("y.yaml")


def test_search_path_order_and_environment(tmp_path: Path, monkeypatch) -> None:
    """Bundled, then <data>/banks, then --bank-dir, then QUIZAPP_BANK_PATH entries."""
    monkeypatch.setenv(
        "QUIZAPP_BANK_PATH", os.pathsep.join([str(tmp_path / "e1"), str(tmp_path / "e2")])
    )
    folders = paths.resolve(data_dir=tmp_path / "d", bank_dirs=[tmp_path / "cli"])
    assert folders.bank_dirs == (
        paths.bundled_bank_dir(),
        tmp_path / "d" / "banks",
        tmp_path / "cli",
        tmp_path / "e1",
        tmp_path / "e2",
    )


def test_data_folder_precedence(tmp_path: Path, monkeypatch) -> None:
    """--data-dir beats QUIZAPP_DATA_DIR, which beats the platform folder."""
    monkeypatch.setenv("QUIZAPP_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve(data_dir=tmp_path / "cli").data_dir == tmp_path / "cli"
    assert paths.resolve().data_dir == tmp_path / "env"
    monkeypatch.delenv("QUIZAPP_DATA_DIR")
    assert paths.resolve().data_dir.is_relative_to(Path(os.environ["HOME"]))


def test_warm_load_comes_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    """An unchanged file is not parsed again on the second load."""
    bank = write(tmp_path, "b.yaml", BANK.format(title="T", id="t"))
    cache = tmp_path / "cache"
    cold = load_file(bank, cache)
    import quizapp.bank.checker as checker

    def no_parsing(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(checker, "check_bytes", no_parsing)
    warm = load_file(bank, cache)
    assert warm == cold


def test_a_warm_start_never_loads_the_yaml_parser(tmp_path: Path) -> None:
    """With every bank cached, loading the library imports neither PyYAML nor the checker."""
    import subprocess
    import sys

    bank = write(tmp_path, "b.yaml", BANK.format(title="T", id="t"))
    load_file(bank, tmp_path / "cache")
    code = (
        "import sys; from pathlib import Path; from quizapp.bank import load_library;"
        f"lib = load_library([Path({str(tmp_path)!r})], Path({str(tmp_path / 'cache')!r}));"
        "print(len(lib.banks), 'yaml' in sys.modules, 'quizapp.bank.checker' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["1", "False", "False"]


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    """Changing the file (size or time) makes the cache entry stale."""
    bank = write(tmp_path, "b.yaml", BANK.format(title="Before", id="t"))
    cache = tmp_path / "cache"
    assert load_file(bank, cache).bank.title == "Before"  # type: ignore[union-attr]
    bank.write_text(BANK.format(title="After!", id="t"), encoding="utf-8")
    assert load_file(bank, cache).bank.title == "After!"  # type: ignore[union-attr]


def test_an_edited_source_text_invalidates_the_cache(tmp_path: Path) -> None:
    """A quote that stops matching after the text changes is caught on the next load."""
    (tmp_path / "t.txt").write_text("The original sentence.\n", encoding="utf-8")
    bank = write(
        tmp_path,
        "b.yaml",
        "title: T\nsource: {file: t.txt}\nquestions:\n"
        "  - {id: q, type: true_false, prompt: p, answer: true, explanation: e, "
        "source: original sentence}\n",
    )
    cache = tmp_path / "cache"
    assert load_file(bank, cache).errors == ()
    (tmp_path / "t.txt").write_text("A rewritten line, much longer.\n", encoding="utf-8")
    assert "this quote is not in t.txt" in load_file(bank, cache).errors[0].message


def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(tmp_path: Path) -> None:
    """Flipped bytes in a cache file never reach the learner: the bank is parsed again."""
    bank = write(tmp_path, "b.yaml", BANK.format(title="Real", id="t"))
    cache = tmp_path / "cache"
    load_file(bank, cache)
    (entry,) = cache.glob("*.bankcache")
    data = bytearray(entry.read_bytes())
    index = data.index(b"Real")
    data[index : index + 4] = b"Fake"
    entry.write_bytes(bytes(data))
    assert load_file(bank, cache).bank.title == "Real"  # type: ignore[union-attr]
    entry.write_bytes(b"\x00\xff garbage")
    assert load_file(bank, cache).bank.title == "Real"  # type: ignore[union-attr]
    # and the rebuilt entry is valid again
    _, _, payload = entry.read_bytes().partition(b"\n")
    assert marshal.loads(payload)["result"]["bank"]["title"] == "Real"


def test_a_cache_entry_for_another_loader_version_is_not_trusted(tmp_path: Path) -> None:
    """Entries written by another version of the loader are ignored."""
    bank = write(tmp_path, "b.yaml", BANK.format(title="T", id="t"))
    cache = BankCache(tmp_path / "cache")
    from quizapp.bank.cache import file_key

    key = file_key(bank.absolute())
    assert key is not None
    assert cache.get(bank.absolute(), [*key, "other-version"]) is None


def test_a_read_only_cache_folder_only_costs_speed(tmp_path: Path) -> None:
    """If the cache cannot be written, banks still load."""
    bank = write(tmp_path, "b.yaml", BANK.format(title="T", id="t"))
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    assert load_file(bank, blocker).bank is not None


def test_unreadable_bank_file_is_reported(tmp_path: Path) -> None:
    """A folder named like a bank, or a file we may not read, gives a clear error."""
    path = tmp_path / "dir.yaml"
    path.mkdir()
    result = load_file(path)
    assert result.bank is None
    assert result.errors[0].message.startswith("the file cannot be read")


def test_a_folder_that_cannot_be_listed_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search folder the system refuses to list is an error at the folder, with the reason."""
    write(tmp_path / "lib", "a.yaml", BANK.format(title="A", id="a"))

    def refuse(self: Path, pattern: str) -> list[Path]:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "rglob", refuse)
    files, problems = find_bank_files([tmp_path / "lib"])
    assert files == []
    [problem] = problems
    assert (problem.path, problem.code, problem.is_error) == (
        str(tmp_path / "lib"),
        "folder_unlistable",
        True,
    )
    assert problem.params["reason"] == "permission"
    assert problem.message.startswith("cannot list this folder: ")


def test_hidden_folders_and_other_files_are_skipped(tmp_path: Path) -> None:
    """Only .yaml/.yml files count, and nothing inside hidden folders (editor backups, .git)."""
    write(tmp_path / "lib", "a.yml", BANK.format(title="A", id="a"))
    write(tmp_path / "lib" / "sub", "b.yaml", BANK.format(title="B", id="b"))
    write(tmp_path / "lib" / ".git", "c.yaml", BANK.format(title="C", id="c"))
    write(tmp_path / "lib", "notes.txt", "not a bank")
    assert sorted(b.id for b in load_library([tmp_path / "lib"]).banks) == ["a", "b"]
