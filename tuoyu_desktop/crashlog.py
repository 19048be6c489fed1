"""A trace of native crashes (a fault in Qt or another C extension) that a user can send.

``enable(data_dir)`` turns on :mod:`faulthandler` writing to ``logs/crash.log`` in the data
folder: a segfault or an abort in C code then leaves the Python stack of every thread there,
with the time and version written just before, instead of vanishing with the process.
Nothing is written on a normal run but one line per start; the file is started afresh when it
grows past ``MAX_BYTES``. If the folder cannot be written, the trace goes to stderr.
"""

from __future__ import annotations

import faulthandler
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import IO

LOG_NAME = "crash.log"
MAX_BYTES = 256 * 1024

_stream: IO[str] | None = None  # kept open for the life of the process: faulthandler writes to its fd


def log_path(data_dir: Path) -> Path:
    return data_dir / "logs" / LOG_NAME


def enable(data_dir: Path, program: str) -> Path | None:
    """Send fatal-error traces to the data folder's crash log; returns the log's path, or None
    when only stderr could be used (the data folder does not exist yet or is read-only)."""
    global _stream
    from tuoyu_desktop import __version__

    path = log_path(data_dir)
    try:
        if not data_dir.is_dir():
            raise FileNotFoundError(data_dir)
        path.parent.mkdir(exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > MAX_BYTES else "a"
        stream = open(path, mode, encoding="utf-8")  # noqa: SIM115 - must outlive this call
        stream.write(f"{datetime.now().isoformat(timespec='seconds')} {program} {__version__} "
                     f"pid {os.getpid()} Python {sys.version.split()[0]}\n")
        stream.flush()
    except OSError:
        if _stream is not None:  # an earlier data folder's log (in-process callers, tests)
            _stream.close()
            _stream = None
        fallback = sys.__stderr__ or sys.stderr  # None in a windowed program on Windows
        if fallback is not None:
            faulthandler.enable(file=fallback, all_threads=True)
        return None
    if _stream is not None:
        _stream.close()
    _stream = stream
    faulthandler.enable(file=stream, all_threads=True)
    return path


def record_exception(exc: BaseException) -> Path | None:
    """Append an unexpected exception's traceback to the crash log (when enabled); its path."""
    import traceback

    if _stream is None or _stream.closed:
        return None
    _stream.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    _stream.flush()
    return Path(_stream.name)
