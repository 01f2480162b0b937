"""The one place that decides where quizapp keeps things.

Data folder: `--data-dir` > `QUIZAPP_DATA_DIR` > portable mode > the user data folder.
Cache folder: `--cache-dir` > `QUIZAPP_CACHE_DIR` > portable mode > the user cache folder.
Portable mode: a `portable.txt` in the app's folder (beside the frozen executable, or beside the
source checkout's `quizapp/` package) keeps data in `data/` and the cache in `data/cache/` there,
so a class can carry the app and its progress on one drive.
Bank search path, in order (the first bank with a given id wins): the bundled `questions/`,
`<data>/banks/`, every `--bank-dir`, then each entry of `QUIZAPP_BANK_PATH` (os.pathsep-separated).
A lab machine can point everything at a USB stick or a local folder with `--data-dir`.
"""

# No `from __future__ import annotations` here: typing.NamedTuple compiles every string
# annotation into a ForwardRef, which costs start-up time (docs/architecture.md, Start-up).

import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Literal, NamedTuple

import appdirs

from quizapp import files

APP_NAME = "quizapp"
DATA_ENV = "QUIZAPP_DATA_DIR"
CACHE_ENV = "QUIZAPP_CACHE_DIR"
BANK_PATH_ENV = "QUIZAPP_BANK_PATH"
PORTABLE_MARKER = "portable.txt"

# where a folder's choice came from: the command line, the environment, portable mode, or the
# platform's default for this user
Source = Literal["option", "environment", "portable", "user"]


def is_frozen() -> bool:
    """True in the self-contained build (PyInstaller), where there is no Python installed."""
    return bool(getattr(sys, "frozen", False))


def app_dir() -> Path:
    """The folder the app runs from: the frozen executable's, else the one holding `quizapp/`
    (the root of a source checkout). Portable mode looks for its marker here."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def _shipped(name: str) -> Path:
    """A folder that ships with the app: inside the frozen build, in a source checkout, or in
    the installed copy under `<prefix>/share/quizapp/`."""
    if is_frozen():
        # PyInstaller unpacks data next to its own modules (`_internal/` of a --onedir build)
        return Path(getattr(sys, "_MEIPASS", app_dir())) / name
    in_checkout = Path(__file__).resolve().parent.parent / name
    if in_checkout.is_dir():
        return in_checkout
    return Path(sys.prefix) / "share" / APP_NAME / name


def bundled_bank_dir() -> Path:
    """The banks that ship: `questions/` of the frozen build or a checkout, else the installed
    copy."""
    return _shipped("questions")


def resource_dir() -> Path:
    """Icons, the JSON Schema and translations that ship (`resources/`)."""
    return _shipped("resources")


class Paths(NamedTuple):
    data_dir: Path
    cache_dir: Path
    bank_dirs: tuple[Path, ...]
    data_from: Source = "option"
    cache_from: Source = "option"
    portable_marker: Path | None = None  # the marker file when portable mode is on

    @property
    def user_bank_dir(self) -> Path:
        """Where a teacher's own banks go (drafts saved from the app among them)."""
        return self.data_dir / "banks"

    @property
    def database(self) -> Path:
        return self.data_dir / "progress.sqlite3"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.data_dir / "quizapp.log"

    @property
    def bank_cache_dir(self) -> Path:
        return self.cache_dir / "banks"


def resolve(
    data_dir: str | os.PathLike[str] | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    bank_dirs: Sequence[str | os.PathLike[str]] = (),
    env: Mapping[str, str] | None = None,
    app: Path | None = None,
) -> Paths:
    """Decide every folder from the command line, then the environment, then portable mode
    (a `portable.txt` in `app`, default `app_dir()`), then the platform.

    Creates nothing: folders are made by whoever first writes to them.
    """
    env = os.environ if env is None else env
    marker = (app_dir() if app is None else app) / PORTABLE_MARKER
    portable = marker.parent / "data" if marker.is_file() else None
    data, data_from = _pick(
        data_dir,
        env.get(DATA_ENV),
        portable,
        lambda: appdirs.user_data_dir(APP_NAME, False),
    )
    cache, cache_from = _pick(
        cache_dir,
        env.get(CACHE_ENV),
        portable and portable / "cache",
        lambda: appdirs.user_cache_dir(APP_NAME, False),
    )
    search: list[Path] = [bundled_bank_dir(), data / "banks"]
    search += [Path(d).expanduser().absolute() for d in bank_dirs]
    search += [
        Path(d).expanduser().absolute() for d in env.get(BANK_PATH_ENV, "").split(os.pathsep) if d
    ]
    return Paths(
        data_dir=data,
        cache_dir=cache,
        bank_dirs=tuple(_unique(search)),
        data_from=data_from,
        cache_from=cache_from,
        portable_marker=marker if portable else None,
    )


def _pick(
    option: str | os.PathLike[str] | None,
    environment: str | None,
    portable: Path | None,
    user: Callable[[], str],
) -> tuple[Path, Source]:
    """The first folder that is set, and where it came from."""
    chosen: list[tuple[str | os.PathLike[str] | None, Source]] = [
        (option, "option"),
        (environment, "environment"),
        (portable, "portable"),
    ]
    for candidate, source in chosen:
        if candidate:
            return Path(candidate).expanduser().absolute(), source
    return Path(user()).expanduser().absolute(), "user"


class Unwritable(NamedTuple):
    """Why a folder cannot hold progress: the folder, a `quizapp.files` reason code with the
    system's own words (`detail`), or the file in the way where a folder should be."""

    folder: Path
    reason: str
    detail: str = ""
    in_the_way: Path | None = None


def check_writable(folder: Path) -> Unwritable | None:
    """Create `folder` if needed and write (then remove) a small file in it; None if that
    worked. Run before starting, so progress is never kept where it would silently vanish."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".quizapp-probe-"):
            pass
    except OSError as e:
        # a file where a folder should be gives a different error on every system
        in_the_way = next((p for p in (folder, *folder.parents) if p.is_file()), None)
        if in_the_way is not None:
            return Unwritable(folder, "not_folder", in_the_way=in_the_way)
        return Unwritable(folder, files.os_reason(e), files.os_detail(e) or str(e))
    return None


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out: list[Path] = []
    for p in paths:
        key = p.resolve() if os.path.exists(p) else p  # False, not an error, without access
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
