"""The one place that decides where quizapp keeps things.

Data folder: `--data-dir` > `QUIZAPP_DATA_DIR` > the platform's user data folder.
Cache folder: `--cache-dir` > `QUIZAPP_CACHE_DIR` > the platform's user cache folder.
Bank search path, in order (the first bank with a given id wins): the bundled `questions/`,
`<data>/banks/`, every `--bank-dir`, then each entry of `QUIZAPP_BANK_PATH` (os.pathsep-separated).
A lab machine can point everything at a USB stick or a local folder with `--data-dir`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "quizapp"
DATA_ENV = "QUIZAPP_DATA_DIR"
CACHE_ENV = "QUIZAPP_CACHE_DIR"
BANK_PATH_ENV = "QUIZAPP_BANK_PATH"


def bundled_bank_dir() -> Path:
    """The banks that ship: `questions/` of a source checkout, else the installed copy."""
    in_checkout = Path(__file__).resolve().parent.parent / "questions"
    if in_checkout.is_dir():
        return in_checkout
    return Path(sys.prefix) / "share" / APP_NAME / "questions"


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path
    cache_dir: Path
    bank_dirs: tuple[Path, ...]

    @property
    def user_bank_dir(self) -> Path:
        """Where a learner or teacher may drop their own bank files."""
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
) -> Paths:
    """Decide every folder from the command line, then the environment, then the platform.

    Creates nothing: folders are made by whoever first writes to them.
    """
    env = os.environ if env is None else env
    data = _pick(data_dir, env.get(DATA_ENV), appdirs.user_data_dir(APP_NAME, False))
    cache = _pick(cache_dir, env.get(CACHE_ENV), appdirs.user_cache_dir(APP_NAME, False))
    search: list[Path] = [bundled_bank_dir(), data / "banks"]
    search += [Path(d).expanduser().absolute() for d in bank_dirs]
    search += [
        Path(d).expanduser().absolute() for d in env.get(BANK_PATH_ENV, "").split(os.pathsep) if d
    ]
    return Paths(data_dir=data, cache_dir=cache, bank_dirs=tuple(_unique(search)))


def _pick(*candidates: str | os.PathLike[str] | None) -> Path:
    for c in candidates:
        if c:
            return Path(c).expanduser().absolute()
    raise AssertionError("the platform default is never empty")


def _unique(paths: list[Path]) -> list[Path]:
    seen: set[Path] = set()
    out: list[Path] = []
    for p in paths:
        key = p.resolve() if os.path.exists(p) else p  # False, not an error, without access
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out
