"""The ground layer's file rules, on real files: the one atomic writer never follows a link
and never replaces what is not a regular file; the bounded reader refuses FIFOs, devices and
folders without blocking and reads at most its limit; OS errors are told apart by cause."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from quizapp import files
from quizapp.cli import main
from quizapp.files import FileRefused, read_bounded, write_atomic

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def test_the_writer_replaces_a_regular_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    """The ordinary case: new bytes under the name, nothing else left in the folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.csv"
    target.write_bytes(b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in folder.iterdir()) == ["out.csv"]


@pytest.mark.parametrize("kind", ["link to a file", "link to /dev/null", "folder", "fifo"])
def test_the_writer_refuses_what_is_not_a_regular_file(tmp_path: Path, kind: str) -> None:
    """A link, a folder or a FIFO at the destination is refused with its path named, and is
    still exactly what it was afterwards (as root, a rename would have replaced a device)."""
    target = tmp_path / "out.html"
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"keep")
    if kind == "link to a file":
        target.symlink_to(precious)
    elif kind == "link to /dev/null":
        target.symlink_to("/dev/null")
    elif kind == "folder":
        target.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(target)
    before = os.lstat(target)
    with pytest.raises(FileRefused) as caught:
        write_atomic(target, b"data")
    assert str(target) in str(caught.value)
    after = os.lstat(target)
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert precious.read_bytes() == b"keep"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_link_planted_at_the_temporary_name_is_never_followed(tmp_path: Path) -> None:
    """Someone guessing the temporary name and planting a link there cannot make us write
    through it: the link is removed and a new file made in its place."""
    target = tmp_path / "settings.json"
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"keep")
    files.temporary_name(target).symlink_to(victim)
    write_atomic(target, b"{}")
    assert victim.read_bytes() == b"keep"
    assert target.read_bytes() == b"{}" and not target.is_symlink()


@needs_fifo
def test_the_reader_refuses_a_fifo_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """Opening a FIFO to read would block until someone writes; we never wait."""
    pipe = tmp_path / "bank.yaml"
    os.mkfifo(pipe)
    with pytest.raises(FileRefused) as caught:
        read_bounded(pipe, 1000)
    assert caught.value.reason == "not_regular" and str(pipe) in str(caught.value)


def test_the_reader_refuses_a_link_to_an_endless_device(tmp_path: Path) -> None:
    """/dev/zero has no end: refused as not a regular file, not read until memory runs out."""
    link = tmp_path / "results.json"
    link.symlink_to("/dev/zero")
    with pytest.raises(FileRefused):
        read_bounded(link, 1000)


def test_the_reader_refuses_a_folder_and_a_file_over_the_limit(tmp_path: Path) -> None:
    """A folder and a too-big file are refused with their own reasons; a link to a regular
    file within the limit is read."""
    with pytest.raises(FileRefused) as caught:
        read_bounded(tmp_path, 1000)
    assert caught.value.reason == "is_folder"
    big = tmp_path / "big.yaml"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(FileRefused) as caught:
        read_bounded(big, 1000)
    assert caught.value.reason == "too_big"
    link = tmp_path / "link.yaml"
    link.symlink_to(big)
    assert read_bounded(link, 2000) == b"x" * 1001


def test_a_real_full_device_is_told_as_a_full_disk() -> None:
    """Writing to /dev/full fails with ENOSPC, which reads as "the disk is full"."""
    with pytest.raises(OSError) as caught, open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x")
    assert files.os_reason(caught.value) == "full"
    assert "the disk is full" in files.explain_os(caught.value, "/dev/full")


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "full"),
        (errno.EROFS, "read_only"),
        (errno.EACCES, "permission"),
        (errno.EISDIR, "is_folder"),
        (errno.ENOTDIR, "not_folder"),
        (errno.ENOENT, "not_found"),
        (errno.ENAMETOOLONG, "name"),
    ],
)
def test_each_cause_has_its_own_words(code: int, reason: str) -> None:
    """Full, read-only, permission, a folder in the way and missing never share words."""
    error = OSError(code, os.strerror(code), "/x/y")
    assert files.os_reason(error) == reason
    words = files.explain_os(error)
    assert words.startswith("/x/y: ")
    others = {
        files.describe(r) for r in ("full", "read_only", "permission", "is_folder") if r != reason
    }
    assert files.describe(reason) not in others


def test_an_error_without_words_of_ours_is_explained_in_the_systems() -> None:
    """An error we have no reason for keeps the system's own words; one we have, ours."""
    odd = OSError(errno.EXDEV, "Invalid cross-device link", "/x/y")
    assert files.explain_os(odd) == "/x/y: Invalid cross-device link."
    full = OSError(errno.ENOSPC, "No space left on device", "/x/y")
    assert files.explain_os(full, tr=str.upper) == (
        "/x/y: THE DISK IS FULL. FREE SOME SPACE ON THAT DISK."
    )


@pytest.mark.parametrize("folder", ["/", "/etc", "/usr/share", "/proc", "/var"])
def test_system_folders_are_known(folder: str) -> None:
    """The places results must never go."""
    assert files.system_folder(Path(folder))


def test_an_ordinary_folder_is_not_a_system_folder(tmp_path: Path) -> None:
    """A teacher's folder is fine."""
    assert not files.system_folder(tmp_path / "week3-results")


@pytest.mark.parametrize("command", ["export", "report"])
def test_out_to_a_fifo_or_a_folder_is_refused(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--out` at a FIFO, a folder or a link to a device: exit 1 with the path named, and the
    thing at the path unchanged."""
    data = tmp_path / "data"
    results = tmp_path / "results"
    results.mkdir()
    if command == "export":
        from datetime import UTC

        from quizapp import paths
        from quizapp.clock import FakeClock
        from quizapp.progress import Store

        with Store.open(paths.resolve(data_dir=data), FakeClock(), tz=UTC) as store:
            store.create_learner("Ana")
    targets = [tmp_path / "folder", tmp_path / "dev-null-link"]
    targets[0].mkdir()
    targets[1].symlink_to("/dev/null")
    if hasattr(os, "mkfifo"):
        targets.append(tmp_path / "pipe")
        os.mkfifo(targets[-1])
    for target in targets:
        before = os.lstat(target)
        if command == "export":
            args = ["--data-dir", str(data), "export", "--all", "--out", str(target)]
        else:
            args = ["report", str(results), "--out", str(target)]
        assert main(args) == 1
        err = capsys.readouterr().err
        assert str(target) in err and "Traceback" not in err
        after = os.lstat(target)
        assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
