"""Run a slow use case (verifying a PDF loads pyHanko, ≈0.6 s) off the GUI thread.

The worker opens its own read-only :class:`Workspace` (its own SQLite connection): the
writer's connection stays with the GUI thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from tuoyu_desktop.services import Workspace
from tuoyu_desktop.switches import collector_paused
from tuoyu_desktop.ui.i18n import shown


class _CollectorKeeper(QObject):
    """Takes each worker's release of the collector on the GUI thread, for the application's life.

    A thread's ``finished`` reaches the GUI thread as a queued call. Queued to a plain Python
    callable, that call is dropped when the thread object is deleted first (a window closed
    right after its task ended), and the collector stayed paused for the rest of the session;
    queued to this lasting receiver, it always arrives.
    """

    @Slot()
    def release(self) -> None:
        collector_paused.release()


def _collector_keeper() -> _CollectorKeeper:
    app = QCoreApplication.instance()
    keeper = app.findChild(_CollectorKeeper)
    return keeper if keeper is not None else _CollectorKeeper(app)


class BackgroundThread(QThread):
    """A QThread that keeps Python's cyclic garbage collector on the GUI thread.

    Were a collection to run in the worker, it could destroy Qt objects that belong to the GUI
    thread (a crash seen in reportlab's QR code during export). So: collect now, pause the
    collector while any worker runs, resume when the last one finishes.
    """

    def start(self, *args) -> None:  # noqa: D102
        if gc.isenabled():  # no worker (or other pausing work) is running
            gc.collect()
        collector_paused.hold()
        self.finished.connect(_collector_keeper().release)
        super().start(*args)


class ReaderTask(BackgroundThread):
    """``function(workspace)`` in a thread; emits ``succeeded(result)`` or ``failed(message)``."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, data_dir: Path, function: Callable[[Workspace], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.function = function

    def run(self) -> None:  # the worker thread
        workspace = None
        try:
            workspace = Workspace.open(self.data_dir, writer=False)
            result = self.function(workspace)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the user
            text = shown(exc)
            self.failed.emit(text if text and not text.startswith("<") else f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
        finally:
            if workspace is not None:
                workspace.close()
