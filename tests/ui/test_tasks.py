"""Background threads keep the cyclic collector on the GUI thread: paused while any worker runs,
back as it was when the last one ends (shared with exports and form reading: switches.py)."""

from __future__ import annotations

import gc
import threading

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
