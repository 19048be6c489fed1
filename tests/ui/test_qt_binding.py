"""The Qt binding must not leak references to None, True or False (issue #15).

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a
Qt method that returns nothing; after a few thousand such calls (a few dozen answers in the
assessment page) ``None`` is deallocated and the interpreter aborts. On CPython 3.12 and later
these objects are immortal, and their reference counts stay fixed whatever the binding does.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from support import ROOT

CALLS = 10_000
SUPPORT = ROOT / "tests" / "support"

# Run in a child process: on a leaking binding the parent pytest would abort, not fail.
PROBE = """
import os
import sys
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton, QTreeWidgetItem, QWidget
app = QApplication([])
label, button, bar, widget, node = QLabel(), QPushButton(), QProgressBar(), QWidget(), QTreeWidgetItem()
bar.setRange(0, 100)
calls = (
    lambda n: label.setText(str(n % 7)),
    lambda n: label.setToolTip("提示"),
    lambda n: widget.setVisible(bool(n % 2)),
    lambda n: button.setEnabled(bool(n % 2)),
    lambda n: node.setText(1, str(n % 5)),
    lambda n: bar.setValue(n % 100),
)
for n in range(100):  # first calls fill the binding's caches (a few lasting references)
    for call in calls:
        call(n)
# Keep enough extra references that a leaking binding reports rather than aborts.
keep = [None, True, False] * (10 * len(calls) * {calls})
for name, obj in (("None", None), ("True", True), ("False", False)):
    before = sys.getrefcount(obj)
    for n in range({calls}):
        for call in calls:
            call(n)
    print(name, sys.getrefcount(obj) - before)
sys.stdout.flush()
os._exit(0)  # a leaking binding would abort while finalising, before its figures are read
"""


def test_void_qt_calls_keep_singleton_refcounts():
    """10,000 rounds of six kinds of void Qt calls leave None, True and False as they were."""
    result = subprocess.run([sys.executable, "-c", PROBE.replace("{calls}", str(CALLS))], capture_output=True,
                            text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    changes = dict(line.split() for line in result.stdout.splitlines())
    assert changes == {"None": "0", "True": "0", "False": "0"}, (
        f"the installed Qt binding leaks references (change after {CALLS * 6} void calls): {changes}")


def _soak(tmp_path, *args: str) -> str:
    result = subprocess.run([sys.executable, str(SUPPORT / "soak_session.py"), str(tmp_path / "data"), *args],
                            capture_output=True, text=True, timeout=900,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stderr[-3000:]}"
    assert result.stdout.startswith("soak ok:"), result.stdout
    return result.stdout


@pytest.mark.slow
@pytest.mark.timeout(900)  # as long as the child may take on a busy machine
def test_soak_bundled_form_through_real_widgets(tmp_path):
    """2,000 answer changes by mouse and keys in the real window, 20 assessments opened and
    closed, and a clean exit: no abort."""
    out = _soak(tmp_path, "--answers", "2000", "--assessments", "20")
    assert "2000 answer changes, 20 assessments" in out


@pytest.mark.slow
@pytest.mark.timeout(900)  # as long as the child may take on a busy machine
def test_soak_five_thousand_item_form(tmp_path):
    """A 5,000-item form, 200 saves through the widgets, and a clean exit."""
    from support.synthetic_form import write_synthetic_form

    write_synthetic_form(tmp_path / "data" / "forms", 5000)
    out = _soak(tmp_path, "--answers", "200", "--assessments", "2", "--form", "synthetic-5000")
    assert "200 answer changes" in out


def test_native_crash_leaves_a_trace_in_the_data_folder(tmp_path):
    """faulthandler writes a fatal error's Python stack into logs/crash.log, after a line
    naming the program, the version and the time."""
    data = tmp_path / "data"
    data.mkdir()
    crash = ("import faulthandler, sys; from pathlib import Path; from tuoyu_desktop import crashlog; "
             "crashlog.enable(Path(sys.argv[1]), 'tuoyu'); faulthandler._sigabrt()")
    result = subprocess.run([sys.executable, "-c", crash, str(data)], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    log = (data / "logs" / "crash.log").read_text(encoding="utf-8")
    from tuoyu_desktop import __version__

    assert f" tuoyu {__version__} pid " in log.splitlines()[0]
    assert "Fatal Python error: Aborted" in log and "most recent call first" in log


def test_app_and_cli_turn_the_crash_log_on(tmp_path, launched):
    """Both programs open the data folder's crash log at start (the app on its first start too)."""
    from tuoyu_desktop.cli import main as cli_main

    data = tmp_path / "data"
    window = launched(["--data-dir", str(data)])
    assert not isinstance(window, int)
    assert "tuoyu-desktop" in (data / "logs" / "crash.log").read_text(encoding="utf-8")
    assert cli_main(["--data-dir", str(data), "list"]) == 0
    assert (data / "logs" / "crash.log").read_text(encoding="utf-8").splitlines()[-1].split()[1] == "tuoyu"
