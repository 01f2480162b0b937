"""Build the self-contained app: `dist/quizapp/` and `dist/quizapp-VERSION-PLATFORM.zip`.

`make dist` runs this; without make (Windows): `python packaging/build.py` from the checkout,
with the `dist` extra installed (`pip install -e .[dist]`). Only Python does the work here
(PyInstaller, then `zipfile`), so the same steps run on Linux, Windows and macOS.
Prints the build time and both sizes in MiB.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "quizapp.spec"
MIB = 1024 * 1024


def version() -> str:
    """The version in quizapp/__init__.py, read without importing the app."""
    text = (ROOT / "quizapp" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("build: no __version__ in quizapp/__init__.py")
    return found.group(1)


def platform_tag() -> str:
    """linux-x86_64, windows-amd64, macos-arm64, ...: where the build runs, for the zip's name."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    system = "linux" if system.startswith("linux") else system
    return f"{system}-{platform.machine().lower()}"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path = ROOT / "build" / "pyinstaller") -> tuple[Path, Path]:
    """Run PyInstaller on the spec into `dist` (its scratch files in `work`), then zip the
    folder beside it."""
    import PyInstaller.__main__  # the `dist` extra

    # the translations ship compiled (the spec takes resources/i18n/*.qm)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "i18n.py"), "release"], check=True)
    PyInstaller.__main__.run(
        [
            str(SPEC),
            *("--noconfirm", "--clean", "--log-level", "WARN"),
            *("--distpath", str(dist), "--workpath", str(work)),
        ]
    )
    app = dist / "quizapp"
    archive = dist / f"quizapp-{version()}-{platform_tag()}.zip"
    zip_folder(app, archive)
    return app, archive


def zip_folder(folder: Path, archive: Path) -> None:
    """Zip `folder` itself (unzipping gives one `quizapp/` folder), keeping symbolic links as
    links: PyInstaller links each Qt library into `_internal/` on Linux and macOS, and
    `shutil.make_archive` would store every one of them twice."""
    partial = archive.with_name(archive.name + ".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in sorted(folder.rglob("*")):
            name = path.relative_to(folder.parent).as_posix()
            if path.is_symlink():
                link = zipfile.ZipInfo(name, date_time=time.localtime(path.lstat().st_mtime)[:6])
                link.create_system = 3  # Unix, so unzip reads the mode below
                link.external_attr = (stat.S_IFLNK | 0o777) << 16
                z.writestr(link, os.readlink(path))
            else:
                z.write(path, name)
    os.replace(partial, archive)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    app, zipped = build(args.dist.absolute())
    seconds = time.perf_counter() - start
    print(f"built {app} ({folder_size(app) / MIB:.1f} MiB) in {seconds:.0f} s")
    print(f"zipped {zipped} ({zipped.stat().st_size / MIB:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
