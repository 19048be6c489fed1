"""Issue 15: the start-up forms check reads large forms in a thread, with progress and Cancel."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from support.synthetic_form import write_synthetic_form

from tuoyu_desktop.forms import FormLibrary
from tuoyu_desktop.paths import bundled_forms_dir
from tuoyu_desktop.ui import form_check


def large_library(tmp_path, items=3000, files=2):
    folder = tmp_path / "forms"
    for n in range(files):
        write_synthetic_form(folder, items, f"large-{n}")
    (folder / "broken.yaml").write_text("id: [", encoding="utf-8")
    return FormLibrary([bundled_forms_dir(), folder], tmp_path / "cache")


def test_the_check_reads_in_a_thread_and_the_window_stays_responsive(qtbot, zh_app, tmp_path, monkeypatch):
    monkeypatch.setattr(form_check, "SHOW_AFTER_MS", 0)
    library = large_library(tmp_path)
    parent = QProgressDialog()  # any widget
    qtbot.addWidget(parent)
    results, ticks = [], []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    scan = form_check.check_in_background(parent, library, results.append)
    assert scan is not None and not library.scanned
    qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    timer.stop()
    assert results == [True] and library.scanned
    assert len(ticks) >= 3  # the event loop ran while the files were read
    assert [e.path.name for e in library.entries if not e.usable] == ["broken.yaml"]
    assert {f.id for f in library.forms} >= {"large-0", "large-1"}
    assert form_check.check_in_background(parent, library, results.append) is None  # read already


def test_cancel_stops_waiting_at_once(qtbot, zh_app, tmp_path, monkeypatch):
    monkeypatch.setattr(form_check, "SHOW_AFTER_MS", 0)
    library = large_library(tmp_path, files=3)
    parent = QProgressDialog()
    qtbot.addWidget(parent)
    results = []
    scan = form_check.check_in_background(parent, library, results.append)
    qtbot.waitUntil(lambda: scan.dialog.isVisible(), timeout=10_000)
    assert "表" in scan.dialog.labelText() or "form" in scan.dialog.labelText().lower()
    from PySide6.QtWidgets import QPushButton

    [button] = scan.dialog.findChildren(QPushButton)
    button.click()
    assert results == [False] and not scan.dialog.isVisible()  # at once, not when the file is read
    assert not library.scanned
    form_check.wait_for_scans()
    QApplication.processEvents()
    assert results == [False] and not library.scanned  # the late result is not used


def test_the_home_page_check_in_the_window(qtbot, launched, facility_dir):
    write_synthetic_form(facility_dir / "forms", 2000, "large")
    (facility_dir / "forms" / "broken_form.yaml").write_text("id: [", encoding="utf-8")
    window = launched(["--data-dir", str(facility_dir)])
    qtbot.waitUntil(lambda: window.home._forms_checked, timeout=60_000)
    assert window.home.form_warning.isVisible()
    assert "large" in [f.id for f in window.workspace.forms.self_assessment_forms()]
