"""Every file the app writes or reads on its own behalf goes through here. No Qt.

- `write_atomic` / `publish`: the one atomic writer (temporary file, fsync, rename, then the
  folder). It never follows a symbolic link and never replaces something that is not a regular
  file (a device, a FIFO, a folder, a link): `/dev/full` stays a device.
- `read_bounded`: the one reader for files a person hands us (banks, presets, source texts,
  results, settings). Regular files only (a FIFO or `/dev/zero` would hang or fill memory), the
  size checked before reading, and never more than the limit read.
- `os_reason` / `explain_os`: why an operating-system call failed, as a reason code and as
  plain words naming the path (disk full is not read-only is not "a folder is in the way").
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
MiB = 1024 * 1024

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class FileRefused(OSError):
    """We will not read or write this path (not a regular file, a link, too big). An `OSError`,
    so every caller that already handles a failed read or write handles this too; `reason` is
    one of the codes `os_reason` returns."""

    def __init__(self, path: Path | str, reason: str) -> None:
        code = {"is_folder": errno.EISDIR, "too_big": errno.EFBIG}.get(reason, errno.EPERM)
        super().__init__(code, _WORDS[reason], str(path))
        self.reason = reason

    def __str__(self) -> str:
        return explain_os(self, self.filename)


# -- writing ----------------------------------------------------------------------------------


def write_atomic(path: Path, data: bytes, *, tag: str = "") -> None:
    """Replace `path` with `data`: a reader, a crash or a pulled plug leaves the old file or the
    new one under that name, never part of one.

    `tag` goes into the temporary name, so writers on several machines sharing one folder never
    collide. Raises `FileRefused` for a destination that is a link or not a regular file, and
    `OSError` when the write fails."""
    path = Path(os.path.abspath(path))
    refuse_destination(path)
    partial = temporary_name(path, tag)
    try:
        fd = create_new(partial)
        with open(fd, "wb") as f:
            f.write(data)
        publish(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def temporary_name(path: Path, tag: str = "") -> Path:
    """The hidden name a writer of `path` uses until the rename."""
    middle = f"{tag}.{os.getpid()}" if tag else str(os.getpid())
    return path.with_name(f".{path.name}.{middle}{TEMP_SUFFIX}")


def create_new(path: Path) -> int:
    """Open a new file for writing that is surely ours: an old leftover of the same name is
    removed first, and `O_EXCL | O_NOFOLLOW` means a link planted there is never followed."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            os.unlink(path)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _BINARY
    return os.open(path, flags, 0o644)


def publish(partial: Path, path: Path) -> None:
    """Make the finished file `partial` appear as `path`: fsync, check the destination, rename,
    sync the folder. `partial` is removed if this fails."""
    try:
        fd = os.open(partial, os.O_RDONLY | _NOFOLLOW | _BINARY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        refuse_destination(path)
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def refuse_destination(path: Path) -> None:
    """Raise `FileRefused` unless `path` is missing or a regular file (not through a link)."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as e:
        if e.errno in (errno.ENOTDIR, errno.ENAMETOOLONG):
            raise
        return
    reason = _kind(st.st_mode)
    if reason is not None:
        raise FileRefused(path, reason)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable where the system allows it. Best effort: FAT sticks and
    network shares may refuse, and the file itself is already on disk."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- reading ----------------------------------------------------------------------------------


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at `path` (a link to one is fine), at most `limit` of
    them. Raises `FileRefused` for a FIFO, device, socket or folder (without blocking on it) and
    for a file over the limit, `OSError` when it cannot be read."""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY)
    try:
        st = os.fstat(fd)
        reason = _kind(st.st_mode, follow=True)
        if reason is not None:
            raise FileRefused(path, reason)
        if st.st_size > limit:
            raise FileRefused(path, "too_big")
        chunks: list[bytes] = []
        left = limit + 1  # one byte more tells a file that grew past the limit
        while left > 0:
            chunk = os.read(fd, min(left, MiB))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise FileRefused(path, "too_big")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text_bounded(path: Path | str, limit: int) -> str:
    """`read_bounded`, decoded as UTF-8 (a BOM is dropped); `UnicodeDecodeError` if it is not."""
    return read_bounded(path, limit).decode("utf-8-sig")


NAME_MAX = 255  # bytes in one name of a path
PATH_MAX = 4000  # bytes in a whole path


