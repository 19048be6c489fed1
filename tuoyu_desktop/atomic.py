"""Write a file all or nothing: a temporary file beside the target, fsync, one rename.

A failure at any point leaves no half-written file and never clobbers the existing one;
``OSError`` propagates for the caller to turn into a message. A symbolic link is written
through (its file is replaced, the link stays); a device, pipe or socket is never replaced.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tuoyu_desktop.plainfiles import NotAFile


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


def written_path(target: Path) -> Path:
    """Where writing ``target`` goes: through a symbolic link to its file (replacing the link by
    a file of its own would leave the file it points to as it was); a special file is refused."""
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except OSError:  # not there yet (or unreadable: the write says why)
        return target
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a folder: the rename says "is a folder"
        raise NotAFile(f"{target} is neither a file nor a folder")
    return target


def write_atomically(target: Path, data: bytes, *, private: bool = False, replace: bool = True,
                     make_parents: bool = False) -> None:
    """Write ``data`` to ``target`` all or nothing (see :func:`atomic_file`)."""
    with atomic_file(target, private=private, replace=replace, make_parents=make_parents) as handle:
        handle.write(data)
