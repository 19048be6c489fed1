"""Write a file all or nothing: a temporary file beside the target, fsync, one rename.

A failure at any point leaves no half-written file and never clobbers the existing one;
``OSError`` propagates for the caller to turn into a message. A symbolic link is written
through (its file is replaced, the link stays); a device, pipe or socket is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tuoyu_desktop.plainfiles import written_path


@contextlib.contextmanager
def atomic_file(target: Path, *, private: bool = False, replace: bool = True,
                make_parents: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write; it becomes ``target`` when the block ends without an error.

    ``private`` files (keys) get mode 0600; others the user's usual permissions (umask).
    With ``replace=False`` an existing ``target`` is never overwritten: ``FileExistsError``.
    A missing folder is an error (a report's chosen folder gone) unless ``make_parents``.
    """
    target = written_path(Path(target))
    if make_parents:
        target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600 if private else 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if replace:
            os.replace(temp, target)
        else:
            os.link(temp, target)  # fails if the target appeared meanwhile: nothing is clobbered
            os.unlink(temp)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def write_atomically(target: Path, data: bytes, *, private: bool = False, replace: bool = True,
                     make_parents: bool = False) -> None:
    """Write ``data`` to ``target`` all or nothing (see :func:`atomic_file`)."""
    with atomic_file(target, private=private, replace=replace, make_parents=make_parents) as handle:
        handle.write(data)
