"""The installed PySide6 keeps Python's reference counts right (6.12.0 did not, and crashed)."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_void_calls_and_signal_emits_do_not_leak_references_to_none_or_true() -> None:
    """Thousands of void calls and emits leave None's and True's reference counts unchanged."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QObject, Signal

        class Probe(QObject):
            ping = Signal()

        probe = Probe()
        none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
        for _ in range(2000):
            probe.setObjectName("probe")
            probe.ping.emit()
        print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    none_delta, true_delta = map(int, proc.stdout.split())
    assert abs(none_delta) < 50 and abs(true_delta) < 50