def path_problem(text: str) -> str | None:
    """Why `text` cannot be a path on this system, as a code (`nul`, `unencodable`,
    `name_too_long`: over NAME_MAX bytes, `path_too_long`: over PATH_MAX), or None;
    `quizapp.checkwords` has the words."""
    if "\0" in text:
        return "nul"
    try:
        os.fsencode(text)
    except UnicodeError:
        return "unencodable"
    for part in Path(text).parts:
        if len(os.fsencode(part)) > NAME_MAX:
            return "name_too_long"
    if len(os.fsencode(text)) > PATH_MAX:
        return "path_too_long"
    return None


def is_folder(path: Path) -> bool:
    """`Path.is_dir` that answers False instead of raising (a NUL, a name too long, no access)."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def lexists(path: Path) -> bool:
    """Whether anything (even a broken link) is at `path`; False for a path that cannot be."""
    try:
        return os.path.lexists(path)
    except (OSError, ValueError):
        return False


def printable_output() -> None:
    """Let a terminal command print any file name: text the terminal's encoding cannot show
    (a name from a stick that is not valid UTF-8) is escaped instead of raising."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


# -- where we must never write ----------------------------------------------------------------

_SYSTEM_ROOTS = ("/", "/home", "/media", "/mnt", "/opt", "/srv", "/var", "/Users", "/Volumes")
_SYSTEM_TREES = (
    "/bin",
    "/boot",
    "/dev",
    "/etc",
    "/lib",
    "/lib32",
    "/lib64",
    "/libx32",
    "/proc",
    "/run",
    "/sbin",
    "/sys",
    "/usr",
    "/var/cache",
    "/var/lib",
    "/var/log",
    "/var/spool",
    "/System",
    "/Library",
    "/Applications",
    "/private/etc",
    "/private/var/db",
)


def system_folder(folder: Path) -> bool:
    """Whether `folder` is the system's own (/, /etc, /usr, C:\\Windows, ...) or the folder
    quizapp and its Python are installed in: never a place for a class's results."""
    try:
        real = Path(os.path.realpath(folder))
    except (OSError, ValueError):
        return False
    if real == Path(real.anchor) or str(real) in _SYSTEM_ROOTS:
        return True
    trees = [Path(t) for t in _SYSTEM_TREES]
    trees += [Path(sys.prefix), Path(sys.base_prefix), Path(__file__).resolve().parent]
    for name in ("SystemRoot", "ProgramFiles", "ProgramFiles(x86)", "ProgramData"):
        if os.environ.get(name):
            trees.append(Path(os.environ[name]))
    for tree in trees:
        try:
            if real.is_relative_to(os.path.realpath(tree)):
                return True
        except (OSError, ValueError):
            continue
    return False


# -- explaining -------------------------------------------------------------------------------


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for pyside6-lupdate under `context` (no Qt here): `quizapp.words` translates
    a reason's words when it shows them (`os_words`, `os_described`, `os_explained`)."""
    del context
    return text


_WORDS = {
    "full": QT_TRANSLATE_NOOP("files", "the disk is full"),
    "read_only": QT_TRANSLATE_NOOP("files", "the disk or folder is read-only"),
    "permission": QT_TRANSLATE_NOOP("files", "permission denied"),
    "is_folder": QT_TRANSLATE_NOOP("files", "a folder is in the way where a file should be"),
    "not_folder": QT_TRANSLATE_NOOP("files", "a file is in the way where a folder should be"),
    "not_found": QT_TRANSLATE_NOOP("files", "it does not exist"),
    "link": QT_TRANSLATE_NOOP(
        "files", "it is a symbolic link, and quizapp never reads or writes through links there"
    ),
    "not_regular": QT_TRANSLATE_NOOP(
        "files", "it is not a regular file (a device, a pipe or a socket)"
    ),
    "too_big": QT_TRANSLATE_NOOP("files", "the file is too big"),
    "name": QT_TRANSLATE_NOOP(
        "files", "the name is not valid here (too long, or a character the system refuses)"
    ),
    "too_deep": QT_TRANSLATE_NOOP("files", "too many levels of symbolic links"),
    "io": QT_TRANSLATE_NOOP("files", "the disk reported an input/output error (was it removed?)"),
    "busy": QT_TRANSLATE_NOOP("files", "another program is using it"),
    "other": QT_TRANSLATE_NOOP("files", "the system refused it"),
}

