"""Standard streams that never fail on Chinese text, whatever the code page.

On English or European Windows the ANSI code page is cp1252, and Python writes to a pipe or a
file in that code page: ``tuoyu list > out.txt`` or ``tuoyu --help | more`` then crashed with
``UnicodeEncodeError`` at the first Chinese character. ``configure()`` makes every stream that is
not a console write UTF-8; a console keeps its own encoding (on Windows Python writes the
console in UTF-16 whatever the code page) but replaces what it cannot show rather than failing.

A reader that stops early (``tuoyu list | head -1``) closes the pipe: ``quiet_broken_pipe()``
sends the rest of the output nowhere, so the program ends without a traceback.
"""

from __future__ import annotations

import io
import os
import sys
from typing import TextIO


def _is_console(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (ValueError, OSError):  # closed, or a stand-in without a descriptor
        return False


def _configure(stream: TextIO | None) -> None:
    if stream is None or not isinstance(stream, io.TextIOWrapper):
        return  # no stream (a GUI program on Windows) or a test's stand-in: leave it alone
    try:
        if _is_console(stream):
            stream.reconfigure(errors="replace")
        else:
            stream.reconfigure(encoding="utf-8", errors="replace")
    except (ValueError, OSError, io.UnsupportedOperation):
        pass  # closed or already written to in a way that cannot change: keep it as it is


def configure() -> None:
    """Make stdout and stderr safe for Chinese text (UTF-8 when not a console). Call at start."""
    _configure(sys.stdout)
    _configure(sys.stderr)


def quiet_broken_pipe() -> None:
    """After the reader closed the pipe: discard whatever is still buffered, without a message."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        try:
            stream.flush()
        except (BrokenPipeError, ValueError, OSError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, stream.fileno())
                os.close(devnull)
            except (ValueError, OSError, io.UnsupportedOperation):
                pass
