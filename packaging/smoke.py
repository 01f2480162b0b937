"""Smoke-test the frozen app in `dist/quizapp/` the way a lab machine runs it (CI runs this
after `make dist`): `--version`; `validate` on the bundled bank (exit 0) and on a broken one
(exit 1, a located error); a start on the offscreen platform that reaches the library
(`QUIZAPP_BENCH_READY=1` prints READY), once with the user's data folder and once in portable
mode, checking the progress used is the one in the folder each mode names; and a data folder
that cannot be written (exit 2, which folder and why).

Runs with the checkout's Python (for quizapp.progress, to give each data folder a learner);
the frozen app itself sees a scratch home and none of the developer's QUIZAPP_* settings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp import __version__, paths  # noqa: E402
from quizapp.clock import SystemClock  # noqa: E402
from quizapp.progress import Store  # noqa: E402

WINDOWS = sys.platform == "win32"
TIMEOUT = 180  # seconds for one start on a loaded CI machine

BROKEN = textwrap.dedent(
    """\
    title: Broken
    questions:
      - id: q1
        type: true_false
        prompt: The sky is green.
        answr: false
    """
)


class Failed(Exception):
    pass


def run(app: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    exe = app / ("quizapp-cli.exe" if WINDOWS else "quizapp")
    return subprocess.run(
        [str(exe), *args], capture_output=True, text=True, env=env, timeout=TIMEOUT, check=False
    )


def expect(proc: subprocess.CompletedProcess[str], code: int, *texts: str) -> str:
    out = proc.stdout + proc.stderr
    if proc.returncode != code or any(t not in out for t in texts):
        raise Failed(
            f"{proc.args[1:]}: wanted exit {code} and {texts!r}, got exit {proc.returncode}:\n{out}"
        )
    if "Traceback" in out:
        raise Failed(f"{proc.args[1:]} printed a traceback:\n{out}")
    return out


def clean_env(home: Path) -> dict[str, str]:
    """The frozen app as a fresh learner account sees it: its own home, no quizapp settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QUIZAPP_", "PYTHON", "XDG_"))}
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"))
    env.update(LOCALAPPDATA=str(home / "AppData" / "Local"), QT_QPA_PLATFORM="offscreen")
    return env


def with_a_learner(data: Path) -> None:
    """One learner, remembered as the last one, so a start goes straight to the library."""
    with Store.open(paths.Paths(data, data / "cache", ()), SystemClock()) as store:
        learner = store.create_learner("Smoke")
    (data / "window.json").write_text(json.dumps({"last_learner": learner.id}), encoding="utf-8")


def data_line(version_text: str) -> Path:
    line = next(x for x in version_text.splitlines() if x.startswith("data:"))
    return Path(line.split(maxsplit=1)[1].rsplit(" (", 1)[0])


def start_reaches_library(app: Path, env: dict[str, str], data: Path) -> None:
    """A start that prints READY can only have found the learner in `data`: nowhere else has
    one. Afterwards the progress file there has been opened for writing (its lock taken)."""
    before = (data / "progress.sqlite3").stat().st_mtime_ns
    started = time.perf_counter()
    proc = run(app, [], {**env, "QUIZAPP_BENCH_READY": "1"})
    expect(proc, 0, "READY")
    print(f"ok: start reached the library in {time.perf_counter() - started:.1f} s, data {data}")
    if not (data / "backups").is_dir() and (data / "progress.sqlite3").stat().st_mtime_ns == before:
        raise Failed(f"the start did not write to {data}")


