"""The exit crash after a long session ("Fatal Python error: bool_dealloc … refcount error in a C
extension", seen once): a long scripted first-hour session under ``python -X dev`` with faulthandler,
ending with a normal interpreter exit."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from support import ROOT

SCRIPT = ROOT / "tests" / "support" / "long_session.py"


def run_long_session(data_dir, rounds: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-X", "dev", "-X", "faulthandler", str(SCRIPT), str(data_dir),
                           "--rounds", str(rounds)], capture_output=True, text=True, timeout=1500,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDEVMODE": "1"})


def _check(result: subprocess.CompletedProcess, rounds: int) -> None:
    trace = result.stderr[-4000:]
    assert "Fatal Python error" not in result.stderr, trace
    assert result.returncode == 0, f"exit {result.returncode}\n{trace}"
    assert result.stdout.startswith(f"long session ok: {rounds} rounds"), result.stdout + trace
    # -X dev shows what a normal run hides: unclosed files and databases, unawaited coroutines
    assert "ResourceWarning" not in result.stderr, trace
    # A binding that drops references to True/False on some calls shows a falling count long
    # before Python frees the singleton at exit (bool_dealloc); objects kept alive only raise it.
    drift = re.search(r"refcount drift True/False/None (-?\d+)/(-?\d+)/(-?\d+)", result.stdout)
    assert drift, result.stdout
    true_drift, false_drift, _none = (int(group) for group in drift.groups())
    assert true_drift > -100 and false_drift > -100, result.stdout


def test_short_session_exits_cleanly_under_dev_mode(tmp_path):
    """One round (a few seconds): the script itself keeps working as the widgets change."""
    _check(run_long_session(tmp_path / "data", 1), 1)


@pytest.mark.slow
def test_long_session_exits_cleanly_under_dev_mode(tmp_path):
    """Forty rounds (about 1,500 answer actions, 40 summaries, ledgers and 定稿 questions)."""
    _check(run_long_session(tmp_path / "data", 40), 40)


def _qt_connections() -> int:
    import gc

    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o).__name__ == "Connection" and type(o).__module__.startswith("PySide6"))


def test_page_builds_leave_no_connection_objects_behind(qtbot, mini_workspace, open_window):
    """PySide6 6.11 keeps alive for ever the Connection made by a signal keyword in a constructor
    (``QShortcut(…, activated=…)``): one per answer key per card, 58 per round of the long session.
    Built pages connect explicitly; rebuilding them leaves nothing behind."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    assessment_id = mini_workspace.assessments.create("mini-test", "2026年上半年")
    window = open_window(mini_workspace)

    def round_() -> None:
        window.open_assessment(assessment_id)
        window.show_summary()
        window.show_home()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    round_()
    before = _qt_connections()
    for _ in range(3):
        round_()
    assert _qt_connections() - before == 0
