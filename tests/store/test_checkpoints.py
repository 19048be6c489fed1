"""The WAL is emptied every couple of minutes: by the write that finds it due (the CLI), or by
the window between events (the GUI), so that no answer waits for a checkpoint."""

from __future__ import annotations

from tuoyu_desktop.records import Answer
from tuoyu_desktop.store.db import DB_FILENAME


def wal_size(workspace) -> int:
    wal = workspace.data_dir / f"{DB_FILENAME}-wal"
    return wal.stat().st_size if wal.exists() else 0


def test_a_write_that_finds_the_checkpoint_due_makes_it(mini_workspace, monkeypatch):
    session = mini_workspace.assessments.open(mini_workspace.assessments.create("mini-test", "2026年上半年"))
    monkeypatch.setattr(mini_workspace.store, "CHECKPOINT_SECONDS", 0)
    session.set_answer("1.1.1", Answer("yes"))
    assert wal_size(mini_workspace) == 0


def test_a_gui_workspace_leaves_it_to_the_idle_check(mini_workspace, monkeypatch):
    session = mini_workspace.assessments.open(mini_workspace.assessments.create("mini-test", "2026年上半年"))
    mini_workspace.checkpoint_when_idle()
    mini_workspace.checkpoint_if_due()  # not due yet: nothing to do
    session.set_answer("1.1.1", Answer("yes"))
    assert wal_size(mini_workspace) > 0
    mini_workspace.checkpoint_if_due()
    assert wal_size(mini_workspace) > 0  # written just now: not due
    monkeypatch.setattr(mini_workspace.store, "CHECKPOINT_SECONDS", 0)
    session.set_answer("1.1.1", Answer("no"))
    assert wal_size(mini_workspace) > 0  # the save did not wait for a checkpoint
    mini_workspace.checkpoint_if_due()
    assert wal_size(mini_workspace) == 0
    assert mini_workspace.assessments.open(session.id).answer("1.1.1") == Answer("no")


def test_the_window_checkpoints_between_events(open_window, mini_workspace, monkeypatch, qtbot):
    window = open_window(mini_workspace)
    assert window.checkpoint_timer.isActive()
    session = mini_workspace.assessments.open(mini_workspace.assessments.create("mini-test", "2026年上半年"))
    monkeypatch.setattr(mini_workspace.store, "CHECKPOINT_SECONDS", 0)
    session.set_answer("1.1.1", Answer("yes"))
    assert wal_size(mini_workspace) > 0
    window.checkpoint_timer.setInterval(10)
    qtbot.waitUntil(lambda: wal_size(mini_workspace) == 0, timeout=3000)
