"""Before the window opens on Linux/X11: can Qt's "xcb" window system plugin load? When it
cannot, Qt says only that it "could not load the Qt platform plugin" (or names one library
that is in fact installed) and aborts. Here the plugin's own dependencies are read with `ldd`,
and every missing library is named with the one command that installs them all.

No Qt is imported here: the check runs before the first Qt window exists. Nor are ctypes and
subprocess, until the xcb plugin is really going to be used (start-up is measured).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from quizapp.words import Context

# Every system library the xcb plugin needs beyond a desktop's usual ones (README lists them).
XCB_PACKAGES = (
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
)

Ldd = Callable[[Path], str]
xcb = Context("xcb")  # said on the terminal before the window (and Qt's catalogue) exists


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt is going to use the xcb plugin (Linux, an X display, no other platform)."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux"):
        return False
    if platform:
        return platform.split(":")[0] == "xcb" or platform.startswith("xcb;")
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def plugin_files() -> list[Path]:
    """The xcb plugin and Qt's xcb library shipped with PySide6."""
    import PySide6  # only the package's location: no Qt module is loaded

    qt = Path(PySide6.__file__).resolve().parent / "Qt"
    files = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"]
    return [f for f in files if f.is_file()]


def run_ldd(path: Path) -> str:
    import shutil
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return ""
    done = subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=20)
    return done.stdout


def missing_libraries(files: list[Path], ldd: Ldd = run_ldd) -> list[str]:
    """Every library `ldd` reports "not found" for any of `files`, each once, in order."""
    missing: dict[str, None] = {}
    for f in files:
        for line in ldd(f).splitlines():
            found = re.match(r"\s*(\S+)\s*=>\s*not found", line)
            if found:
                missing[found.group(1)] = None
    return list(missing)


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package of a library, by Debian's naming rule: libxcb-icccm.so.4 is
    in libxcb-icccm4, libxkbcommon-x11.so.0 in libxkbcommon-x11-0."""
    found = re.fullmatch(r"(lib[\w.+-]*?)\.so\.(\d+)(?:\.\d+)*", soname)
    if not found:
        return soname
    name, major = found.groups()
    return f"{name}{'-' if name[-1].isdigit() else ''}{major}".lower()


def explain(missing: list[str], debian: bool) -> str:
    """What the person starting the app reads, with the command that fixes it."""
    listed = "\n".join(f"  {m}" for m in missing)
    said = xcb.tr(
        "quizapp cannot open its window: Qt's X11 plugin (xcb) needs libraries this computer "
        "does not have:"
    )
    text = f"{said}\n{listed}\n"
    if debian:
        packages = " ".join(dict.fromkeys(debian_package(m) for m in missing))
        return text + xcb.tr("Install them with:") + f"\n  sudo apt-get install {packages}"
    return text + xcb.tr(
        "Install the packages that provide them (see the README), then start again."
    )


def check(ldd: Ldd = run_ldd) -> str | None:
    """None when the xcb plugin can load (or is not used); else the explanation."""
    if not uses_xcb():
        return None
    files = plugin_files()
    if not files:
        return None
    import ctypes
    import subprocess

    try:
        ctypes.CDLL(str(files[0]), mode=os.RTLD_LAZY)
        return None
    except OSError:
        pass
    try:
        missing = missing_libraries(files, ldd)
    except (OSError, subprocess.SubprocessError):
        return None  # Qt's own message follows
    if not missing:
        return None
    return explain(missing, Path("/etc/debian_version").exists())