def smoke(app: Path, scratch: Path) -> None:
    home = scratch / "home"
    env = clean_env(home)

    out = expect(run(app, ["--version"], env), 0, f"quizapp {__version__} (self-contained build)")
    expect(run(app, ["--version"], env), 0, "portable mode: off")
    user_data = data_line(out)
    if not user_data.is_relative_to(home):
        raise Failed(f"the user data folder {user_data} is not in the scratch home {home}")
    bundled = next(app.rglob("azerbaijan-us-relations.yaml"), None)
    if bundled is None:
        raise Failed(f"the bundled bank is not in {app}")
    shipped = [bundled.with_suffix(".txt"), bundled.parent.parent / "resources/schema"]
    if not all(p.exists() for p in shipped) or str(bundled.parent) not in out:
        raise Failed(f"the bank's text or the schema is missing, or --version said:\n{out}")
    print(f"ok: --version; bundled bank, its text and the schema in {bundled.parent.parent}")

    # the count the shipped file holds, so the check follows the bank as teachers edit it
    count = sum(line.startswith("  - id: ") for line in bundled.read_text("utf-8").splitlines())
    clean = f"1 bank, {count} questions: 0 errors"
    expect(run(app, ["validate", str(bundled)], env), 0, clean)
    expect(run(app, ["validate"], env), 0, clean)
    broken = scratch / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    expect(run(app, ["validate", str(broken)], env), 1, f"{broken}:6:5: error: unknown key 'answr'")
    print("ok: validate (bundled bank: exit 0; broken bank: exit 1 with file:line:col)")
    speaks_the_shipped_languages(app, env)

    portable_data = app / "data"
    with_a_learner(user_data)
    start_reaches_library(app, env, user_data)
    if portable_data.exists():
        raise Failed(f"without {paths.PORTABLE_MARKER}, the app wrote {portable_data}")

    marker = app / paths.PORTABLE_MARKER
    marker.write_text("keep data beside the app\n", encoding="utf-8")
    try:
        other_home = scratch / "home-portable"
        env = clean_env(other_home)
        out = expect(run(app, ["--version"], env), 0, f"portable mode: on ({marker})")
        if data_line(out) != portable_data:
            raise Failed(f"portable --version names {data_line(out)}, not {portable_data}")
        with_a_learner(portable_data)
        start_reaches_library(app, env, portable_data)
        if other_home.exists():
            raise Failed(f"in portable mode, the app wrote to the home folder {other_home}")
    finally:
        marker.unlink()
        for p in sorted(portable_data.rglob("*"), reverse=True):
            p.rmdir() if p.is_dir() else p.unlink()
        portable_data.rmdir()

    blocked = scratch / "not-a-folder"
    blocked.write_text("", encoding="utf-8")
    expect(
        run(app, ["--data-dir", str(blocked / "data")], env),
        2,
        f"progress cannot be saved in {blocked / 'data'}: {blocked} is a file, not a folder",
    )
    print("ok: an unwritable data folder stops the start with exit 2 and names it")


def speaks_the_shipped_languages(app: Path, env: dict[str, str]) -> None:
    """Our catalogues and Qt's own (the standard dialogs' buttons) are in the bundle and load:
    `--version` under `--lang de` is in German and says whether Qt's `&Yes` is translated
    (`quizapp.ui.i18n.qt_speaks`); `--help` under `LANG=es_ES.UTF-8` has argparse's own words
    in Spanish."""
    out = expect(run(app, ["--lang", "de", "--version"], env), 0, "Daten:", "Sprache: Deutsch (de)")
    if "fehlt" in out:
        raise Failed(f"Qt's catalogue for the standard dialogs is missing:\n{out}")
    out = expect(run(app, ["validate", "--help"], {**env, "LANG": "es_ES.UTF-8"}), 0, "uso:")
    if "opciones:" not in out or "show this help" in out:
        raise Failed(f"`validate --help` under LANG=es_ES is not in Spanish:\n{out}")
    print("ok: German and Spanish found, ours and Qt's (standard dialogs)")


def zipped_whole(app: Path) -> None:
    """The zip beside the folder unpacks to one `quizapp/` folder with the program in it."""
    archives = sorted(app.parent.glob(f"quizapp-{__version__}-*.zip"))
    if not archives:
        raise Failed(f"no quizapp-{__version__}-PLATFORM.zip beside {app}")
    with zipfile.ZipFile(archives[-1]) as z:
        names = set(z.namelist())
    program = "quizapp/quizapp.exe" if WINDOWS else "quizapp/quizapp"
    if program not in names or any(not n.startswith("quizapp/") for n in names):
        raise Failed(f"{archives[-1].name} does not hold one quizapp/ folder with {program}")
    print(f"ok: {archives[-1].name} holds quizapp/ ({len(names)} entries)")


def main(argv: list[str]) -> int:
    app = Path(argv[0]) if argv else ROOT / "dist" / "quizapp"
    if not app.is_dir():
        print(f"smoke: no frozen app at {app}; run `make dist` first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="quizapp-smoke-") as scratch:
        try:
            zipped_whole(app.resolve())
            smoke(app.resolve(), Path(scratch))
        except (Failed, subprocess.TimeoutExpired) as e:
            print(f"smoke: FAILED: {e}", file=sys.stderr)
            return 1
    print("smoke: all checks passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
