"""Background threads keep the cyclic collector on the GUI thread: paused while any worker runs,
back as it was when the last one ends (shared with exports and form reading: switches.py)."""

from __future__ import annotations

import gc
import threading

import shiboken6
from PySide6.QtWidgets import QApplication

from tuoyu_desktop.switches import collector_paused
from tuoyu_desktop.ui.tasks import ReaderTask


def test_the_collector_rests_while_workers_run_and_comes_back_after_the_last(qtbot, zh_app, mini_workspace):
    go = threading.Event()
    seen: list[bool] = []

    def work(_workspace):
        seen.append(gc.isenabled())
        go.wait(5)
        return len(seen)

    tasks = [ReaderTask(mini_workspace.data_dir, work) for _ in range(2)]
    for task in tasks:
        task.start()
    assert not gc.isenabled()
    with qtbot.waitSignal(tasks[0].finished, timeout=5000), qtbot.waitSignal(tasks[1].finished, timeout=5000):
        go.set()
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert seen == [False, False]


def test_a_collector_paused_before_stays_paused(qtbot, zh_app, mini_workspace):
    gc.disable()
    try:
        task = ReaderTask(mini_workspace.data_dir, lambda _workspace: None)
        with qtbot.waitSignal(task.finished, timeout=5000):
            task.start()
        qtbot.wait(50)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_comes_back_when_the_task_is_deleted_as_it_ends(qtbot, zh_app, mini_workspace):
    """A window closed (and deleted) right after its task ended: the queued release still arrives."""
    task = ReaderTask(mini_workspace.data_dir, lambda _workspace: None)
    task.start()
    assert not gc.isenabled()
    task.wait()
    shiboken6.delete(task)
    QApplication.processEvents()
    assert gc.isenabled() and not collector_paused.held
