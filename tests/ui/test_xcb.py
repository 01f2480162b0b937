"""A fresh Linux desktop: when Qt's X11 plugin cannot load, the libraries that are really
missing are named, with the one command that installs them (no Qt needed for any of this)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from quizapp.ui import xcb

LDD = textwrap.dedent(
    """\
    \tlinux-vdso.so.1 (0x00007ffd)
    \tlibQt6XcbQpa.so.6 => /opt/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
    \tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f)
    \tlibxcb-icccm.so.4 => not found
    \tlibxcb-keysyms.so.1 => not found
    \tlibxkbcommon-x11.so.0 => not found
    """
)


def test_the_missing_libraries_are_named_with_the_install_command(tmp_path: Path) -> None:
    """The "not found" lines of ldd, each once across the plugin and Qt's xcb library, and
    the Debian packages to install: not libxcb-cursor0, which is there."""
    files = [tmp_path / "libqxcb.so", tmp_path / "libQt6XcbQpa.so.6"]
    missing = xcb.missing_libraries(files, lambda _path: LDD)
    assert missing == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxkbcommon-x11.so.0"]
    text = xcb.explain(missing, debian=True)
    assert text.splitlines()[-1] == (
        "  sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
    )
    assert "libxcb-cursor" not in text
    assert "see the README" in xcb.explain(missing, debian=False)


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libGL.so.1", "libgl1"),
        ("libxcb-xkb.so.1.0.0", "libxcb-xkb1"),
    ],
)
def test_debian_package_names_follow_debians_rule(soname: str, package: str) -> None:
    """A library's package is its name and major version (a hyphen after a final digit)."""
    assert xcb.debian_package(soname) == package


def test_the_readme_lists_every_package_the_plugin_needs() -> None:
    """README's install line names every package of the full set."""
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    line = next(x for x in readme.splitlines() if "apt-get install" in x and "libxcb" in x)
    assert all(p in line for p in xcb.XCB_PACKAGES)


def test_xcb_is_only_checked_where_qt_uses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offscreen, Wayland and no display mean no xcb check."""
    assert not xcb.uses_xcb({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"})
    assert not xcb.uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"})
    assert not xcb.uses_xcb({})
    monkeypatch.setattr(xcb.sys, "platform", "linux")
    assert xcb.uses_xcb({"DISPLAY": ":0"}) and xcb.uses_xcb({"QT_QPA_PLATFORM": "xcb"})