_FIXES = {
    "full": QT_TRANSLATE_NOOP("files", "Free some space on that disk."),
    "read_only": QT_TRANSLATE_NOOP("files", "Choose a folder that can be written to."),
    "permission": QT_TRANSLATE_NOOP(
        "files", "Choose a folder you may use, or ask for access to it."
    ),
    "is_folder": QT_TRANSLATE_NOOP("files", "Move the folder away or choose another name."),
    "not_folder": QT_TRANSLATE_NOOP("files", "Move that file away or choose another folder."),
    "not_found": QT_TRANSLATE_NOOP("files", "Check the path."),
    "link": QT_TRANSLATE_NOOP("files", "Give the real path instead of the link."),
    "not_regular": QT_TRANSLATE_NOOP("files", "Give the path of an ordinary file."),
    "too_big": QT_TRANSLATE_NOOP("files", "Check that it is the right file."),
    "name": QT_TRANSLATE_NOOP("files", "Choose a shorter, plainer name."),
    "too_deep": QT_TRANSLATE_NOOP("files", "Give the real path instead of the link."),
    "io": QT_TRANSLATE_NOOP("files", "Check the disk, then try again."),
    "busy": QT_TRANSLATE_NOOP("files", "Close the other program, then try again."),
    "other": "",
}

_ERRNO = {
    errno.ENOSPC: "full",
    errno.EDQUOT: "full",
    errno.EFBIG: "too_big",
    errno.EROFS: "read_only",
    errno.EACCES: "permission",
    errno.EPERM: "read_only",  # immutable or protected: writing is not allowed at all
    errno.EISDIR: "is_folder",
    errno.ENOTDIR: "not_folder",
    errno.ENOENT: "not_found",
    errno.ENAMETOOLONG: "name",
    errno.EINVAL: "name",
    errno.ELOOP: "too_deep",
    errno.EIO: "io",
    errno.ENXIO: "not_regular",
    errno.EBUSY: "busy",
    errno.ETXTBSY: "busy",
}


def os_reason(error: BaseException) -> str:
    """A reason code for a failed file operation (see `_WORDS` for the codes)."""
    if isinstance(error, FileRefused):
        return error.reason
    if isinstance(error, OSError) and error.errno is not None:
        return _ERRNO.get(error.errno, "other")
    if isinstance(error, ValueError):  # a NUL in a path
        return "name"
    return "other"


def _same(text: str) -> str:
    return text


def explain_os(
    error: BaseException, path: Path | str | None = None, tr: Callable[[str], str] = _same
) -> str:
    """`error` in plain words that name the path and say what to do (`tr` as for
    `reason_words`: `quizapp.words.os_explained` passes its translator)."""
    reason = os_reason(error)
    where = path if path is not None else getattr(error, "filename", None)
    return describe(reason, where, os_detail(error) if reason == "other" else "", tr)


def os_words(error: BaseException) -> str:
    """Why `error` happened, in a few plain words without the path ("the disk is full")."""
    return reason_words(os_reason(error), os_detail(error))


def os_detail(error: BaseException) -> str:
    """The system's own words for `error`, kept for reasons without words of ours."""
    return error.strerror if isinstance(error, OSError) and error.strerror else ""


def reason_words(reason: str, detail: str = "", tr: Callable[[str], str] = _same) -> str:
    """A reason code's few plain words; `detail` (the system's words) for "other". `tr`
    translates our words (`quizapp.words` passes its translator; English by default)."""
    if reason == "other" and detail:
        return detail
    return tr(_WORDS.get(reason, _WORDS["other"]))


def describe(
    reason: str,
    where: Path | str | None = None,
    words: str = "",
    tr: Callable[[str], str] = _same,
) -> str:
    """The plain words for a reason code, naming `where`, with what to do (`tr`: as above)."""
    words = words or reason_words(reason, tr=tr)
    text = f"{where}: {words}" if where else words[0].upper() + words[1:]
    fix = _FIXES.get(reason, "")
    return f"{text}. {tr(fix) if fix else ''}".strip()


def _kind(mode: int, *, follow: bool = False) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode) and not follow:
        return "link"
    if stat.S_ISDIR(mode):
        return "is_folder"
    return "not_regular"


def spreadsheet_cell(text: str) -> str:
    """Defuse text a spreadsheet would run as a formula (a learner can type "=HYPERLINK(...)")."""
    if text and text[0] in "=+-@\t\r":
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text
