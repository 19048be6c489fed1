"""Shared fixtures. Qt runs offscreen: pytest would crash, not fail, without a platform."""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

import pytest
from support import DATA

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _each_test_leaves_qt_and_the_collector_as_found():
    """After a test: the widgets it closed are deleted now, not in the next test's event loop
    (where, with a worker thread running, their deletion waits on the GIL and stalls that test),
    and no background task has left the garbage collector paused."""
    yield
    switches = sys.modules.get("tuoyu_desktop.switches")
    app = None
    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QCoreApplication, QEvent

        app = QCoreApplication.instance()
        if app is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if switches is None:
        return
    deadline = time.monotonic() + 10
    while switches.collector_paused.held and app is not None and time.monotonic() < deadline:
        app.processEvents()  # a worker that has just given its result may still be ending
        time.sleep(0.005)
    assert not switches.collector_paused.held, "a background task left the garbage collector paused"



@pytest.fixture
def mini_form_path() -> Path:
    return DATA / "mini_form.yaml"


@pytest.fixture
def mini_form(mini_form_path):
    from tuoyu_desktop.forms import load_form

    return load_form(mini_form_path)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """An empty data directory, also set as TUOYU_DATA_DIR so nothing touches the real one."""
    directory = tmp_path / "data"
    monkeypatch.setenv("TUOYU_DATA_DIR", str(directory))
    return directory


@pytest.fixture
def workspace(data_dir):
    from tuoyu_desktop.services import Workspace

    ws = Workspace.open(data_dir)
    yield ws
    ws.close()


@pytest.fixture
def demo_workspace(workspace):
    """A workspace with the demo facility and one fully answered WS/T 821 assessment."""
    assessment_id = workspace.assessments.create_demo()
    return workspace, assessment_id


@pytest.fixture
def mini_workspace(data_dir, mini_form_path):
    """A workspace whose data directory also holds the small test form."""
    from tuoyu_desktop.services import Workspace, demo_profile

    (data_dir / "forms").mkdir(parents=True)
    shutil.copy(mini_form_path, data_dir / "forms" / mini_form_path.name)
    ws = Workspace.open(data_dir)
    ws.facilities.save_own(demo_profile())
    yield ws
    ws.close()


@pytest.fixture
def launched(qtbot, zh_app):
    """``launched(argv)`` runs app.launch; closes the windows and their workspaces after."""
    from tuoyu_desktop import app as app_module
    from tuoyu_desktop.ui import i18n

    windows = []

    def run(argv):
        result = app_module.launch(argv)
        if not isinstance(result, int):
            qtbot.addWidget(result)
            windows.append(result)
        return result

    yield run
    for window in windows:
        window.close()
        window.workspace.close()
    i18n.install_translator(zh_app, "zh_CN")


@pytest.fixture
def facility_dir(tmp_path):
    """A data folder with the mini form, the demo facility and one assessment."""
    from support.ui import data_dir_with_mini_form

    from tuoyu_desktop.services import Workspace, demo_profile

    directory = data_dir_with_mini_form(tmp_path)
    workspace = Workspace.open(directory)
    workspace.facilities.save_own(demo_profile())
    workspace.assessments.create("mini-test", "2026年上半年")
    workspace.close()
    return directory


@pytest.fixture
def zh_app(qapp):
    """The test QApplication set up like the real one (fonts, style, Chinese)."""
    from tuoyu_desktop.app import create_application
    from tuoyu_desktop.ui import i18n

    app = create_application([], "zh_CN")
    yield app
    i18n.install_translator(app, "zh_CN")


@pytest.fixture
def open_window(qtbot, zh_app):
    """``open_window(workspace)`` → a shown MainWindow; all are closed after the test."""
    from PySide6.QtWidgets import QApplication

    from tuoyu_desktop.ui.app_window import MainWindow
    from tuoyu_desktop.ui.settings import open_settings

    windows = []

    def make(workspace):
        window = MainWindow(workspace, open_settings(workspace.data_dir))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
    # Let timers the windows left behind run while their workspaces are still open.
    QApplication.sendPostedEvents()
    QApplication.processEvents()
