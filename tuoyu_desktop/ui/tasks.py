"""Run a slow use case (verifying a PDF loads pyHanko, ≈0.6 s) off the GUI thread.

The worker opens its own read-only :class:`Workspace` (its own SQLite connection): the
writer's connection stays with the GUI thread.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from tuoyu_desktop.services import Workspace
from tuoyu_desktop.ui.i18n import shown

_running = 0  # background threads now running (changed on the GUI thread only)


class BackgroundThread(QThread):
    """A QThread that keeps Python's cyclic garbage collector on the GUI thread.

    Were a collection to run in the worker, it could destroy Qt objects that belong to the GUI
    thread (a crash seen in reportlab's QR code during export). So: collect now, pause the
    collector while any worker runs, resume when the last one finishes.
    """

    def start(self, *args) -> None:  # noqa: D102
        global _running
        if _running == 0:
            gc.collect()
            gc.disable()
        _running += 1
        self.finished.connect(_worker_done)
        super().start(*args)


def _worker_done() -> None:
    global _running
    _running -= 1
    if _running == 0:
        gc.enable()


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
