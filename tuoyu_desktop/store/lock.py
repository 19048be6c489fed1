"""One writer per data directory: an advisory lock held while a writing program runs.

The operating system drops the lock when the process ends, however it ends, so a crash never
leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import BinaryIO

from tuoyu_desktop.messages import Message
from tuoyu_desktop.oserrors import describe as describe_os_error
from tuoyu_desktop.store.db import StoreError

LOCK_FILENAME = ".writer.lock"


class DataDirBusy(StoreError):
    """Another program is writing to this data directory."""


class WriterLock:
    def __init__(self, folder: Path):
        self.path = folder / LOCK_FILENAME
        self._handle: BinaryIO | None = None

    def acquire(self) -> WriterLock:
        try:
            handle = open(self.path, "a+b")  # noqa: SIM115 - held open for as long as the lock
        except OSError as exc:  # a read-only folder or lock file: a message, not a traceback
            raise StoreError(Message("store.cannot_write_folder", folder=self.path.parent, detail=describe_os_error(exc))) from exc
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise DataDirBusy(
                Message("store.busy", folder=self.path.parent)
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()).encode("ascii"))
        handle.flush()
        self._handle = handle
        return self

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
